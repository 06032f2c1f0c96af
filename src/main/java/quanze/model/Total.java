package quanze.model;

import java.util.Set;

/**
 * A total the reform states ({@code catalog.expect.totals}): how many units of a kind (or their posts) the first
 * state has ({@code before}), the last has ({@code after}), and how many of the first are gone in the last
 * ({@code abolished}); each null when not stated. Units of a sector in {@code excluding} are not counted.
 */
public record Total(UnitKind kind, Measure measure, Integer before, Integer after, Integer abolished,
                    Set<String> excluding, String note, Location location) {

    public enum Measure implements Keyed { UNITS, POSTS }

    /** Whether a unit counts towards it. */
    public boolean counts(OrgUnit u) {
        return u.kind() == kind && (u.sector() == null || !excluding.contains(u.sector()));
    }

    /** Whether the counts found differ from what is stated. */
    public boolean differs(long b, long a, long gone) {
        return before != null && before != b || after != null && after != a || abolished != null && abolished != gone;
    }
}
