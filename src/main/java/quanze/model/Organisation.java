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
        long n = 0;
        for (OrgUnit u : units) if (u.kind() == kind && u.existsIn(s)) n += u.count();
        return n;
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
