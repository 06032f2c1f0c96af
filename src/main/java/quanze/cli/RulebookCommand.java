package quanze.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;

import quanze.io.AtomicFile;
import quanze.lint.Rulebook;
import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;

/** {@code quanze rulebook}: the Markdown rulebook made from the rules and their scenarios. */
@CommandLine.Command(name = "rulebook", mixinStandardHelpOptions = true,
        description = "Write the rulebook (Markdown): each rule's name, code, severity, principle or article, the"
                + " facts it reads and the scenarios that exercise it.")
final class RulebookCommand implements Callable<Integer> {

    @CommandLine.Option(names = "--output", paramLabel = "FILE", description = "Write to FILE (atomically).")
    Path output;

    @CommandLine.Mixin
    Workspace workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        Workspace.requireWritable(output, "rulebook");
        Path root = Workspace.home();
        Path drl = workspace.rules != null ? workspace.rules : root.resolve("rules");
        Path scenarios = TestCommand.defaultScenarios();
        // the rulebook is a document of quanze's: its paths are quanze's, not the working folder's
        String text = Rulebook.render(workspace.ruleBase(), drl, Workspace.fromHome(drl), scenarios,
                Workspace.fromHome(scenarios));
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return Quanze.CLEAN;
        }
        try {
            AtomicFile.write(output, text);
        } catch (IOException e) {
            throw Workspace.cannotWrite(Workspace.shown(output), e);
        }
        return Quanze.CLEAN;
    }
}
