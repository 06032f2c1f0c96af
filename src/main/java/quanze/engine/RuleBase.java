package quanze.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import quanze.model.InputException;
import quanze.model.Problem;
import quanze.model.Location;

/**
 * A compiled rule base: the bundled rules, precompiled at build time into Drools' executable model and loaded
 * directly, or the DRL of a folder compiled at run time ({@code --rules DIR}).
 */
public final class RuleBase {

    /** Lists the executable-model classes that kie-maven-plugin generated from {@code rules/} (after a version line). */
    static final String MODEL_INDEX = "META-INF/kie/quanze/quanze/drools-model";

    private static final java.util.regex.Pattern RULE =
            java.util.regex.Pattern.compile("^[ \\t]*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))", java.util.regex.Pattern.MULTILINE);

    private static final java.util.regex.Pattern PACKAGE =
            java.util.regex.Pattern.compile("^[ \\t]*package\\s+([\\w.]+)", java.util.regex.Pattern.MULTILINE);
    private static final java.util.regex.Pattern GLOBAL =
            java.util.regex.Pattern.compile("^[ \\t]*global\\s+\\S+\\s+(\\w+)", java.util.regex.Pattern.MULTILINE);

    private final KieBase kieBase;
    private final boolean precompiled;
    private final Map<String, Location> places;
    private final Location origin;

    private RuleBase(KieBase kieBase, boolean precompiled) {
        this(kieBase, precompiled, Map.of());
    }

    private RuleBase(KieBase kieBase, boolean precompiled, Map<String, Location> places) {
        this.kieBase = kieBase;
        this.precompiled = precompiled;
        this.places = places;
        this.origin = places.values().stream().findFirst()
                .map(l -> new Location(l.file().contains("/") ? l.file().substring(0, l.file().lastIndexOf('/')) : l.file(), 0, 0))
                .orElse(null);
    }

    /** The rules shipped in the jar, from the executable model built by {@code mvn package}. */
    public static RuleBase bundled() {
        List<String> classes = modelClasses();
        if (classes.isEmpty()) {
            throw new IllegalStateException("the jar holds no precompiled rules (" + MODEL_INDEX
                    + " names no model class): rebuild with 'mvn package'");
        }
        List<Model> models = new ArrayList<>();
        for (String name : classes) {
            try {
                models.add((Model) Class.forName(name).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load precompiled rule model " + name, e);
            }
        }
        return new RuleBase(KieBaseBuilder.createKieBaseFromModel(models), true);
    }

    static List<String> modelClasses() {
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(MODEL_INDEX)) {
            if (in == null) return List.of();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(s -> !s.isEmpty() && !s.contains(":")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Compiles every {@code *.drl} directly in {@code dir} into the executable model, or loads it from the rule
     * cache when the files are unchanged; {@code shown} is how the path appears in messages.
     */
    public static RuleBase compile(Path dir, String shown) throws InputException {
        return compile(dir, shown, DEFAULT_MAX_FILE_BYTES);
    }

    /** The largest DRL file read unless {@code --max-file-bytes} says otherwise. */
    public static final long DEFAULT_MAX_FILE_BYTES = 1L << 30;

    /** Refuses a rules folder that does not exist (or is not a folder). */
    public static void requireFolder(Path dir, String shown) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new InputException(new Problem(new Location(shown, 0, 0), "no such rules folder"));
        }
    }

    /** Like {@link #compile(Path, String)}, refusing a DRL file larger than {@code maxBytes}. */
    public static RuleBase compile(Path dir, String shown, long maxBytes) throws InputException {
        requireFolder(dir, shown);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(new Problem(new Location(shown, 0, 0), "cannot list folder: " + e.getMessage()));
        }
        if (files.isEmpty()) {
            throw new InputException(new Problem(new Location(shown, 0, 0), "no *.drl files in the rules folder"));
        }
        return compile(sources(files, shown, maxBytes));
    }

    /** The DRL files of {@code dir} by the name messages give them ({@code shown/file.drl}). */
    public static Map<String, byte[]> sources(Path dir, String shown) throws InputException {
        try (Stream<Path> s = Files.list(dir)) {
            return sources(s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList(), shown,
                    DEFAULT_MAX_FILE_BYTES);
        } catch (IOException e) {
            throw new InputException(new Problem(new Location(shown, 0, 0), "cannot list folder: " + e.getMessage()));
        }
    }

    private static Map<String, byte[]> sources(List<Path> files, String shown, long maxBytes) throws InputException {
        Map<String, byte[]> drl = new LinkedHashMap<>();
        for (Path f : files) {
            String name = shown + "/" + f.getFileName();
            drl.put(name, utf8(quanze.io.InputFiles.read(f, name, maxBytes, "--max-file-bytes"), name));
        }
        return drl;
    }

