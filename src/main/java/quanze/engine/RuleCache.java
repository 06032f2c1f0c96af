package quanze.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;

/**
 * Compiles a folder of DRL into Drools' executable model and keeps the generated classes in a cache keyed by
 * the content of the rule files (and the versions of quanze, Drools and Java), so that a second run with
 * unchanged rules loads classes instead of compiling. An entry whose recorded SHA-256 does not match its
 * classes, or that fails to load, is thrown away and rebuilt.
 */
final class RuleCache {

    private static final String DROOLS = "10.1.0";

    private final Path root;

    RuleCache(Path root) {
        this.root = root;
    }

    /**
     * {@code -Dquanze.cache} or {@code $QUANZE_CACHE}, else {@code $XDG_CACHE_HOME/quanze}, else
     * {@code ~/.cache/quanze}; compiled rule bases are kept below it in {@code rules/}.
     */
    static RuleCache standard() {
        String own = System.getProperty("quanze.cache", System.getenv("QUANZE_CACHE"));
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = own != null && !own.isBlank() ? Paths.get(own)
                : (xdg != null && !xdg.isBlank() ? Paths.get(xdg) : Paths.get(System.getProperty("user.home"), ".cache"))
                .resolve("quanze");
        return new RuleCache(base.resolve("rules"));
    }

    /** The rule base of these DRL files (file name in messages to its bytes), from the cache when it can. */
    KieBase load(Map<String, byte[]> drl) throws InputException {
        String key = key(drl);
        Path entry = root.resolve(key);
        Path jar = entry.resolve("rules.jar");
        Path sum = entry.resolve("rules.jar.sha256");
        if (Files.isRegularFile(jar) && Files.isRegularFile(sum)) {
            try {
                if (sha256(Files.readAllBytes(jar)).equals(Files.readString(sum).strip())) return fromJar(jar);
            } catch (IOException | RuntimeException | ReflectiveOperationException | LinkageError e) {
                // damaged or stale: rebuilt below
            }
        }
        byte[] built = compile(drl, key);
        try {
            store(entry, built);
            return fromJar(jar);
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            // the cache cannot be written or read back: use the classes from memory this time
            try {
                Path tmp = Files.createTempFile("quanze-rules", ".jar");
                Files.write(tmp, built);
                tmp.toFile().deleteOnExit();
                return fromJar(tmp);
            } catch (IOException | ReflectiveOperationException ex) {
                throw new IllegalStateException("cannot load compiled rules", ex);
            }
        }
    }

