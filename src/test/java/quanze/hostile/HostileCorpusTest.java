package quanze.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import quanze.cli.RunAccess;

/**
 * Runs every case of the hostile-input corpus ({@code src/test/resources/hostile/}, one {@code manifest.yaml}
 * per format folder; see the README there) through the command line, and holds each to what a user is owed:
 * the exit code and the start of the message the manifest gives, no internal error, no stack trace, every
 * error line naming its place ({@code file:line:col} or {@code file!Sheet!Cell}), done within the time limit,
 * and the input files byte for byte as they were.
 */
class HostileCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/hostile");
    static final Path WORK = Path.of("target/hostile");
    private static final Pattern STACK = Pattern.compile("(?m)^\\s+at [\\w.$/]+\\(|\\b(?:java|javax|jdk|sun|org|com)"
            + "\\.[\\w.$]+(?:Exception|Error)\\b");
    /** A line that names its place: a path of the case's folders, then a line and column, a sheet or nothing. */
    private static final Pattern LOCATED = Pattern.compile("^(?:in|base|rules|out)(?:/[^:!]*)?"
            + "(?::\\d+:\\d+|![^:]+)?: \\S.*");
    private static final Pattern TAIL = Pattern.compile("^\\d+ problems? (?:in the input|writing the output); (?:nothing was \\w+|no scenario was run)\\.$"
            + "|^\\d+ (?:rows?|cells?|problems?) .*|^\\d+ problems?(?: and \\d+ warnings?)?[;( ].*"
            + "|^Try 'quanze .*--help'\\.$");

    /** One case of a manifest: what it feeds quanze, how, and what the user must see. */
    record Case(String file, String setup, String why, List<String> run, List<String> args, int exit,
            String message, Integer seconds, Boolean located, @JsonProperty("folder") String folder) {

        String id() {
            return folder + "/" + (file != null ? file : "(" + setup + ")");
        }

        @Override
        public String toString() {
            return id();
        }
    }

    record Manifest(List<String> run, List<Case> cases) {
    }

    static Stream<Case> cases() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<Case> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(CORPUS)) {
            for (Path dir : s.filter(Files::isDirectory).sorted().toList()) {
                Path m = dir.resolve("manifest.yaml");
                if (!Files.exists(m)) continue;
                Manifest manifest = yaml.readValue(m.toFile(), Manifest.class);
                String folder = dir.getFileName().toString();
                String only = System.getProperty("hostile.only", "");
                if (!only.isEmpty() && !List.of(only.split(",")).contains(folder)) continue;
                for (Case c : manifest.cases()) {
                    all.add(new Case(c.file(), c.setup(), c.why(), c.run() != null ? c.run() : manifest.run(),
                            c.args() != null ? c.args() : List.of(), c.exit(), c.message(), c.seconds(), c.located(),
                            folder));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileInputEndsInAClearMessage(Case c) throws Exception {
        assertThat(c.why()).as("every case says what it tries").isNotBlank();
        assertThat(c.message()).as("every case gives the start of the message").isNotNull();
        Path work = WORK.resolve(c.id().replaceAll("[^\\w.-]+", "_"));
        delete(work);
        Files.createDirectories(work);
        List<String> args = prepare(c, work);
        Map<String, String> before = hashes(work);

        RunAccess r = assertTimeoutPreemptively(Duration.ofSeconds(c.seconds() != null ? c.seconds() : 60),
                () -> RunAccess.of(args.toArray(String[]::new)), () -> c.id() + " ran past its time limit");

        String prefix = work.toString().replace('\\', '/') + "/";
        String err = r.err().replace(prefix, "");
        String out = r.out().replace(prefix, "");
        String shown = "\ncase " + c.id() + "\n$ quanze " + String.join(" ", args).replace(prefix, "") + "\nexit " + r.exit()
                + "\n--- stderr\n" + err + "--- stdout\n" + out;
        if (Boolean.getBoolean("hostile.show")) System.out.println("### " + c.id() + shown);
        assertThat(r.exit()).as("no internal error" + shown).isNotEqualTo(3);
        assertThat(STACK.matcher(err + out).find()).as("no stack trace or exception class" + shown).isFalse();
        assertThat(r.exit()).as("exit code" + shown).isEqualTo(c.exit());
        List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
        if (c.exit() == 2) {
            assertThat(lines).as("an error says what went wrong" + shown).isNotEmpty();
            if (c.located() == null || c.located()) {
                for (String line : lines) {
                    assertThat(LOCATED.matcher(line).matches() || TAIL.matcher(line).matches())
                            .as("every error line names its place: " + line + shown).isTrue();
                }
            }
        }
        String first = lines.isEmpty() ? out.lines().findFirst().orElse("") : lines.get(0);
        assertThat(first).as("the start of the message" + shown).startsWith(c.message());
        assertThat(hashes(work)).as("the inputs are unchanged and nothing was left beside them" + shown)
                .isEqualTo(withoutOutputs(hashes(work), before));
    }

    @Test
    void theCorpusCoversEveryFormatWithAtLeast200Files() throws IOException {
        List<Case> all = cases().toList();
        long files;
        try (Stream<Path> s = Files.walk(CORPUS)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("manifest.yaml"))
                    .filter(p -> !p.startsWith(CORPUS.resolve("base"))).filter(p -> !p.toString().endsWith(".md"))
                    .filter(p -> !p.startsWith(CORPUS.resolve("requests")))
                    .count();
        }
        assertThat(files).isGreaterThanOrEqualTo(200);
        // every corpus file is a case, and every case's file exists
        try (Stream<Path> s = Files.walk(CORPUS)) {
            List<String> onDisk = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("manifest.yaml"))
                    .filter(p -> !p.startsWith(CORPUS.resolve("base"))).filter(p -> !p.toString().endsWith(".md"))
                    .filter(p -> !p.startsWith(CORPUS.resolve("requests")))
                    .map(p -> CORPUS.relativize(p).toString().replace('\\', '/')).sorted().toList();
            List<String> named = all.stream().filter(c -> c.file() != null).map(c -> c.folder() + "/" + c.file())
                    .distinct().sorted().toList();
            assertThat(named).containsExactlyElementsOf(onDisk);
        }
        assertThat(all.stream().map(Case::folder).distinct()).contains("catalog", "principle", "variant", "waivers",
                "scenario", "xlsx", "xls", "csv", "drl");
    }

    /**
     * Lays out the case's folder under {@code target/hostile/} and returns the command line: {@code {input}} is
     * the case file in {@code in/}, {@code {folder}} the folder {@code in/} holding it alone, {@code {folder+base}}
     * the same folder with the base catalog's files beside it, {@code {base}} a copy of the base catalog (with
     * {@code variants/ok.yaml} and {@code list.csv}), {@code {rules}} a copy of the bundled rules,
     * {@code {folder+rules}} the case file beside a copy of them, {@code {out}} a folder not yet made.
     */
    private static List<String> prepare(Case c, Path work) throws IOException {
        Path in = work.resolve("in");
        Path base = work.resolve("base");
        copyTree(CORPUS.resolve("base"), base);
        String joined = String.join("\u0000", c.run());
        if (joined.contains("{folder+base}")) copyFiles(CORPUS.resolve("base"), in);
        if (joined.contains("{rules}")) copyFiles(Path.of("rules"), work.resolve("rules"));
        if (joined.contains("{folder+rules}")) copyFiles(Path.of("rules"), in);
        Path input = null;
        if (c.file() != null) {
            Path source = CORPUS.resolve(c.folder()).resolve(c.file());
            input = in.resolve(source.getFileName().toString());
            Files.createDirectories(in);
            Files.copy(source, input);
        } else {
            setup(c.setup(), in);
            input = in.resolve("input");
        }
        List<String> args = new ArrayList<>();
        for (String a : c.run()) {
            args.add(a.replace("{input}", input.toString())
                    .replace("{folder+base}", in.toString()).replace("{folder+rules}", in.toString())
                    .replace("{folder}", in.toString()).replace("{base}", base.toString())
                    .replace("{rules}", work.resolve("rules").toString()).replace("{out}", work.resolve("out").toString()));
        }
        args.addAll(c.args());
        return args;
    }

    /** Inputs that are not files: folders that are empty, missing, unreadable, or links that loop. */
    private static void setup(String setup, Path in) throws IOException {
        switch (setup) {
            case "missing-folder" -> {
            }
            case "empty-folder" -> Files.createDirectories(in);
            case "a-file-where-a-folder-belongs" -> {
                Files.createDirectories(in.getParent());
                Files.writeString(in, "catalog: {id: x}\n");
            }
            case "unreadable-folder" -> {
                Files.createDirectories(in);
                Files.writeString(in.resolve("catalog.yaml"), "catalog: {id: x}\n");
                Files.setPosixFilePermissions(in, PosixFilePermissions.fromString("---------"));
                Assumptions.assumeFalse(Files.isReadable(in) && canList(in),
                        "running as root: a folder without permissions is still readable");
            }
            case "a-link-to-itself" -> {
                Files.createDirectories(in);
                Files.createSymbolicLink(in.resolve("loop.yaml"), Path.of("loop.yaml"));
                Files.createSymbolicLink(in.resolve("input"), Path.of("input"));
            }
            case "a-link-to-its-own-folder" -> {
                Files.createDirectories(in);
                copyFiles(CORPUS.resolve("base"), in);
                Files.createSymbolicLink(in.resolve("self.yaml"), Path.of("."));
                Files.createSymbolicLink(in.resolve("input"), Path.of("."));
            }
            case "endless-device" -> {
                Files.createDirectories(in);
                Files.createSymbolicLink(in.resolve("input"), Path.of("/dev/zero"));
            }
            default -> throw new IllegalArgumentException("unknown setup: " + setup);
        }
    }

    private static boolean canList(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count() >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Files the command was asked to write ({@code out/}) are outputs; everything else must be as it was. */
    private static Map<String, String> withoutOutputs(Map<String, String> after, Map<String, String> before) {
        Map<String, String> expected = new TreeMap<>(before);
        after.keySet().stream().filter(k -> k.startsWith("out/")).forEach(k -> expected.put(k, after.get(k)));
        return expected;
    }

    private static Map<String, String> hashes(Path work) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(work)) {
            for (Path p : s.toList()) {
                if (p.equals(work) || Files.isSymbolicLink(p) || !Files.isReadable(p)) continue;
                String key = work.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(key + "/", "folder");
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(key, sha256(p) + " " + Files.getLastModifiedTime(p).toMillis());
                }
            }
        } catch (UncheckedIOException e) {
            // an unreadable folder: what could be read is compared
        }
        return out;
    }

    private static String sha256(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else Files.copy(f, t);
            }
        }
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return;
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> s = Files.list(p)) {
                for (Path c : s.toList()) delete(c);
            }
        }
        Files.delete(p);
    }
}
