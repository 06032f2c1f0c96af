package quanze.model;

/** A finding that a waiver in force names (its item and code): shown as waived, it does not fail the run. */
public record Waived(Finding finding, Waiver waiver) {
}
