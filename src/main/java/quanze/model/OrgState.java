package quanze.model;

import java.time.LocalDate;

/**
 * One dated state of a catalog's organisation ({@code states:}), in order: a unit exists in a state when the state's
 * day falls within its {@code from} and {@code until}. {@code last}: the state the structural checks judge (the
 * organisation as it stands). A catalog with units and no states has one state without a day, in which every unit
 * exists.
 */
public record OrgState(String id, Text name, LocalDate date, int index, boolean last, Location location) {

    /** The one state of a catalog that declares none. */
    public static OrgState only(Location at) {
        return new OrgState("now", new Text("現狀", "As it stands"), null, 0, true, at);
    }

    /** The state's name as a reader sees it: its id and its day, or, for the one state of a catalog, "as it stands". */
    public String label() {
        return date == null ? "the organisation as it stands" : id + " (" + date + ")";
    }
}
