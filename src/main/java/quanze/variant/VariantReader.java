package quanze.variant;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import quanze.catalog.Node;
import quanze.catalog.Checks;
import quanze.catalog.Trees;
import quanze.catalog.YamlReader;
import quanze.io.InputFiles;
import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;
import quanze.model.Text;

/**
 * Reads a variant file and the chain it extends; every name it uses is checked, with its place, and so is the
 * type of every block: a block of the wrong type would otherwise be skipped and the variant change nothing.
 */
public final class VariantReader {

    // the names come from the one declaration of the file's shape, which the published schema is made from
    static final List<String> TOP = quanze.schema.FileShapes.VARIANT.names();
    static final List<String> HEAD = quanze.schema.FileShapes.VARIANT_HEAD.names();
    static final List<String> ADD = quanze.schema.FileShapes.ADD.names();
    static final List<String> REMOVE = quanze.schema.FileShapes.REMOVE.names();
    static final List<String> RULES = quanze.schema.FileShapes.RULES.names();

    private final YamlReader yaml;

    public VariantReader() {
        this(new YamlReader());
    }

    /** A reader of variant files within {@code yaml}'s limits. */
    public VariantReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    public Variant read(Path file, String shown) throws InputException {
        List<Problem> problems = new ArrayList<>();
        List<Edit> edits = new ArrayList<>();
        Head head = read(file, shown, edits, problems, new LinkedHashSet<>());
        if (!problems.isEmpty()) throw new InputException(problems);
        return new Variant(head.id, head.name, head.description, List.copyOf(edits), head.at);
    }

    private record Head(String id, Text name, String description, Location at) {
    }

    /** One file of the chain: its parent's edits first, then its own. */
    private Head read(Path file, String shown, List<Edit> edits, List<Problem> problems, Set<Path> chain)
            throws InputException {
        Path real = file.toAbsolutePath().normalize();
        if (!chain.add(real)) {
            throw new InputException(new Problem(new Location(shown, 1, 1), "variant 'extends' loops back to "
                    + shown));
        }
        Node root = yaml.read(file, shown);
        if (!(root instanceof Node.MapNode m)) {
            throw new InputException(new Problem(new Location(shown, 1, 1), "a variant file is a mapping with a"
                    + " 'variant:' block"));
        }
        Checks.unknownFields(m, TOP, "a variant file", problems);
        Node.MapNode head = Checks.mapping(m, "variant", problems);
        if (head == null) {
            if (!m.fields().containsKey("variant")) {
                problems.add(new Problem(m.at(), "missing 'variant:' block (id, name, description, extends)"));
            }
            return new Head(null, null, null, m.at());
        }
        Checks.unknownFields(head, HEAD, "variant", problems);
        String id = Checks.string(head, "id", "a string", problems);
        if (id == null && !head.fields().containsKey("id")) problems.add(new Problem(head.at(), "a variant needs an 'id'"));
        extend(head, real, shown, edits, problems, chain);
        principle(m, edits, problems);
        patches(m, "items", Edit.Kind.ITEM, edits, problems);
        patches(m, "levels", Edit.Kind.LEVEL, edits, problems);
        add(m, edits, problems);
        remove(m, edits, problems);
        rules(m, real, shown, edits, problems);
        return new Head(id, name(head, problems), Checks.string(head, "description", "a string", problems), head.at());
    }

    /** {@code extends}: the parent variant, named relative to this file, read first. */
    private void extend(Node.MapNode head, Path real, String shown, List<Edit> edits, List<Problem> problems,
                        Set<Path> chain) throws InputException {
        String ext = Checks.string(head, "extends", "a file name", problems);
        if (ext == null) return;
        Path parent = real.getParent().resolve(ext);
        String why = notRegular(parent);
        if (why != null) {
            problems.add(new Problem(head.fields().get("extends").at(), "extends '" + ext + "', which " + why));
            return;
        }
        read(parent, shownBeside(shown, ext), edits, problems, chain);
    }

    private static void principle(Node.MapNode m, List<Edit> edits, List<Problem> problems) {
        Node.MapNode p = Checks.mapping(m, "principle", problems);
        if (p == null) return;
        for (var e : p.fields().entrySet()) {
            edits.add(new Edit(Edit.Kind.PRINCIPLE, e.getKey(), e.getValue(), "principle." + e.getKey(),
                    p.keys().get(e.getKey())));
        }
    }

    /** {@code items} or {@code levels}: patches by id, each a mapping of fields. */
    private static void patches(Node.MapNode m, String key, Edit.Kind kind, List<Edit> edits, List<Problem> problems) {
        Node.MapNode patches = Checks.mapping(m, key, problems);
        if (patches == null) return;
        for (var e : patches.fields().entrySet()) {
            if (!(e.getValue() instanceof Node.MapNode)) {
                problems.add(new Problem(e.getValue().at(), key + "." + e.getKey() + " must be a mapping of fields,"
                        + " found " + e.getValue().describe()));
                continue;
            }
            edits.add(new Edit(kind, e.getKey(), e.getValue(), key + "." + e.getKey(), patches.keys().get(e.getKey())));
        }
    }

