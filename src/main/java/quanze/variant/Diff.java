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
import quanze.model.Role;
import quanze.model.Verdict;

/**
 * What a variant changes against the baseline: items whose decision, level or a role's level changed (or
 * that were added or removed), findings that appeared or disappeared, the summary before and after, and for
 * each change the edits that cause it.
 */
public record Diff(String variant, List<Change> changes, Summary before, Summary after) {

    /** One change: {@code field} is decision, level, roles.ROLE, item (added/removed) or finding CODE. */
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
