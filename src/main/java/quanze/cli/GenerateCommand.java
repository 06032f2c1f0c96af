package quanze.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;

import quanze.generate.CatalogGenerator;
import quanze.model.InputException;

/** {@code quanze generate --items N --seed S OUT_DIR}: a synthetic catalog for benchmarks and tests. */
@CommandLine.Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic catalog of the Huangshi shape scaled up (many districts, the ten power"
                + " types in realistic proportions, some deliberate faults); the same seed gives the same files.")
final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Option(names = "--items", required = true, paramLabel = "N", converter = LimitConverters.Positive.class,
            description = "Number of items (at least 1).")
    int items;

    @CommandLine.Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: 1).")
    long seed;

    @CommandLine.Option(names = "--force", description = "Write into OUT_DIR even if it holds files.")
    boolean force;

    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "OUT_DIR",
            description = "Folder to write the catalog into (or --out DIR, as import takes it).")
    Path out;

    @CommandLine.Option(names = "--out", paramLabel = "DIR", description = "The same as OUT_DIR.")
    Path outOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InputException {
        if (out != null && outOption != null && !out.equals(outOption)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give the folder once: OUT_DIR or --out DIR");
        }
        if (out == null) out = outOption;
        if (out == null) throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'OUT_DIR' (or --out DIR)");
        Workspace.requireEmptyUnlessForced(out, force);
        PrintWriter err = spec.commandLine().getErr();
        boolean tty = System.console() != null;
        try {
            new CatalogGenerator(new CatalogGenerator.Options(items, seed)).write(out, done -> {
                if (tty) {
                    int width = 30;
                    int filled = (int) (width * done / items);
                    err.printf("\r[%s%s] %,d/%,d items", "#".repeat(filled), " ".repeat(width - filled), done, items);
                    err.flush();
                }
            });
        } catch (IOException e) {
            throw Workspace.cannotWrite(Workspace.shown(out), e);
        }
        if (tty) err.println();
        spec.commandLine().getOut().println("wrote " + items + " items to " + Workspace.shown(out));
        return Quanze.CLEAN;
    }
}
