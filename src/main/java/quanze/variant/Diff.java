package quanze.variant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import quanze.model.CategoryKind;
import quanze.model.CheckResult;
import quanze.model.Decision;
import quanze.model.Finding;
import quanze.model.OrgUnit;
import quanze.model.Organisation;
import quanze.model.UnitKind;
import quanze.model.Role;
import quanze.model.Verdict;

/**
 * What a variant changes against the baseline: items whose decision, level or a role's level changed (or
 * that were added or removed), findings that appeared or disappeared, the summary before and after, and for
 * each change the edits that cause it.
 */
public record Diff(String variant, List<Change> changes, Summary before, Summary after) {

    /**
     * One change: {@code field} is decision, level, roles.ROLE, item (added/removed) or finding CODE; for the
     * organisation, unit (a unit of the last state gone or added), and on the row {@code (organisation)}, state or
     * units.KIND.
     */
    public record Change(String item, String field, String before, String after, List<String> causes) {
        Change withCauses(List<String> c) {
            return new Change(item, field, before, after, c);
        }

        String key() {
            return item + "|" + field + "|" + before + "|" + after;
        }
    }

    /** Delegated approvals per category and in all, roles per level, findings per severity. */
    public record Summary(Map<String, Long> approvalsByCategory, long approvals, Map<String, Long> rolesByLevel,
                          Map<String, Long> findingsBySeverity) {
        static Summary of(CheckResult r) {
            return of(r.decisions(), r.findings());
        }

        /** The summary of these decisions and findings, in any order. */
        public static Summary of(Iterable<Decision> decisions, Iterable<Finding> findings) {
            return new Summary(Map.of(), 0, Map.of(), Map.of()).change(List.of(), List.of(), decisions, findings);
        }

        /**
         * This summary without the decisions and findings {@code less} and with those {@code more}: what it becomes
         * when some items' decisions and findings are replaced (the workbench's edit of a few items).
         */
        public Summary change(Iterable<Decision> less, Iterable<Finding> lessFound, Iterable<Decision> more,
                              Iterable<Finding> moreFound) {
            Map<String, Long> cats = new TreeMap<>(approvalsByCategory);
            Map<String, Long> levels = new TreeMap<>(rolesByLevel);
            Map<String, Long> sev = new TreeMap<>(findingsBySeverity);
            long[] approvals = {this.approvals};
            count(less, lessFound, -1, cats, levels, sev, approvals);
            count(more, moreFound, 1, cats, levels, sev, approvals);
            for (Map<String, Long> m : List.of(cats, levels, sev)) m.values().removeIf(n -> n == 0);
            return new Summary(cats, approvals[0], levels, sev);
        }

        private static void count(Iterable<Decision> decisions, Iterable<Finding> findings, long sign,
                                  Map<String, Long> cats, Map<String, Long> levels, Map<String, Long> sev,
                                  long[] approvals) {
            for (Decision d : decisions) {
                if (d.verdict() == Verdict.DELEGATE && d.item().kind() == CategoryKind.APPROVAL) {
                    cats.merge(d.item().categoryId(), sign, Long::sum);
                    approvals[0] += sign;
                }
                for (String level : d.roles().values()) levels.merge(level, sign, Long::sum);
            }
            for (Finding f : findings) sev.merge(f.severity().key(), sign, Long::sum);
        }
    }

    /**
     * One side of a diff as the diff reads it: the first decision of each item id in catalog order, the findings
     * counted by code and item ({@code CODE|ITEM}, item empty for none), and the organisation. A side may hold only
     * some items (those an edit touched, as the workbench gives it): the changes are then those of these items.
     */
    public record Side(Map<String, Decision> byItem, Map<String, Integer> findingCounts, Organisation organisation) {
        public static Side of(CheckResult r) {
            return new Side(Diff.byItem(r.decisions()), Diff.findingCounts(r.findings()), r.catalog().organisation());
        }
    }

    /** The changes from {@code base} to {@code other}, without causes, in a stable order. */
    static List<Change> changes(CheckResult base, CheckResult other) {
        return changes(Side.of(base), Side.of(other));
    }