    /** The DRL text without a byte-order mark (Drools' parser trips on one), refused unless it is UTF-8. */
    static byte[] utf8(byte[] bytes, String name) throws InputException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                ? 3 : 0;
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(new Problem(new Location(name, 1, 1), quanze.io.InputFiles.notUtf8(name, "UTF-8")));
        }
        return start == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, start, bytes.length);
    }

    /** Compiles these DRL files (name in messages to content) together, through the rule cache. */
    public static RuleBase compile(Map<String, byte[]> drl) throws InputException {
        RuleBase rb = new RuleBase(RuleCache.standard().load(drl), false, places(drl));
        if (rb.rules().isEmpty()) {
            String first = drl.keySet().stream().findFirst().orElse("rules/");
            String dir = first.contains("/") ? first.substring(0, first.lastIndexOf('/')) : first;
            throw new InputException(new Problem(new Location(dir, 0, 0), "no rules in the rules folder ("
                    + drl.size() + " .drl file" + (drl.size() == 1 ? "" : "s") + ", none with a rule): nothing would be"
                    + " checked"));
        }
        return rb;
    }

    /**
     * Where each rule is declared: {@code file:line:1} of its {@code rule "name"} line, by {@link #key} (package and
     * name: two packages may each have a rule of one name) and by bare name; comments are not read as rules.
     */
    private static Map<String, Location> places(Map<String, byte[]> drl) {
        Map<String, Location> out = new java.util.HashMap<>();
        drl.forEach((file, bytes) -> {
            String text = withoutComments(new String(bytes, StandardCharsets.UTF_8));
            java.util.regex.Matcher pm = PACKAGE.matcher(text);
            String pkg = pm.find() ? pm.group(1) : "";
            java.util.regex.Matcher m = RULE.matcher(text);
            int line = 1;
            int from = 0;
            while (m.find()) {
                for (int i = from; i < m.start(); i++) if (text.charAt(i) == '\n') line++;
                from = m.start();
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                out.putIfAbsent(pkg + "\u0000" + name, new Location(file, line, 1));
                out.putIfAbsent(name, new Location(file, line, 1));
            }
            java.util.regex.Matcher g = GLOBAL.matcher(text);
            while (g.find()) {
                int at = 1 + (int) text.substring(0, g.start()).chars().filter(c -> c == '\n').count();
                out.putIfAbsent("global " + g.group(1), new Location(file, at, 1));
            }
        });
        return Map.copyOf(out);
    }

    /** Comments blanked out, every newline kept (so that line numbers stay right). */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        boolean string = false;
        while (i < out.length()) {
            char c = out.charAt(i);
            if (string) {
                if (c == '\\') i++;
                else if (c == '"') string = false;
                i++;
            } else if (c == '"') {
                string = true;
                i++;
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '/') {
                while (i < out.length() && out.charAt(i) != '\n') out.setCharAt(i++, ' ');
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '*') {
                while (i < out.length() && !(out.charAt(i) == '*' && i + 1 < out.length() && out.charAt(i + 1) == '/')) {
                    if (out.charAt(i) != '\n') out.setCharAt(i, ' ');
                    i++;
                }
                if (i < out.length()) {
                    out.setCharAt(i++, ' ');
                    if (i < out.length()) out.setCharAt(i++, ' ');
                }
            } else {
                i++;
            }
        }
        return out.toString();
    }

    /** How the engine keys a rule: its package and its name (see {@link #nameOf}). */
    public static String key(Rule rule) {
        return rule.getPackageName() + "\u0000" + rule.getName();
    }

    /** The rule's name from a {@link #key}. */
    public static String nameOf(String key) {
        int i = key.indexOf('\u0000');
        return i < 0 ? key : key.substring(i + 1);
    }

    /** The rules folder this rule base was compiled from, or null (the bundled rules). */
    public Location origin() {
        return origin;
    }

    /** Where a global of this name is declared ({@code global TYPE name;}), or null. */
    public Location placeOfGlobal(String name) {
        return places.get("global " + name);
    }

    /** Where the rule of this {@link #key} (or bare name) is written, or null (the bundled rules, or not found). */
    public Location place(String rule) {
        Location at = places.get(rule);
        return at != null ? at : places.get(nameOf(rule));
    }

    /** A rule base already compiled elsewhere (tests, benchmarks). */
    static RuleBase of(KieBase kieBase) {
        return new RuleBase(kieBase, false);
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public boolean precompiled() {
        return precompiled;
    }

    /** Every rule with its metadata, sorted by name. */
    public List<RuleMeta> rules() {
        List<RuleMeta> out = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) out.add(RuleMeta.of(r));
        }
        out.sort(java.util.Comparator.comparing(RuleMeta::name));
        return out;
    }

    /**
     * True when the rules declare the global {@code findings} they report through; one declared with another type is
     * an error at its declaration.
     */
    boolean declaresFindings() {
        for (var p : kieBase().getKiePackages()) {
            for (var g : p.getGlobalVariables()) {
                if (!g.getName().equals("findings")) continue;
                if (!g.getType().equals(Findings.class.getName())) {
                    quanze.model.Location at = placeOfGlobal("findings");
                    throw new RuleException((at != null ? at + ": " : "quanze: ") + "the global 'findings' is declared"
                            + " as " + g.getType() + "; the rules report through it, so declare it as 'global "
                            + Findings.class.getName() + " findings;' (or leave it out)");
                }
                return true;
            }
        }
        return false;
    }
}