    static String key(Map<String, byte[]> drl) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("quanze " + build() + " drools " + DROOLS + " java " + Runtime.version().feature())
                    .getBytes(StandardCharsets.UTF_8));
            for (var e : new TreeMap<>(drl).entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Which build of quanze this is (its jar's size and time, or its classes folder's): cached rule classes
     * are compiled against the model classes, so a rebuilt quanze must not reuse them.
     */
    static String build() {
        try {
            var source = RuleCache.class.getProtectionDomain().getCodeSource();
            if (source == null) return "unknown";
            java.io.File f = new java.io.File(source.getLocation().toURI());
            java.io.File marker = f.isDirectory() ? new java.io.File(f, "quanze/model/Item.class") : f;
            return marker.length() + "-" + marker.lastModified();
        } catch (java.net.URISyntaxException | SecurityException e) {
            return "unknown";
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles to the executable model; returns a jar of the generated classes and their index. */
    private static byte[] compile(Map<String, byte[]> drl, String key) throws InputException {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("quanze.custom", "rules-" + key.substring(0, 12), "1");
        kfs.generateAndWritePomXML(id);
        Map<String, String> shownByPath = new TreeMap<>();
        for (var e : drl.entrySet()) {
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            // the folder only names the file for the builder (its errors are mapped back through shownByPath), so a file
            // the parser rejects, or one without a package, goes in quanze/custom
            var parsed = RuleBase.parse(text);
            String folder = parsed != null && parsed.getName() != null && !parsed.getName().isEmpty()
                    ? parsed.getName().replace('.', '/') : "quanze/custom";
            String name = Paths.get(e.getKey()).getFileName().toString();
            String path = "src/main/resources/" + folder + "/" + name;
            shownByPath.put(path, e.getKey());
            kfs.write(path, e.getValue());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Problem> problems = new ArrayList<>();
        List<String> generated = new ArrayList<>();
        for (Message msg : builder.getResults().getMessages(Message.Level.ERROR)) {
            String text = msg.getText() == null ? "" : msg.getText().strip().lines().findFirst().orElse("");
            if (msg.getPath() != null && msg.getPath().endsWith(".java")) {
                // an error in the Java that the executable-model compiler generated from the DRL
                if (!text.startsWith("Java source of ")) generated.add(text);
                continue;
            }
            String file = msg.getPath() == null ? null : shownByPath.get(msg.getPath());
            if (file == null && msg.getPath() != null) {
                file = shownByPath.entrySet().stream().filter(x -> msg.getPath().endsWith(
                        x.getKey().substring(x.getKey().lastIndexOf('/') + 1))).map(Map.Entry::getValue)
                        .findFirst().orElse(msg.getPath());
            }
            problems.add(new Problem(new Location(file == null ? "(rules)" : file, Math.max(1, msg.getLine()),
                    Math.max(1, msg.getColumn())), "rule does not compile: "
                    + msg.getText().strip().lines().findFirst().orElse("")));
        }
        if (!problems.isEmpty() || !generated.isEmpty()) {
            List<Problem> located = classicErrors(drl);
            if (!located.isEmpty()) throw new InputException(located);
            if (!generated.isEmpty()) {
                String first = drl.keySet().iterator().next();
                String dir = first.contains("/") ? first.substring(0, first.lastIndexOf('/')) : first;
                problems.add(new Problem(new Location(dir, 0, 0), "the rules compile as DRL, but not the Java that"
                        + " Drools' executable model generates from them: " + String.join("; ",
                        generated.subList(0, Math.min(3, generated.size()))) + " (a consequence that calls a method"
                        + " that does not exist, or a rule name the generator cannot quote?)"));
            }
            throw new InputException(problems);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out)) {
            for (String name : new TreeMap<String, Boolean>(toMap(module.getFileNames())).keySet()) {
                if (!name.endsWith(".class") && !name.endsWith("drools-model")) continue;
                jar.putNextEntry(new JarEntry(name));
                jar.write(module.getBytes(name));
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /**
     * The executable-model compiler often reports no line; the classic DRL compiler does. On failure the
     * files are compiled once more that way only to say where the errors are.
     */
    private static List<Problem> classicErrors(Map<String, byte[]> drl) {
        var builder = org.kie.internal.builder.KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (var e : drl.entrySet()) {
            builder.add(org.kie.internal.io.ResourceFactory.newByteArrayResource(e.getValue()).setSourcePath(e.getKey()),
                    org.kie.api.io.ResourceType.DRL);
        }
        List<Problem> out = new ArrayList<>();
        for (var err : builder.getErrors()) {
            String file = err.getResource() != null && err.getResource().getSourcePath() != null
                    ? err.getResource().getSourcePath() : "(rules)";
            String message = err.getMessage().strip().lines().findFirst().orElse("");
            int line = err.getLines() != null && err.getLines().length > 0 ? err.getLines()[0] : -1;
            if (line <= 1) line = lineOf(drl.get(file), message); // unknown (or 1 by default)
            out.add(new Problem(new Location(file, line, 1), "rule does not compile: " + message));
        }
        // the parser's summary of its own errors says nothing more than they do
        if (out.size() > 1) out.removeIf(p -> p.message().endsWith("Parser returned a null Package"));
        return out;
    }

    /**
     * The line of an error the compiler gives without one: the first line (comments aside) holding the name or
     * expression the message quotes ('quanze.model.NoSuchFact', "Unable to Analyse Expression scope > 5:").
     */
    static int lineOf(byte[] source, String message) {
        if (source == null) return 1;
        java.util.List<String> quoted = new ArrayList<>();
        Matcher q = Pattern.compile("'([^']{2,})'|Expression (.+?):?$").matcher(message);
        while (q.find()) quoted.add((q.group(1) != null ? q.group(1) : q.group(2)).strip());
        String[] lines = withoutComments(new String(source, StandardCharsets.UTF_8)).split("\n", -1);
        for (String token : quoted) {
            String simple = token.contains(".") && !token.contains(" ") ? token.substring(token.lastIndexOf('.') + 1) : token;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(token) || (!simple.equals(token) && lines[i].contains(simple))) return i + 1;
            }
        }
        return 1;
    }

    /** Comments blanked out, every newline kept (so that line numbers stay right). */
    private static String withoutComments(String text) {
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

    private static Map<String, Boolean> toMap(java.util.Collection<String> names) {
        Map<String, Boolean> m = new TreeMap<>();
        for (String n : names) m.put(n, Boolean.TRUE);
        return m;
    }

    /** Writes the entry so that a reader sees all of it or none: jar first, then its checksum. */
    private static void store(Path entry, byte[] jar) throws IOException {
        Files.createDirectories(entry);
        try {
            Files.setPosixFilePermissions(entry.getParent(), PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: the user's own cache folder is private enough
        }
        write(entry.resolve("rules.jar"), jar);
        write(entry.resolve("rules.jar.sha256"), (sha256(jar) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        quanze.io.AtomicFile.writeBytes(target, o -> o.write(bytes));
    }

    private static KieBase fromJar(Path jar) throws IOException, ReflectiveOperationException {
        List<String> models = new ArrayList<>();
        try (JarFile jf = new JarFile(jar.toFile())) {
            var entries = jf.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (!e.getName().endsWith("drools-model")) continue;
                String index = new String(jf.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.contains(":")).forEach(models::add);
            }
        }
        if (models.isEmpty()) throw new IllegalStateException("no rule model in " + jar);
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, RuleCache.class.getClassLoader());
        List<Model> instances = new ArrayList<>();
        for (String name : models) {
            instances.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
        }
        return KieBaseBuilder.createKieBaseFromModel(instances);
    }
}
