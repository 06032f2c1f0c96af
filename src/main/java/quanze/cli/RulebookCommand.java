package quanze.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;

import quanze.lint.Rulebook;
import quanze.model.InputException;

/** {@code quanze rulebook}: the Markdown rulebook made from the rules and their scenarios. */
@CommandLine.Command(name = "rulebook", mixinStandardHelpOptions = true,
        description = "Write the rulebook (Markdown): each rule's name, code, severity, principle or article, the"
                + " facts it reads and the scenarios that exercise it.")
final class RulebookCommand implements Callable<Integer> {

    @CommandLine.Mixin
    Output output;

    @CommandLine.Mixin
    Rules rules;

    @CommandLine.Mixin
    Workspace workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        output.require("rulebook");
        Path drl = rules.drl();
        Path scenarios = TestCommand.defaultScenarios();
        // the rulebook is a document of quanze's: its paths are quanze's, not the working folder's
        String text = Rulebook.render(rules.ruleBase(workspace), drl, Workspace.fromHome(drl), scenarios,
                Workspace.fromHome(scenarios), workspace.yaml());
        output.write(w -> w.write(text), spec.commandLine().getOut());
        return Quanze.CLEAN;
    }
}
