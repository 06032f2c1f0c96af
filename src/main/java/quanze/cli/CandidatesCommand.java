package quanze.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;

import quanze.io.AtomicFile;
import quanze.variant.CandidateVariant;
import quanze.law.Candidates;
import quanze.model.InputException;
import quanze.model.Level;
import quanze.report.CandidatesJsonReport;
import quanze.report.CandidatesTextReport;

/** {@code quanze candidates [CATALOG_DIR] --from LEVEL --to LEVEL}: what the law allows one level down. */
@CommandLine.Command(name = "candidates", mixinStandardHelpOptions = true,
        description = "List the powers declared at --from that the words of their bases allow at --to as they stand,"
                + " those that would need an entrustment or authorisation, those the law keeps above, and those whose"
                + " bases say nothing that can be read; grouped by category and power type, each with its quote.")
final class CandidatesCommand implements Callable<Integer> {

    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "CATALOG_DIR",
            description = "Catalog folder (default: catalog/huangshi).")
    Path catalogDir;

    @CommandLine.Option(names = "--from", required = true, paramLabel = "LEVEL", description = "The level that holds the powers now (a level id of the catalog).")
    String from;

    @CommandLine.Option(names = "--to", required = true, paramLabel = "LEVEL", description = "The level they might go to.")
    String to;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    String format = "text";

    @CommandLine.Mixin
    Output output;

    @CommandLine.Option(names = "--write-variant", paramLabel = "FILE",
            description = "Also write the powers the law allows at --to as a variant file for quanze diff.")
    Path writeVariant;

    @CommandLine.Mixin
    Workspace workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        output.require("list");
        Workspace.requireWritable(writeVariant, "variant");
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--format': unknown"
                    + " format '" + format + "' (expected one of: text, json)");
        }
        // the words of the bases are read; no rule runs, so no rule base is built
        var catalog = workspace.catalog(catalogDir);
        Level f = level(catalog, from, "--from");
        Level t = level(catalog, to, "--to");
        if (t.rank() <= f.rank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to '" + to + "' is not below --from '" + from + "'");
        }
        Candidates c = Candidates.of(catalog, f, t);
        String shown = catalogDir == null ? Workspace.shown(Workspace.defaultCatalog()) : Workspace.shown(catalogDir);
        try {
            if (writeVariant != null) AtomicFile.write(writeVariant, CandidateVariant.write(c, shown));
        } catch (IOException e) {
            throw Workspace.cannotWrite(Workspace.shown(writeVariant), e);
        }
        output.write(w -> w.write(format.equals("json") ? new CandidatesJsonReport().render(c)
                : new CandidatesTextReport().render(shown, c)), spec.commandLine().getOut());
        return Quanze.CLEAN;
    }

    private Level level(quanze.model.Catalog catalog, String id, String option) {
        return catalog.levels().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), option + " '" + id + "' is not a level of "
                        + catalog.dir() + " (its levels: " + String.join(", ", catalog.levels().stream().map(Level::id)
                        .toList()) + ")"));
    }
}
