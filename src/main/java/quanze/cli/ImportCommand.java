package quanze.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import picocli.CommandLine;

import quanze.catalog.CatalogReader;
import quanze.catalog.Node;
import quanze.catalog.YamlReader;
import quanze.io.AtomicFile;
import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;
import quanze.spreadsheet.PowerListImporter;
import quanze.spreadsheet.Sheets;

/** {@code quanze import FILE --out DIR}: a published power list (xlsx or csv) into a catalog folder. */
@CommandLine.Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a power list (one row per power; .xlsx or .csv) into a catalog folder. Every problem is"
                + " named by its cell; the rows that can be read are imported unless --strict.")
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Parameters(index = "0", paramLabel = "FILE", description = "The list: .xlsx or .csv (UTF-8).")
    Path file;

    @CommandLine.Option(names = "--out", required = true, paramLabel = "DIR", description = "The catalog folder to write.")
    Path out;

    @CommandLine.Option(names = "--mapping", paramLabel = "MAPPING.yaml",
            description = "Header names of this file to fields: {columns: {許可依據: basis, ...}}.")
    Path mapping;

    @CommandLine.Option(names = "--strict", description = "Import nothing when any cell has a problem (exit 2).")
    boolean strict;

    @CommandLine.Option(names = "--force", description = "Write into DIR even if it holds files.")
    boolean force;

    @CommandLine.Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000000",
            description = "Refuse a sheet of more than N rows (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @CommandLine.Option(names = "--min-inflate-ratio", paramLabel = "R", defaultValue = "0.01",
            description = "Refuse a zip entry that inflates more than 1/R times (default: ${DEFAULT-VALUE}: 100 times).")
    double minInflateRatio;

    @CommandLine.Option(names = "--max-entry-bytes", paramLabel = "N", defaultValue = "104857600",
            description = "Refuse a zip entry larger than N bytes once inflated (default: ${DEFAULT-VALUE}).")
    long maxEntryBytes;

    @CommandLine.Option(names = "--max-file-bytes", paramLabel = "N", defaultValue = "1073741824",
            description = "Refuse a spreadsheet (or mapping file) larger than N bytes (default: ${DEFAULT-VALUE}).")
    long maxFileBytes;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException, IOException {
        String shown = Workspace.shown(file);
        quanze.io.InputFiles.requireRegular(file, shown);
        Workspace.requireEmptyUnlessForced(out, force);
        var err = spec.commandLine().getErr();
        Converted converted = convert(shown, err);
        if (converted.text() == null) {
            err.println(converted.problems() + " problem" + (converted.problems() == 1 ? "" : "s")
                    + (strict ? " (--strict): nothing was imported" : "; no item could be imported"));
            return Quanze.USAGE;
        }
        Path target = out.resolve("catalog.yaml");
        // the catalog must read back: say so now, and write nothing, rather than at the first check
        List<Problem> unreadable = readBack(converted.text(), Workspace.shown(target), Workspace.shown(out));
        if (!unreadable.isEmpty()) {
            for (Problem p : unreadable) err.println(p);
            err.println(unreadable.size() + " problem" + (unreadable.size() == 1 ? "" : "s") + " in the catalog made"
                    + " from " + shown + " (as " + Workspace.shown(target) + " would hold it): nothing was written");
            return Quanze.USAGE;
        }
        AtomicFile.write(target, converted.text());
        int problems = converted.problems();
        spec.commandLine().getOut().println("imported " + converted.items() + " item"
                + (converted.items() == 1 ? "" : "s") + " from " + shown + " into " + Workspace.shown(target)
                + (problems == 0 ? "" : " (" + problems + " problem" + (problems == 1 ? "" : "s")
                + ", rows skipped or cells left out)"));
        return problems == 0 ? Quanze.CLEAN : Quanze.FINDINGS;
    }

    /** The catalog as YAML text (null when nothing is to be written), how many problems and items it came with. */
    record Converted(String text, int problems, int items) {
    }

    /**
     * Reads the list and converts it, printing every problem; the sheets and the catalog's data are no longer
     * held when this returns, only the text (the catalog is read back from it next).
     */
    private Converted convert(String shown, java.io.PrintWriter err) throws InputException, IOException {
        var tables = Sheets.read(file, shown,
                new Sheets.Limits(maxRows, minInflateRatio, maxEntryBytes, maxFileBytes));
        boolean tty = System.console() != null;
        var result = new PowerListImporter(mapping()).convert(tables, shown, n -> {
            if (tty) {
                err.printf("\rimporting: %,d rows", n);
                err.flush();
            }
        });
        if (tty) err.print("\r");
        for (Problem p : result.problems()) err.println(p);
        if (result.items() == 0 || (strict && !result.problems().isEmpty())) {
            return new Converted(null, result.problems().size(), result.items());
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        String text = "# Imported from " + file.getFileName() + " by quanze import.\n" + yaml.writeValueAsString(result.catalog());
        return new Converted(text, result.problems().size(), result.items());
    }

    /** The problems the catalog reader finds in {@code text}, read as the catalog file it would be. */
    private static List<Problem> readBack(String text, String file, String dir) {
        try {
            Node root = new YamlReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), file, null);
            if (root != null) CatalogReader.bind(dir, root);
            return List.of();
        } catch (InputException e) {
            return e.problems();
        }
    }

    private Map<String, String> mapping() throws InputException {
        Map<String, String> m = new HashMap<>();
        if (mapping == null) return m;
        Node root = new YamlReader(new YamlReader.Limits(maxFileBytes, YamlReader.Limits.DEFAULT.maxAliases(),
                YamlReader.Limits.DEFAULT.maxAliasNodes(), YamlReader.Limits.DEFAULT.maxDepth()))
                .read(mapping, Workspace.shown(mapping));
        List<Problem> problems = new ArrayList<>();
        if (root instanceof Node.MapNode map) {
            for (String key : map.fields().keySet()) {
                if (!key.equals("columns")) {
                    problems.add(new Problem(map.keys().get(key), "unknown field '" + key + "' in a mapping file"
                            + quanze.catalog.Trees.suggestion(key, List.of("columns")) + " (expected only: columns)"));
                }
            }
        }
        if (root instanceof Node.MapNode map && map.fields().get("columns") instanceof Node.MapNode cols) {
            var fields = quanze.spreadsheet.PowerListImporter.fields();
            cols.fields().forEach((k, v) -> {
                String field = v instanceof Node.Scalar s ? s.text() : null;
                if (field == null || field.isBlank()) {
                    problems.add(new Problem(v.at(), "the header '" + k + "' must map to a field name, found "
                            + v.describe()));
                } else if (!fields.contains(field) && !field.startsWith("extra:")) {
                    problems.add(new Problem(v.at(), "unknown field '" + field + "' for the header '" + k + "'"
                            + quanze.catalog.Trees.suggestion(field, fields) + " (expected one of: "
                            + String.join(", ", fields) + ", or extra:NAME to keep the column as it is)"));
                } else {
                    m.put(k, field);
                }
            });
            if (!problems.isEmpty()) throw new InputException(problems);
            return m;
        }
        problems.add(new Problem(root == null ? new Location(Workspace.shown(mapping), 1, 1) : root.at(),
                "a mapping file is {columns: {HEADER: field, ...}}"));
        throw new InputException(problems);
    }

}
