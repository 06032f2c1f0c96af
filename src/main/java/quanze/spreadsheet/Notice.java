package quanze.spreadsheet;

import quanze.model.Location;
import quanze.model.Problem;

/**
 * Something an import has to say about a cell: a warning (the row is imported; what was read, or guessed, is
 * said) or a problem (the cell, or the row, is not imported). Printed {@code file!Sheet!C5: warning: …}.
 */
public record Notice(Problem problem, boolean warning) {

    static Notice warning(String where, String message) {
        return new Notice(new Problem(new Location(where, 0, 0), "warning: " + message), true);
    }

    static Notice problem(String where, String message) {
        return new Notice(new Problem(new Location(where, 0, 0), message), false);
    }

    static Notice of(Problem p) {
        return new Notice(p, p.message().startsWith("warning: "));
    }

    @Override
    public String toString() {
        return problem.toString();
    }
}
