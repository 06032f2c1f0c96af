package quanze.found;

import quanze.model.OrgState;
import quanze.model.OrgUnit;

/** QZ136: a complaint intake that does not lead to the information centre of its district. */
public record IntakeAstray(OrgUnit unit, OrgState state) implements AboutUnit {

    @Override
    public String message() {
        String where = unit.district() == null ? "its district" : "district '" + unit.district() + "'";
        return "complaints taken in at '" + unit.id() + "' (" + unit.shown() + ") "
                + (unit.leadsTo() == null ? "lead nowhere (leadsTo names no unit)" : "lead to '" + unit.leadsTo() + "'")
                + ", not to an information centre of " + where + " in " + state.label();
    }
}
