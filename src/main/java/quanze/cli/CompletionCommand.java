package quanze.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine;

/** {@code quanze completion}: the bash (and zsh) completion script of every command, made by picocli. */
@CommandLine.Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print the bash (and zsh) completion script of every command and option. Load it with:"
                + " source <(./quanze completion)")
final class CompletionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        out.print(AutoComplete.bash("quanze", spec.parent().commandLine()));
        // the launcher is usually run from the repository as ./quanze
        out.println("complete -F _complete_quanze -o default ./quanze");
        out.flush();
        return Quanze.CLEAN;
    }
}
