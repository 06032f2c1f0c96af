package quanze.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine;

import quanze.catalog.CatalogWriter;
import quanze.catalog.YamlReader;
import quanze.io.AtomicFile;
import quanze.model.Catalog;
import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;
import quanze.spreadsheet.Mapping;
import quanze.spreadsheet.Notice;
import quanze.spreadsheet.PowerListImporter;
import quanze.spreadsheet.Sheets;
import quanze.vocabulary.Vocabulary;

/** {@code quanze import FILE_OR_DIR... --out DIR}: published power lists (xls, xlsx or csv) into one catalog folder. */
@CommandLine.Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import power lists (one row per power; .xls, .xlsx or .csv, in simplified or traditional"
                + " Chinese) into one catalog folder. Every problem is named by its cell; the rows that can be read are"
                + " imported unless --strict.")
final class ImportCommand implements Callable<Integer> {

    /** The names of the files a folder given to import contributes. */
    private static final List<String> LISTS = List.of(".xls", ".xlsx", ".xlsm", ".csv");

    @CommandLine.Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR",
            description = "The lists: .xls, .xlsx or .csv files (the format is told by the file's bytes), or folders"
                    + " holding them (not their subfolders).")
    List<Path> files;

    @CommandLine.Option(names = "--out", required = true, paramLabel = "DIR", description = "The catalog folder to write.")
    Path out;

    @CommandLine.Option(names = "--mapping", paramLabel = "MAPPING.yaml",
            description = "Words of these lists quanze does not know: {columns: {许可依据: basis}, levels: {…}, types:"
                    + " {…}, sources: {…}}.")
    Path mapping;

    @CommandLine.Option(names = "--level", paramLabel = "LEVEL",
            description = "The level of a list with no level column (national, province, prefecture, county,"
                    + " township, community, or a word such as 县级); by default the place its title or region names.")
    String level;

    @CommandLine.Option(names = "--strict", description = "Import nothing when any cell has a problem or a warning (exit 2).")
    boolean strict;

    @CommandLine.Option(names = "--force", description = "Write into DIR even if it holds files.")
    boolean force;

    @CommandLine.Option(names = "--max-rows", converter = LimitConverters.Positive.class, paramLabel = "N", defaultValue = "1000000",
            description = "Refuse a sheet of more than N rows (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @CommandLine.Option(names = "--min-inflate-ratio", paramLabel = "R", defaultValue = "0.01",
            description = "Refuse a zip entry that inflates more than 1/R times (default: ${DEFAULT-VALUE}: 100 times).")
    double minInflateRatio;

    @CommandLine.Option(names = "--max-entry-bytes", converter = LimitConverters.Bytes.class, paramLabel = "N", defaultValue = "104857600",
            description = "Refuse a zip entry larger than N bytes once inflated (default: ${DEFAULT-VALUE}).")
    long maxEntryBytes;

    @CommandLine.Option(names = "--max-file-bytes", converter = LimitConverters.Bytes.class, paramLabel = "N", defaultValue = "1073741824",
            description = "Refuse a spreadsheet (or mapping file) larger than N bytes (default: ${DEFAULT-VALUE}).")
    long maxFileBytes;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException, IOException {
        List<Path> lists = lists();
        Workspace.requireEmptyUnlessForced(out, force);
        Vocabulary vocabulary = vocabulary();
        String levelId = level();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        boolean tty = System.console() != null;
        List<PowerListImporter.Input> inputs = new ArrayList<>();
        List<Notice> unreadable = new ArrayList<>();
        Sheets.Limits limits = new Sheets.Limits(maxRows, minInflateRatio, maxEntryBytes, maxFileBytes);
        for (int k = 0; k < lists.size(); k++) {
            String shown = Workspace.shown(lists.get(k));
            if (tty) progress(err, "[" + (k + 1) + "/" + lists.size() + "] reading " + shown);
            try {
                inputs.add(new PowerListImporter.Input(shown, Sheets.read(lists.get(k), shown, limits)));
            } catch (InputException e) {
                e.problems().forEach(p -> unreadable.add(new Notice(p, false)));
            }
        }
        Timing.mark(err, "read");
        PowerListImporter.Result result = inputs.isEmpty() ? null
                : new PowerListImporter(vocabulary, levelId).convert(inputs, n -> {
                    if (tty) progress(err, "importing: " + String.format(Locale.ROOT, "%,d", n) + " items");
                });
        if (tty) err.print("\r\033[K");
        Timing.mark(err, "converted");
        List<Notice> notices = new ArrayList<>(unreadable);
        if (result != null) notices.addAll(result.notices());
        for (Notice n : notices) err.println(n);
        if (result != null) for (PowerListImporter.FileReport f : result.files()) stdout.println(line(f));
        stdout.flush();
        int items = result == null ? 0 : result.items();
        long warnings = notices.stream().filter(Notice::warning).count();
        long problems = notices.size() - warnings;
        if (items == 0 || strict && !notices.isEmpty()) {
            err.println(count(problems, "problem") + (warnings == 0 ? "" : " and " + count(warnings, "warning"))
                    + (strict && items > 0 ? " (--strict): nothing was imported" : "; no item could be imported"));
            return Quanze.USAGE;
        }
        Path target = out.resolve("catalog.yaml");
        Catalog catalog = result.draft().resolve(Workspace.shown(out));
        String header = "# Imported by quanze import from " + String.join(", ", lists.stream()
                .map(p -> p.getFileName().toString()).toList()) + ".\n# Each item's `imported` says where it came"
                + " from; its `extra` keeps the columns quanze does not read, as written.\n";
        Timing.mark(err, "resolved");
        try {
            AtomicFile.write(target, (AtomicFile.Content) w -> CatalogWriter.write(catalog, header, w));
        } catch (IOException e) {
            throw Workspace.cannotWrite(Workspace.shown(target), e);
        }
        Timing.mark(err, "written");
        long skipped = result.files().stream().mapToInt(PowerListImporter.FileReport::skipped).sum();
        String from = lists.size() == 1 ? Workspace.shown(lists.get(0)) : lists.size() + " files";
        List<String> said = new ArrayList<>();
        if (skipped > 0) said.add(count(skipped, "row") + " skipped");
        if (problems - skipped > 0) said.add(count(problems - skipped, "cell") + " left out");
        if (warnings > 0) said.add(count(warnings, "warning"));
        stdout.println("imported " + count(items, "item") + " from " + from + " into " + Workspace.shown(target)
                + (said.isEmpty() ? "" : " (" + String.join(", ", said) + ")"));
        return notices.isEmpty() ? Quanze.CLEAN : Quanze.FINDINGS;
    }

    /** {@code klmy-2024-yingji.csv: 149 rows read, 149 items imported, 0 rows skipped, 13 warnings}. */
    private static String line(PowerListImporter.FileReport f) {
        return f.shown() + ": " + count(f.rows(), "row") + " read, " + count(f.items(), "item") + " imported, "
                + count(f.skipped(), "row") + " skipped" + (f.notes() == 0 ? "" : ", " + count(f.notes(), "note")
                + " not an item") + ", " + count(f.warnings(), "warning");
    }

    private static String count(long n, String what) {
        return String.format(Locale.ROOT, "%,d", n) + " " + what + (n == 1 ? "" : "s");
    }

    private static void progress(PrintWriter err, String text) {
        err.print("\r\033[K" + text);
        err.flush();
    }

    /** The files to import: each file given, and the lists in each folder given (not in its subfolders). */
    private List<Path> lists() throws InputException {
        List<Path> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : files) {
            String shown = Workspace.shown(f);
            if (Files.isDirectory(f)) {
                try (Stream<Path> s = Files.list(f)) {
                    List<Path> found = s.filter(p -> Files.isRegularFile(p) && LISTS.stream().anyMatch(
                            e -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e))).sorted().toList();
                    if (found.isEmpty()) {
                        problems.add(new Problem(new Location(shown, 0, 0), "no .xls, .xlsx or .csv file in the folder"));
                    }
                    out.addAll(found);
                } catch (IOException e) {
                    problems.add(new Problem(new Location(shown, 0, 0), "cannot list folder: " + e.getMessage()));
                }
            } else {
                try {
                    quanze.io.InputFiles.requireRegular(f, shown);
                    out.add(f);
                } catch (InputException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        return out;
    }

    private Vocabulary vocabulary() throws InputException {
        if (mapping == null) return Vocabulary.bundled();
        YamlReader yaml = new YamlReader(new YamlReader.Limits(maxFileBytes, YamlReader.Limits.DEFAULT.maxAliases(),
                YamlReader.Limits.DEFAULT.maxAliasNodes(), YamlReader.Limits.DEFAULT.maxDepth()));
        return Mapping.read(mapping, Workspace.shown(mapping), yaml, Vocabulary.bundled());
    }

    /** The --level given, as a level id. */
    private String level() {
        if (level == null) return null;
        String id = Vocabulary.bundled().levelId(level);
        if (id == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--level '" + level + "' names no level"
                    + " (expected one of: " + String.join(", ", Vocabulary.bundled().levels().stream()
                    .map(Vocabulary.LevelWords::id).toList()) + ", or a word such as 县级)");
        }
        return id;
    }
}
