package quanze.scenario;

import java.util.ArrayList;
import java.util.List;

import quanze.catalog.Node;
import quanze.catalog.Trees;
import quanze.model.CheckResult;
import quanze.model.Decision;
import quanze.model.Finding;
import quanze.model.Role;

/** Compares what a scenario expects with what the rules derived; each mismatch is one readable line. */
final class Expectations {

    private Expectations() {
    }

    static List<String> check(Scenario s, CheckResult r, String itemId) {
        List<String> failures = new ArrayList<>();
        Node.MapNode e = s.expect();
        Decision d = itemId == null ? null : r.decisions().stream().filter(x -> x.itemId().equals(itemId))
                .findFirst().orElse(null);
        long decisions = itemId == null ? 0 : r.decisions().stream().filter(x -> x.itemId().equals(itemId)).count();
        boolean needsDecision = e.fields().containsKey("decision") || e.fields().containsKey("level")
                || e.fields().containsKey("roles") || e.fields().containsKey("rule");
        if (needsDecision && itemId == null) {
            failures.add("expect.item is needed: the given catalog has " + r.catalog().items().size() + " items");
        } else if (needsDecision && d == null) {
            failures.add("no decision was derived for item '" + itemId + "' (a gap in the rules)");
        }
        if (decisions > 1) failures.add(decisions + " decisions were derived for item '" + itemId + "' (a conflict)");
        if (d != null) {
            String because = " (rule \"" + d.rule() + "\": " + d.why() + ")";
            expectText(e, "decision", d.verdict().key(), because, failures);
            expectText(e, "level", d.level(), because, failures);
            expectText(e, "rule", d.rule(), "", failures);
            if (e.fields().get("roles") instanceof Node.MapNode roles) {
                for (var re : roles.fields().entrySet()) {
                    Role role = quanze.vocabulary.Vocabulary.bundled().parse(Role.class, re.getKey()).orElse(null);
                    String want = Trees.textOf(re.getValue());
                    String got = role == null ? null : d.roles().get(role);
                    if (role == null) {
                        failures.add("roles." + re.getKey() + ": no such role");
                    } else if (want != null && !want.equals(got)) {
                        failures.add("roles." + re.getKey() + ": expected " + want + ", got " + got + because);
                    }
                }
            }
        }
        Node f = e.fields().get("findings");
        List<String> got = ScenarioRunner.codes(r.findings());
        if (f instanceof Node.ListNode list) {
            List<String> want = new ArrayList<>();
            for (Node n : list.items()) want.add(Trees.textOf(n));
            want.sort(null);
            if (!want.equals(got)) {
                failures.add("findings: expected " + want + ", got " + got + describe(r.findings()));
            }
        } else if (f instanceof Node.MapNode m) {
            for (Node n : listOf(m.fields().get("present"))) {
                String code = Trees.textOf(n);
                if (!got.contains(code)) failures.add("findings: expected " + code + " present, got " + got);
            }
            for (Node n : listOf(m.fields().get("absent"))) {
                String code = Trees.textOf(n);
                if (got.contains(code)) failures.add("findings: expected " + code + " absent, got it" + describe(
                        r.findings().stream().filter(x -> x.code().equals(code)).toList()));
            }
        }
        return failures;
    }

    private static List<Node> listOf(Node n) {
        return n instanceof Node.ListNode l ? l.items() : List.of();
    }

    private static void expectText(Node.MapNode e, String key, String got, String because, List<String> failures) {
        Node n = e.fields().get(key);
        if (n == null) return;
        String want = Trees.textOf(n);
        if (want != null && !want.equals(got)) failures.add(key + ": expected " + want + ", got " + got + because);
    }

    private static String describe(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) sb.append("\n        ").append(f.code()).append(": ").append(f.message());
        return sb.toString();
    }
}
