package quanze.model;

import java.util.Set;

/**
 * A total the reform states ({@code catalog.expect.totals}): how many units of a kind (or their posts) the first
 * state has ({@code before}), the last has ({@code after}), and how many of the first are gone in the last
 * ({@code abolished}); each null when not stated. Units of a sector in {@code excluding} are not counted.
 * {@code opening} and {@code closing} name the two states it compares ({@code between}); null: the first and the
 * last, so that a variant adding a later state does not move a reform's totals to it only when they say so.
 */
public record Total(UnitKind kind, Measure measure, Integer before, Integer after, Integer abolished,
                    Set<String> excluding, String opening, String closing, String note, Location location) {

    public enum Measure implements Keyed { UNITS, POSTS }

    /** Whether {@code s} is the state it counts "before" in. */
    public boolean opens(OrgState s) {
        return opening == null ? s.index() == 0 : opening.equals(s.id());
    }

    /** Whether {@code s} is the state it counts "after" in. */
    public boolean closes(OrgState s) {
        return closing == null ? s.last() : closing.equals(s.id());
    }

    /** Whether a unit counts towards it. */
    public boolean counts(OrgUnit u) {
        return u.kind() == kind && (u.sector() == null || !excluding.contains(u.sector()));
    }

    /** Whether the counts found differ from what is stated. */
    public boolean differs(long b, long a, long gone) {
        return before != null && before != b || after != null && after != a || abolished != null && abolished != gone;
    }
}
