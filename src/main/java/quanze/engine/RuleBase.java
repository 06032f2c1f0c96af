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

import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
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
     * Where each rule is declared, as Drools' own DRL parser reads the files: {@code file:line:1} of its
     * {@code rule "name"} line, by {@link #key} (package and name: two packages may each have a rule of one name) and by
     * bare name, and each global by {@code "global " + name}. A file the parser cannot read leaves its rules unplaced
     * (the rule base reports why it does not compile); queries are not placed.
     */
    static Map<String, Location> places(Map<String, byte[]> drl) {
        Map<String, Location> out = new java.util.HashMap<>();
        drl.forEach((file, bytes) -> {
            PackageDescr parsed = parse(new String(bytes, StandardCharsets.UTF_8));
            if (parsed == null) return;
            String pkg = parsed.getName() == null ? "" : parsed.getName();
            for (RuleDescr r : parsed.getRules()) {
                if (r instanceof QueryDescr) continue;
                out.putIfAbsent(pkg + "\u0000" + r.getName(), new Location(file, r.getLine(), 1));
                out.putIfAbsent(r.getName(), new Location(file, r.getLine(), 1));
            }
            for (GlobalDescr g : parsed.getGlobals()) {
                out.putIfAbsent("global " + g.getIdentifier(), new Location(file, g.getLine(), 1));
            }
        });
        return Map.copyOf(out);
    }

    /** A DRL text as Drools' own parser reads it (package, rules, globals), or null when it does not parse. */
    public static PackageDescr parse(String drl) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr pkg = parser.parse(false, drl);
            return pkg == null || parser.hasErrors() ? null : pkg;
        } catch (DroolsParserException | RuntimeException e) {
            return null;
        }
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
