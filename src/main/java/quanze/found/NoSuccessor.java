package quanze.found;

import quanze.model.OrgUnit;

/** QZ132: a unit that is gone, with no function listed, that no unit of the next state takes over. */
public record NoSuccessor(Gone gone) implements AboutUnit {

    @Override
    public OrgUnit unit() {
        return gone.leaver();
    }

    @Override
    public String message() {
        return gone.what() + (unit().count() > 1 ? ", " + unit().count() + " units," : "") + " is gone "
                + gone.between() + ", and no unit of " + gone.firstOut().id() + " takes it over";
    }
}
