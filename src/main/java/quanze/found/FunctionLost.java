package quanze.found;

import quanze.model.OrgUnit;

/** QZ130: a function of a unit that is gone that no unit of the next state takes over. */
public record FunctionLost(Gone gone, String function) implements AboutUnit {

    @Override
    public OrgUnit unit() {
        return gone.leaver();
    }

    @Override
    public String message() {
        return gone.what() + " is gone " + gone.between() + ", and no unit of " + gone.firstOut().id()
                + " takes over its function '" + function + "' (a take counts from a unit of " + gone.firstOut().id()
                + " in the same district; a function ended on purpose is listed under ends)";
    }
}
