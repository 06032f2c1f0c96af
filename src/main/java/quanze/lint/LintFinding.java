package quanze.lint;

import quanze.model.Location;

/** One thing the lint found in a rule base: where, how serious, what; a counterexample scenario if any. */
public record LintFinding(Location location, String severity, String message, String scenario) {

    public boolean isError() {
        return "error".equals(severity);
    }
}
