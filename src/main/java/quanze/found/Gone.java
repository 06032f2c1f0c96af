package quanze.found;

import quanze.model.OrgState;
import quanze.model.OrgUnit;

/** Derived: a unit that state {@code lastIn} has and the next state, {@code firstOut}, has not (abolished, merged away). */
public record Gone(OrgUnit leaver, OrgState lastIn, OrgState firstOut) {

    /** "between before (2011-01-01) and after (2012-12-31)". */
    public String between() {
        return "between " + lastIn.label() + " and " + firstOut.label();
    }

    String what() {
        return leaver.kind().key() + " '" + leaver.id() + "' (" + leaver.shown() + ")";
    }
}
