package quanze.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;

import quanze.lint.Lint;
import quanze.lint.LintFinding;

/** {@code quanze lint [--rules DIR]}: check the rule base itself. Exit 1 when it finds errors. */
@CommandLine.Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check a rule base: metadata of every rule, gaps and conflicts in the decision space (with"
                + " the smallest counterexample as a scenario), coverage by the scenarios, DRL that does not compile.")
final class LintCommand implements Callable<Integer> {

    @CommandLine.Option(names = "--scenarios", paramLabel = "PATH",
            description = "Scenarios that measure coverage (default: rules/tests).")
    Path scenarios;

    @CommandLine.Mixin
    Rules rules;

    @CommandLine.Mixin
    Workspace workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws quanze.model.InputException {
        Path root = Workspace.home();
        Path sc = scenarios != null ? scenarios : TestCommand.defaultScenarios();
        Path rules = this.rules.dir;
        // a folder that is not there is an unreadable input (exit 2), as for check, not a lint finding
        if (rules != null) quanze.engine.RuleBase.requireFolder(rules, Workspace.shown(rules));
        if (scenarios != null && !java.nio.file.Files.exists(scenarios)) {
            throw new quanze.model.InputException(new quanze.model.Problem(new quanze.model.Location(
                    Workspace.shown(scenarios), 0, 0), "no such scenario file or folder"));
        }
        var target = new Lint.Target(rules, rules == null ? Workspace.shown(root.resolve("rules")) : Workspace.shown(rules),
                root.resolve("rules"), sc, Workspace.shown(sc), workspace.yaml(), workspace.maxFileBytes);
        List<LintFinding> found = Lint.run(target).stream()
                .sorted(Comparator.comparing(LintFinding::location).thenComparing(LintFinding::message)).toList();
        PrintWriter out = spec.commandLine().getOut();
        long errors = found.stream().filter(LintFinding::isError).count();
        for (LintFinding f : found) {
            out.println(f.location() + ": " + f.severity() + ": " + f.message());
            if (f.scenario() != null) {
                out.println("    counterexample, ready to paste into a scenario file:");
                f.scenario().lines().forEach(l -> out.println("      " + l));
            }
        }
        out.println((found.isEmpty() ? "Rule base clean. " : "") + errors + " error" + (errors == 1 ? "" : "s") + ", "
                + (found.size() - errors) + " warning" + (found.size() - errors == 1 ? "" : "s"));
        out.flush();
        return errors > 0 ? Quanze.FINDINGS : Quanze.CLEAN;
    }
}
