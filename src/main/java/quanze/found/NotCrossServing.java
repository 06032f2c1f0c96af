package quanze.found;

import quanze.model.OrgUnit;

/** QZ135: a community whose residents' committee and Party committee members do not cross-serve. */
public record NotCrossServing(OrgUnit unit) implements AboutUnit {

    @Override
    public String message() {
        return "in community '" + unit.id() + "' (" + unit.shown() + ") the members of the residents' committee"
                + " (居委會) and of the Party committee (黨委) do not serve in each other (交叉任職; list both under"
                + " crossServing)";
    }
}
