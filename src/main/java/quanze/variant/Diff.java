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
            Map<String, Long> cats = new TreeMap<>();
            Map<String, Long> levels = new TreeMap<>();
            long approvals = 0;
            for (Decision d : r.decisions()) {
                if (d.verdict() == Verdict.DELEGATE && d.item().kind() == CategoryKind.APPROVAL) {
                    cats.merge(d.item().categoryId(), 1L, Long::sum);
                    approvals++;
                }
                for (String level : d.roles().values()) levels.merge(level, 1L, Long::sum);
            }
            Map<String, Long> sev = new TreeMap<>();
            for (Finding f : r.findings()) sev.merge(f.severity().key(), 1L, Long::sum);
            return new Summary(cats, approvals, levels, sev);
        }
    }

    /** The changes from {@code base} to {@code other}, without causes, in a stable order. */
    static List<Change> changes(CheckResult base, CheckResult other) {
        Map<String, Decision> a = byItem(base);
        Map<String, Decision> b = byItem(other);
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
        organisation(base.catalog().organisation(), other.catalog().organisation(), out);
        Map<String, Integer> fa = findingCounts(base);
        Map<String, Integer> fb = findingCounts(other);
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

    private static Map<String, Decision> byItem(CheckResult r) {
        Map<String, Decision> m = new LinkedHashMap<>();
        for (Decision d : r.decisions()) m.putIfAbsent(d.itemId(), d);
        return m;
    }

    private static Map<String, Integer> findingCounts(CheckResult r) {
        Map<String, Integer> m = new TreeMap<>();
        for (Finding f : r.findings()) m.merge(f.code() + "|" + (f.itemId() == null ? "" : f.itemId()), 1, Integer::sum);
        return m;
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
