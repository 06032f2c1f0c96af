package quanze.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import picocli.CommandLine;

import quanze.catalog.CatalogReader;
import quanze.catalog.YamlReader;
import quanze.model.InputException;
import quanze.engine.RuleBase;
import quanze.model.Catalog;

/** Options every command that reads YAML shares (its limits, --verbose), and where the bundled Huangshi catalog is. */
final class Workspace {

    @CommandLine.Option(names = "--verbose", description = "On an internal error, print the stack trace.")
    boolean verbose;

    @CommandLine.Option(names = "--max-yaml-depth", converter = LimitConverters.Positive.class, paramLabel = "N", defaultValue = "64",
            description = "Refuse YAML nested deeper than N levels (default: ${DEFAULT-VALUE}).")
    int maxYamlDepth;

    @CommandLine.Option(names = "--max-yaml-aliases", converter = LimitConverters.NonNegative.class, paramLabel = "N", defaultValue = "10000",
            description = "Refuse YAML with more than N aliases (default: ${DEFAULT-VALUE}; the values they stand for"
                    + " together are capped at 100 times N).")
    int maxYamlAliases;

    @CommandLine.Option(names = "--max-file-bytes", converter = LimitConverters.Bytes.class, paramLabel = "N", defaultValue = "1073741824",
            description = "Refuse a catalog file larger than N bytes: 200, 64k, 10M, 1G (default: ${DEFAULT-VALUE}, 1 GiB).")
    long maxFileBytes;

    /** Where quanze lives: the launcher's folder ({@code -Dquanze.home}), or else the working folder. */
    static Path home() {
        String home = System.getProperty("quanze.home");
        return home != null ? Paths.get(home) : Paths.get("");
    }

    /**
     * Refuses, before any work, a file to write that cannot be written: a folder, or a file whose folder does not
     * exist (it is not created: a misspelt path should not grow folders). Null (standard output) passes.
     */
    static void requireWritable(Path file, String what) throws InputException {
        if (file == null) return;
        Path parent = file.toAbsolutePath().getParent();
        String problem = java.nio.file.Files.isDirectory(file) ? "is a folder: give a file name for the " + what
                : parent != null && !java.nio.file.Files.isDirectory(parent)
                ? "its folder " + shown(parent) + " does not exist (create it first)" : null;
        if (problem != null) {
            throw new quanze.model.OutputException(new quanze.model.Problem(new quanze.model.Location(shown(file), 0, 0),
                    problem));
        }
    }

    /** The problem of a file that could not be written, named as {@code where}. */
    static quanze.model.OutputException cannotWrite(String where, java.io.IOException e) {
        return new quanze.model.OutputException(new quanze.model.Problem(new quanze.model.Location(where, 0, 0),
                "cannot write: " + e.getMessage()));
    }

    /** Refuses to write into {@code dir} when it holds files, unless {@code force}. */
    static void requireEmptyUnlessForced(Path dir, boolean force) throws InputException {
        if (force || !java.nio.file.Files.isDirectory(dir)) return;
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(dir)) {
            if (s.findAny().isPresent()) {
                throw new InputException(new quanze.model.Problem(new quanze.model.Location(shown(dir), 0, 0),
                        "folder is not empty (use --force to write into it)"));
            }
        } catch (java.io.IOException e) {
            throw new InputException(new quanze.model.Problem(new quanze.model.Location(shown(dir), 0, 0),
                    "cannot list folder: " + e.getMessage()));
        }
    }

    /** The bundled Huangshi catalog. */
    static Path defaultCatalog() {
        return home().resolve("catalog").resolve("huangshi");
    }

    /** How a path appears in messages: relative to the working folder when it lies below it. */
    static String shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Paths.get("").toAbsolutePath();
        String s = abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : p.normalize().toString();
        return s.replace('\\', '/');
    }

    /**
     * How a path of quanze's own (its rules, its scenarios) appears in what quanze writes: relative to quanze's
     * home when it lies below it, wherever the command was run from.
     */
    static String fromHome(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path home = home().toAbsolutePath().normalize();
        return abs.startsWith(home) && !abs.equals(home) ? home.relativize(abs).toString().replace('\\', '/') : shown(p);
    }

    Catalog catalog(Path dir) throws InputException {
        Path d = dir != null ? dir : defaultCatalog();
        try {
            return new CatalogReader(yaml()).read(d, shown(d));
        } catch (InputException e) {
            // only a path that is no catalog is looked at again, to name the command that was meant
            String hint = notACatalog(d);
            if (hint == null) throw e;
            throw new InputException(new quanze.model.Problem(new quanze.model.Location(shown(d), 0, 0), hint));
        }
    }

    /**
     * What to run instead when {@code d} is plainly not a catalog folder: a power list to import, a variant to
     * diff, a folder of variants; null when it may be a catalog (the reader then says what is wrong with it).
     */
    static String notACatalog(Path d) {
        String name = d.getFileName() == null ? "" : d.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String shown = shown(d);
        if (java.nio.file.Files.isRegularFile(d)) {
            if (name.endsWith(".csv") || name.endsWith(".xls") || name.endsWith(".xlsx")) {
                return "a power list, not a catalog folder: import it first (quanze import " + shown
                        + " --out DIR), then check DIR";
            }
            if ((name.endsWith(".yaml") || name.endsWith(".yml")) && isVariant(d)) {
                return "a variant (what-if file), not a catalog folder: compare it with the catalog (quanze diff " + shown + ")";
            }
            return null;
        }
        if (!java.nio.file.Files.isDirectory(d)) return null;
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(d)) {
            List<Path> yaml = s.filter(p -> p.getFileName().toString().matches("(?i).*\\.ya?ml") && java.nio.file.Files.isRegularFile(p)).toList();
            if (!yaml.isEmpty() && yaml.stream().allMatch(Workspace::isVariant)) {
                return "a folder of variants (what-if files), not a catalog: compare them with the catalog (quanze diff "
                        + shown + "/*.yaml)";
            }
        } catch (java.io.IOException e) {
            return null; // the reader names the problem
        }
        return null;
    }

    /** A YAML file with a top-level {@code variant:} block (its first 64 kB looked at). */
    private static boolean isVariant(Path file) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            String head = new String(in.readNBytes(1 << 16), java.nio.charset.StandardCharsets.UTF_8);
            return java.util.regex.Pattern.compile("(?m)^variant:").matcher(head).find();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** A YAML reader with the limits of the command line, for every YAML file the command reads. */
    YamlReader yaml() {
        return new YamlReader(new YamlReader.Limits(maxFileBytes, maxYamlAliases, 100L * maxYamlAliases, maxYamlDepth));
    }

    private static final java.io.PrintWriter TIMING_ERR = new java.io.PrintWriter(System.err, true);

    /** A catalog and the rule base to check it with. */
    record Loaded(Catalog catalog, RuleBase rules) {
    }

    /**
     * Reads the catalog while the rule base is built on another thread: the two are independent and each
     * takes a good part of a cold start.
     */
    Loaded load(Path dir, Rules rules) throws InputException {
        CompletableFuture<RuleBase> rb = CompletableFuture.supplyAsync(() -> {
            try {
                return rules.ruleBase(this);
            } catch (InputException e) {
                throw new CompletionException(e);
            }
        });
        Catalog catalog;
        try {
            catalog = catalog(dir);
            Timing.mark(TIMING_ERR, "catalog-read");
        } catch (InputException e) {
            rb.cancel(false);
            throw e;
        }
        try {
            return new Loaded(catalog, rb.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof InputException ie) throw ie;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw e;
        }
    }
}
