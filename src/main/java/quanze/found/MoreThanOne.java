package quanze.found;

import quanze.model.OrgState;
import quanze.model.OrgUnit;

/** QZ138: a district with more than one unit of a kind the reform wants one of (duty room, information centre). */
public record MoreThanOne(OrgUnit unit, OrgState state, long count) implements AboutUnit {

    @Override
    public String message() {
        String where = unit.district() == null ? "units without a district" : "district '" + unit.district() + "'";
        return where + " has " + count + " units of kind " + unit.kind().key() + " in " + state.label()
                + " (the first: '" + unit.id() + "'); the reform merges them into one";
    }
}
