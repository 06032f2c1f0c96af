package quanze.cli;

import java.io.PrintStream;

import picocli.CommandLine;

/** The top-level command: {@code quanze check|explain}. */
@CommandLine.Command(name = "quanze", mixinStandardHelpOptions = true, version = "quanze 0.1.0",
        description = "Allocates powers and responsibilities between city and district and checks a power list"
                + " (權責清單) against the rules that govern it.",
        subcommands = {CheckCommand.class})
public final class Quanze implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try: quanze check)");
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return 0;
    }
}
