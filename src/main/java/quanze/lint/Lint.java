package quanze.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import quanze.catalog.Node;
import quanze.engine.RuleBase;
import quanze.engine.RuleMeta;
import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;
import quanze.scenario.Scenario;
import quanze.scenario.ScenarioRunner;
import quanze.scenario.ScenarioSuite;

/**
 * The rule-base lint: rules that do not compile, rules without a sentence name, a finding code (or the mark
 * of a derivation), a severity or a legal basis; gaps and conflicts in the decision space; and coverage by
 * the scenarios (rules no scenario fires, rules every scenario fires, codes no scenario expects).
 */
public final class Lint {

    /** What to lint: a rules folder (null: the bundled rules, whose DRL is in {@code source}), and scenarios. */
    public record Target(Path rules, String rulesShown, Path source, Path scenarios, String scenariosShown,
                         quanze.catalog.YamlReader yaml, long maxFileBytes) {
        /** With the default limits on the files it reads. */
        public Target(Path rules, String rulesShown, Path source, Path scenarios, String scenariosShown) {
            this(rules, rulesShown, source, scenarios, scenariosShown, new quanze.catalog.YamlReader(),
                    RuleBase.DEFAULT_MAX_FILE_BYTES);
        }
    }

    private Lint() {
    }

    public static List<LintFinding> run(Target t) {
        List<LintFinding> out = new ArrayList<>();
        RuleBase rules;
        try {
            rules = t.rules() == null ? RuleBase.bundled() : RuleBase.compile(t.rules(), t.rulesShown(), t.maxFileBytes());
        } catch (InputException e) {
            for (Problem p : e.problems()) out.add(new LintFinding(p.at(), "error", p.message(), null));
            return out;
        }
        DrlSources sources = new DrlSources(t.rules() != null ? t.rules() : t.source(), t.rulesShown());
        metadata(rules, sources, out);
        out.addAll(new DecisionSpace().check(rules));
        out.addAll(new RouteSpace().check(rules));
        coverage(rules, sources, t, out);
        return out;
    }

    static boolean isSentence(String name) {
        return name != null && name.length() > 10 && Character.isUpperCase(name.charAt(0))
                && name.trim().split("\\s+").length >= 4 && !name.endsWith(".");
    }

    private static void metadata(RuleBase rules, DrlSources sources, List<LintFinding> out) {
        Map<String, List<String>> byCode = new java.util.TreeMap<>();
        for (RuleMeta r : rules.rules()) {
            Location at = sources.of(r.name());
            if (r.code() != null) byCode.computeIfAbsent(r.code(), k -> new java.util.ArrayList<>()).add(r.name());
            if (r.uncertain() != null && !("error".equals(r.uncertain()) || "warning".equals(r.uncertain()))) {
                out.add(new LintFinding(at, "error", "rule \"" + r.name() + "\" has @uncertain(\"" + r.uncertain()
                        + "\"), expected \"warning\" (or \"error\")", null));
            }
            if (!isSentence(r.name())) {
                out.add(new LintFinding(at, "error", "rule \"" + r.name() + "\" is not named as a sentence"
                        + " (a capital letter, four words or more, no full stop: \"A micro-level approval is"
                        + " delegated to the district\")", null));
            }
            if (!r.derivation() && r.code() == null) {
                out.add(new LintFinding(at, "error", "rule \"" + r.name() + "\" has neither @code(\"QZ…\") nor"
                        + " @derivation: a check must say which finding it reports", null));
            }
            if (r.code() != null && !r.code().matches("QZ\\d{3}")) {
                out.add(new LintFinding(at, "error", "rule \"" + r.name() + "\" has @code(\"" + r.code()
                        + "\"), expected QZ followed by three digits", null));
            }
            if (r.code() != null && !("error".equals(r.severity()) || "warning".equals(r.severity()))) {
                out.add(new LintFinding(at, "error", "rule \"" + r.name() + "\" needs @severity(\"error\") or"
                        + " @severity(\"warning\")" + (r.severity() == null ? "" : ", found '" + r.severity() + "'"), null));
            }
            if (r.basis() == null || r.basis().isBlank()) {
                out.add(new LintFinding(at, "error", "rule \"" + r.name() + "\" has no @basis: name the principle"
                        + " or article it applies", null));
            }
        }
        // one code, one rule: a reader of a finding finds the one rule that states it; what a check needs from
        // several cases it derives first (an intermediate fact), and a finding that is sometimes less certain says
        // so with @uncertain
        byCode.forEach((code, names) -> {
            if (names.size() > 1) {
                for (String name : names.subList(1, names.size())) {
                    out.add(new LintFinding(sources.of(name), "error", "finding code " + code + " belongs to "
                            + names.size() + " rules (\"" + String.join("\", \"", names) + "\"): give each code one"
                            + " rule, and let derivations state the cases it reports", null));
                }
            }
        });
    }

    private static void coverage(RuleBase rules, DrlSources sources, Target t, List<LintFinding> out) {
        if (t.scenarios() == null || !Files.exists(t.scenarios())) {
            out.add(new LintFinding(new Location(t.scenariosShown(), 0, 0), "warning",
                    "no scenarios to measure coverage with", null));
            return;
        }
        List<Scenario> scenarios;
        try {
            scenarios = ScenarioSuite.read(t.scenarios(), t.scenariosShown(), t.yaml());
        } catch (InputException e) {
            for (Problem p : e.problems()) out.add(new LintFinding(p.at(), "error", p.message(), null));
            return;
        }
        ScenarioRunner runner = new ScenarioRunner(rules);
        Map<String, Integer> firedIn = new HashMap<>();
        Set<String> expected = new HashSet<>();
        for (Scenario s : scenarios) {
            Set<String> fired = new HashSet<>();
            runner.run(s).firings().forEach(f -> fired.add(f.rule()));
            fired.forEach(r -> firedIn.merge(r, 1, Integer::sum));
            expected.addAll(expectedCodes(s));
        }
        Set<String> codes = new TreeSet<>();
        for (RuleMeta r : rules.rules()) {
            Location at = sources.of(r.name());
            int n = firedIn.getOrDefault(r.name(), 0);
            if (n == 0) {
                out.add(new LintFinding(at, "error", "no scenario fires rule \"" + r.name() + "\"", null));
            } else if (n == scenarios.size()) {
                out.add(new LintFinding(at, "warning", "every scenario fires rule \"" + r.name()
                        + "\": none shows when it does not", null));
            }
            if (r.code() != null) codes.add(r.code());
        }
        for (String code : codes) {
            if (!expected.contains(code)) {
                out.add(new LintFinding(new Location(t.scenariosShown(), 0, 0), "error",
                        "no scenario expects finding " + code, null));
            }
        }
    }

    static Set<String> expectedCodes(Scenario s) {
        Set<String> out = new HashSet<>();
        Node f = s.expect().fields().get("findings");
        List<Node> listed = f instanceof Node.ListNode l ? l.items()
                : f instanceof Node.MapNode m && m.fields().get("present") instanceof Node.ListNode p ? p.items() : List.of();
        for (Node n : listed) if (n instanceof Node.Scalar sc && sc.text() != null) out.add(sc.text());
        return out;
    }
}
