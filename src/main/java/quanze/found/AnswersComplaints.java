package quanze.found;

import quanze.model.OrgUnit;

/** QZ137: a unit other than the information centre that answers complaints itself. */
public record AnswersComplaints(OrgUnit unit) implements AboutUnit {

    @Override
    public String message() {
        return unit.kind().key() + " '" + unit.id() + "' (" + unit.shown() + ") answers complaints itself; only the"
                + " information centre should";
    }
}
