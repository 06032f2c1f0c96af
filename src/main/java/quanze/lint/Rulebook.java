package quanze.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import quanze.engine.RuleBase;
import quanze.engine.RuleMeta;
import quanze.model.InputException;
import quanze.scenario.Scenario;
import quanze.scenario.ScenarioRunner;
import quanze.scenario.ScenarioSuite;

/**
 * The rulebook: a Markdown document made from the rules themselves — for each rule, its name, code,
 * severity, the principle or article it applies, the facts it reads, and the scenarios that exercise it.
 */
public final class Rulebook {

    private Rulebook() {
    }

    public static String render(RuleBase rules, Path drlDir, String drlShown, Path scenarios, String scenariosShown)
            throws InputException {
        return render(rules, drlDir, drlShown, scenarios, scenariosShown, new quanze.catalog.YamlReader());
    }

    /** Like {@link #render(RuleBase, Path, String, Path, String)}, reading the scenarios within {@code yaml}'s limits. */
    public static String render(RuleBase rules, Path drlDir, String drlShown, Path scenarios, String scenariosShown,
                                quanze.catalog.YamlReader yaml) throws InputException {
        DrlSources sources = new DrlSources(drlDir, drlShown);
        Map<String, RuleMeta> meta = new LinkedHashMap<>();
        for (RuleMeta r : rules.rules()) meta.put(r.name(), r);
        Map<String, List<Scenario>> firedBy = new LinkedHashMap<>();
        ScenarioRunner runner = new ScenarioRunner(rules);
        for (Scenario s : ScenarioSuite.read(scenarios, scenariosShown, yaml)) {
            java.util.Set<String> fired = new java.util.LinkedHashSet<>();
            runner.run(s).firings().forEach(f -> fired.add(f.rule()));
            for (String r : fired) firedBy.computeIfAbsent(r, k -> new ArrayList<>()).add(s);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Rulebook\n\n");
        sb.append("Generated from `").append(drlShown).append("/*.drl` and the scenarios in `").append(scenariosShown)
                .append("` by `./quanze rulebook --output docs/rulebook.md`. Do not edit by hand: a test fails when")
                .append(" it is out of date.\n\n");
        sb.append("| code | severity | rule |\n|---|---|---|\n");
        List<String> ordered = new ArrayList<>();
        sources.rulesByFile().values().forEach(ordered::addAll);
        meta.keySet().stream().filter(n -> !ordered.contains(n)).sorted().forEach(ordered::add);
        for (String name : ordered) {
            RuleMeta r = meta.get(name);
            if (r == null) continue;
            sb.append("| ").append(r.code() == null ? "derivation" : r.code()).append(" | ")
                    .append(r.severity() == null ? "—" : severity(r)).append(" | ").append(name).append(" |\n");
        }
        for (var file : sources.rulesByFile().entrySet()) {
            sb.append("\n## ").append(file.getKey()).append("\n\n");
            if (!sources.header(file.getKey()).isEmpty()) {
                sb.append(sources.header(file.getKey()).replace(" \n", "\n").replace("\n", "\n\n")).append("\n");
            }
            String section = null;
            for (String name : file.getValue()) {
                RuleMeta r = meta.get(name);
                if (r == null) continue;
                String sec = sources.section(name);
                if (sec != null && !sec.equals(section)) sb.append("\n**").append(sec).append("**\n");
                section = sec;
                sb.append("\n### ").append(name).append("\n\n");
                sb.append("- **").append(r.code() == null ? "Derivation" : r.code() + "**, " + severity(r))
                        .append(r.code() == null ? "**" : "").append(" — `").append(sources.of(name)).append("`\n");
                sb.append("- **Applies:** ").append(r.basis() == null ? "—" : r.basis()).append('\n');
                sb.append("- **Reads:** ").append(String.join(", ", sources.reads(name))).append('\n');
                sb.append("- **Scenarios that fire it:**");
                List<Scenario> by = firedBy.getOrDefault(name, List.of());
                if (by.isEmpty()) sb.append(" none");
                sb.append('\n');
                for (Scenario s : by) {
                    sb.append("  - ").append(s.name()).append(" (`").append(s.location().file()).append(':')
                            .append(s.location().line()).append("`)\n");
                }
            }
        }
        return sb.toString();
    }

    /** "error", or "error (warning when uncertain)" for a rule whose finding may rest on words read with doubt. */
    private static String severity(RuleMeta r) {
        return r.uncertain() == null || r.uncertain().equals(r.severity()) ? r.severity()
                : r.severity() + " (" + r.uncertain() + " when uncertain)";
    }
}