    /** {@code add}: lists of levels, bodies and items (each item with its {@code category}). */
    private static void add(Node.MapNode m, List<Edit> edits, List<Problem> problems) {
        Node.MapNode add = Checks.mapping(m, "add", problems);
        if (add == null) return;
        Checks.unknownFields(add, ADD, "add", problems);
        added(add, "levels", Edit.Kind.ADD_LEVEL, edits, problems);
        added(add, "bodies", Edit.Kind.ADD_BODY, edits, problems);
        added(add, "items", Edit.Kind.ADD_ITEM, edits, problems);
    }

    private static void added(Node.MapNode add, String key, Edit.Kind kind, List<Edit> edits, List<Problem> problems) {
        for (Node n : Checks.list(add, key, problems)) {
            String id = n instanceof Node.MapNode m ? Trees.textOf(m.fields().get("id")) : null;
            edits.add(new Edit(kind, id, n, "add." + key + " " + id, n.at()));
        }
    }

    /** {@code remove}: {@code {items: [ids]}}. */
    private static void remove(Node.MapNode m, List<Edit> edits, List<Problem> problems) {
        Node.MapNode remove = Checks.mapping(m, "remove", problems);
        if (remove == null) return;
        Checks.unknownFields(remove, REMOVE, "remove", problems);
        for (Node n : Checks.list(remove, "items", problems)) {
            if (!name(n, "remove.items takes item ids", problems)) continue;
            edits.add(new Edit(Edit.Kind.REMOVE_ITEM, Trees.textOf(n), n, "remove " + Trees.textOf(n), n.at()));
        }
    }

    /** {@code rules}: rules or finding codes to disable, and extra DRL files named relative to this file. */
    private static void rules(Node.MapNode m, Path real, String shown, List<Edit> edits, List<Problem> problems) {
        Node.MapNode rules = Checks.mapping(m, "rules", problems);
        if (rules == null) return;
        Checks.unknownFields(rules, RULES, "rules", problems);
        for (Node n : Checks.list(rules, "disable", problems)) {
            if (!name(n, "rules.disable takes rule names or finding codes", problems)) continue;
            edits.add(new Edit(Edit.Kind.DISABLE_RULE, Trees.textOf(n), n, "rules.disable " + Trees.textOf(n), n.at()));
        }
        for (Node n : Checks.list(rules, "extra", problems)) {
            if (!name(n, "rules.extra takes names of .drl files", problems)) continue;
            String rel = Trees.textOf(n);
            Path extra = real.getParent().resolve(rel);
            String why = rel.endsWith(".drl") ? notRegular(extra) : "is not a .drl file (extra rules are DRL files)";
            if (why != null) {
                problems.add(new Problem(n.at(), "rules.extra names '" + rel + "', which " + why));
                continue;
            }
            edits.add(new Edit(Edit.Kind.EXTRA_RULES, extra.toString(), Trees.text(shownBeside(shown, rel), n.at()),
                    "rules.extra " + rel, n.at()));
        }
    }

    /** The variant's name: a string, or {zh, en}. */
    private static Text name(Node.MapNode head, List<Problem> problems) {
        Node name = head.fields().get("name");
        if (!(name instanceof Node.MapNode nm)) {
            String text = Checks.string(head, "name", "a string or a mapping {zh, en}", problems);
            return new Text(text, null);
        }
        Checks.unknownFields(nm, List.of("zh", "en"), "name", problems);
        return new Text(Checks.string(nm, "zh", "a string", problems), Checks.string(nm, "en", "a string", problems));
    }

    /**
     * How a file named in a variant is shown in messages: beside the variant as the variant is shown (its path
     * as the user gave it, relative to the working folder), not by its absolute path.
     */
    private static String shownBeside(String shown, String rel) {
        return Path.of(shown).resolveSibling(rel).normalize().toString().replace('\\', '/');
    }

    /** Null for a regular file; else what it is, to follow "which": "does not exist", "is a folder, …". */
    private static String notRegular(Path p) {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return "does not exist";
        try {
            InputFiles.requireRegular(p, "");
            return null;
        } catch (InputException e) {
            return "is " + e.problems().get(0).message();
        }
    }

    /** True when {@code n} is a non-empty name; otherwise a problem saying what {@code what} takes. */
    private static boolean name(Node n, String what, List<Problem> problems) {
        String text = Trees.textOf(n);
        if (text != null && !text.isBlank() && n instanceof Node.Scalar) return true;
        problems.add(new Problem(n.at(), what + ", found " + n.describe()));
        return false;
    }

}
