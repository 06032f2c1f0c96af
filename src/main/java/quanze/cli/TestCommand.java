package quanze.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;

import quanze.model.InputException;
import quanze.scenario.Scenario;
import quanze.scenario.ScenarioRunner;
import quanze.scenario.ScenarioSuite;

/** {@code quanze test [PATH]}: run the scenario tests of the rules. */
@CommandLine.Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run rule scenarios (YAML; default: rules/tests/). Each failure names its file and line,"
                + " expected against actual, and the command that reruns it alone. Exit 1 when one fails.")
final class TestCommand implements Callable<Integer> {

    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
            description = "A scenario file or folder (default: rules/tests).")
    Path path;

    @CommandLine.Option(names = "--line", paramLabel = "N", description = "Run only the scenario that starts on line N.")
    Integer line;

    @CommandLine.Option(names = "--name", paramLabel = "TEXT", description = "Run only scenarios whose name contains TEXT.")
    String name;

    @CommandLine.Mixin
    Rules rules;

    @CommandLine.Mixin
    Workspace workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static Path defaultScenarios() {
        return Workspace.home().resolve("rules").resolve("tests");
    }

    @Override
    public Integer call() throws InputException {
        Path p = path != null ? path : defaultScenarios();
        String shown = Workspace.shown(p);
        List<Scenario> scenarios = ScenarioSuite.read(p, shown, workspace.yaml()).stream()
                .filter(s -> line == null || s.location().line() == line)
                .filter(s -> name == null || s.name().contains(name))
                .toList();
        ScenarioRunner runner = new ScenarioRunner(rules.ruleBase(workspace));
        PrintWriter out = spec.commandLine().getOut();
        int passed = 0;
        int failed = 0;
        for (Scenario s : scenarios) {
            var o = runner.run(s);
            if (o.passed()) {
                passed++;
                continue;
            }
            failed++;
            out.println(s.location() + ": FAIL " + s.name());
            for (String f : o.failures()) out.println("    " + f);
            out.println("    rerun: ./quanze test " + s.location().file() + " --line " + s.location().line()
                    + (rules.dir != null ? " --rules " + Workspace.shown(rules.dir) : ""));
        }
        if (scenarios.isEmpty()) out.println("no scenario matched");
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        return failed > 0 || scenarios.isEmpty() ? Quanze.FINDINGS : Quanze.CLEAN;
    }
}
