package quanze.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A catalog's organisation ({@code states:}, {@code units:}, {@code catalog.expect.totals}): dated states, the units
 * that exist in them, what each unit takes over from another, and the totals the reform states.
 */
public record Organisation(List<OrgState> states, List<OrgUnit> units, List<Take> takes, List<Total> totals) {

    public static final Organisation NONE = new Organisation(List.of(), List.of(), List.of(), List.of());

    public boolean isEmpty() {
        return units.isEmpty() && totals.isEmpty();
    }

    public OrgState first() {
        return states.isEmpty() ? null : states.get(0);
    }

    public OrgState last() {
        return states.isEmpty() ? null : states.get(states.size() - 1);
    }

    /** The units of {@code kind} in {@code s}, counted (a group counts as many). */
    public long count(UnitKind kind, OrgState s) {
        return tally(u -> u.kind() == kind, OrgUnit::count, s, s).before();
    }

    /** What the units that {@code counts} add up to in {@code a}, in {@code b}, and gone from {@code a} by {@code b}. */
    public record Tally(long before, long after, long gone) {
    }

    public Tally tally(java.util.function.Predicate<OrgUnit> counts, java.util.function.ToLongFunction<OrgUnit> amount,
                       OrgState a, OrgState b) {
        long before = 0;
        long after = 0;
        long gone = 0;
        for (OrgUnit u : units) {
            if (!counts.test(u)) continue;
            long n = amount.applyAsLong(u);
            boolean inA = u.existsIn(a);
            boolean inB = u.existsIn(b);
            if (inA) before += n;
            if (inB) after += n;
            if (inA && !inB) gone += n;
        }
        return new Tally(before, after, gone);
    }

    /** What the rules join on: the states, the units, the functions they carry, what they take and the totals. */
    public List<Object> facts() {
        List<Object> out = new ArrayList<>(states);
        for (OrgUnit u : units) {
            out.add(u);
            for (String f : u.functions()) out.add(new Carried(u.id(), f, u.location()));
        }
        out.addAll(takes);
        out.addAll(totals);
        return out;
    }
}