    /** The changes from {@code base} to {@code other}, without causes, in a stable order. */
    public static List<Change> changes(Side base, Side other) {
        Map<String, Decision> a = base.byItem();
        Map<String, Decision> b = other.byItem();
        List<Change> out = new ArrayList<>();
        for (var e : a.entrySet()) {
            Decision x = e.getValue();
            Decision y = b.get(e.getKey());
            if (y == null) {
                out.add(new Change(e.getKey(), "item", "present", "removed", List.of()));
                continue;
            }
            if (x.verdict() != y.verdict()) out.add(new Change(e.getKey(), "decision", x.verdict().key(), y.verdict().key(), List.of()));
            if (!x.level().equals(y.level())) out.add(new Change(e.getKey(), "level", x.level(), y.level(), List.of()));
            for (Role r : Role.values()) {
                String p = x.roles().get(r);
                String q = y.roles().get(r);
                if (p != null && !p.equals(q)) out.add(new Change(e.getKey(), "roles." + r.key(), p, q, List.of()));
            }
        }
        for (var e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                out.add(new Change(e.getKey(), "item", "absent", "added (" + e.getValue().verdict().key() + " → "
                        + e.getValue().level() + ")", List.of()));
            }
        }
        organisation(base.organisation(), other.organisation(), out);
        Map<String, Integer> fa = base.findingCounts();
        Map<String, Integer> fb = other.findingCounts();
        for (var e : fa.entrySet()) {
            int n = fb.getOrDefault(e.getKey(), 0);
            if (n < e.getValue()) out.add(finding(e.getKey(), "present", "gone"));
        }
        for (var e : fb.entrySet()) {
            int n = fa.getOrDefault(e.getKey(), 0);
            if (n < e.getValue()) out.add(finding(e.getKey(), "absent", "appears"));
        }
        return out;
    }

    /**
     * What changes in the organisation as it stands (its last state): the state itself, the units of each kind
     * there (a group counts as many), and each unit that is there in one and not in the other.
     */
    private static void organisation(Organisation a, Organisation b, List<Change> out) {
        if (a.isEmpty() && b.isEmpty()) return;
        String sa = a.last() == null ? "none" : a.last().label();
        String sb = b.last() == null ? "none" : b.last().label();
        if (!sa.equals(sb)) out.add(new Change(ORGANISATION, "state", sa, sb, List.of()));
        for (UnitKind k : UnitKind.values()) {
            long x = a.last() == null ? 0 : a.count(k, a.last());
            long y = b.last() == null ? 0 : b.count(k, b.last());
            if (x != y) out.add(new Change(ORGANISATION, "units." + k.key(), String.valueOf(x), String.valueOf(y),
                    List.of()));
        }
        Map<String, OrgUnit> ua = standing(a);
        Map<String, OrgUnit> ub = standing(b);
        for (String id : ua.keySet()) {
            if (!ub.containsKey(id)) out.add(new Change(id, "unit", ua.get(id).kind().key(), "gone", List.of()));
        }
        for (var e : ub.entrySet()) {
            if (!ua.containsKey(e.getKey())) out.add(new Change(e.getKey(), "unit", "absent", e.getValue().kind().key(),
                    List.of()));
        }
    }

    /** The row a change of the organisation as a whole is reported on. */
    static final String ORGANISATION = "(organisation)";

    /** The units of the last state, by id, in catalog order. */
    private static Map<String, OrgUnit> standing(Organisation o) {
        Map<String, OrgUnit> m = new LinkedHashMap<>();
        if (o.last() == null) return m;
        for (OrgUnit u : o.units()) if (u.existsIn(o.last())) m.put(u.id(), u);
        return m;
    }

    private static Change finding(String key, String before, String after) {
        int bar = key.indexOf('|');
        String code = key.substring(0, bar);
        String item = key.substring(bar + 1);
        return new Change(item.isEmpty() ? "(catalog)" : item, "finding " + code, before, after, List.of());
    }

    /** The first decision of each item id, in the order given. */
    public static Map<String, Decision> byItem(List<Decision> decisions) {
        Map<String, Decision> m = new LinkedHashMap<>();
        for (Decision d : decisions) m.putIfAbsent(d.itemId(), d);
        return m;
    }

    /** Findings counted by {@code CODE|ITEM} (item empty for none), in key order. */
    public static Map<String, Integer> findingCounts(List<Finding> findings) {
        Map<String, Integer> m = new TreeMap<>();
        for (Finding f : findings) m.merge(f.code() + "|" + (f.itemId() == null ? "" : f.itemId()), 1, Integer::sum);
        return m;
    }

    /** The changes a list of edits makes against the baseline (a variant of those edits alone). */
    public interface Solo {
        List<Change> changes(List<Edit> edits) throws quanze.model.InputException;
    }

    /**
     * Attributes each change of {@code changes} (what all {@code edits} make together) to the edits that alone make
     * it, each evaluated by {@code solo}: one edit is the cause of all; an edit of units is judged with the states
     * the edits add (a unit dated after the catalog's states exists only in those), and its cause says so; an edit
     * that cannot stand alone (an item added to an added category) is the cause of nothing alone; a change no edit
     * makes alone is caused by "only these edits together".
     */
    public static List<Change> attribute(List<Change> changes, List<Edit> edits, Solo solo) {
        Map<String, List<Change>> alone = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        for (Edit e : edits) {
            labels.add(e.label());
            if (edits.size() == 1) {
                alone.put(e.label(), changes);
                continue;
            }
            List<Edit> states = e.kind() == Edit.Kind.ADD_STATE ? List.of()
                    : edits.stream().filter(x -> x.kind() == Edit.Kind.ADD_STATE).toList();
            boolean unit = e.kind() == Edit.Kind.ADD_UNIT || e.kind() == Edit.Kind.UNIT
                    || e.kind() == Edit.Kind.REMOVE_UNIT;
            List<Edit> with = new ArrayList<>(unit ? states : List.of());
            with.add(e);
            String label = !unit || states.isEmpty() ? e.label() : e.label() + " (in "
                    + String.join(", ", states.stream().map(Edit::label).toList()) + ")";
            try {
                alone.put(label, solo.changes(with));
            } catch (quanze.model.InputException notAlone) {
                // this edit only makes sense with others
            }
        }
        return withCauses(changes, alone, labels);
    }

    /** Attributes each change of {@code full} to the edits that alone produce it. */
    static List<Change> withCauses(List<Change> full, Map<String, List<Change>> soloChangesByEdit, List<String> allEdits) {
        Map<String, List<String>> causes = new HashMap<>();
        soloChangesByEdit.forEach((edit, changes) -> changes.forEach(c ->
                causes.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(edit)));
        List<Change> out = new ArrayList<>();
        for (Change c : full) {
            List<String> by = causes.get(c.key());
            out.add(c.withCauses(by != null ? List.copyOf(by)
                    : List.of("only these edits together: " + String.join(", ", allEdits))));
        }
        return out;
    }
}
