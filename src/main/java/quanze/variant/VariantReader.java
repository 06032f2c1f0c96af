package quanze.variant;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import quanze.catalog.Node;
import quanze.catalog.Conform;
import quanze.catalog.Trees;
import quanze.catalog.YamlReader;
import quanze.io.InputFiles;
import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;
import quanze.model.Text;
import quanze.schema.FileShapes;

/**
 * Reads a variant file and the chain it extends; every name it uses is checked, with its place, and so is the
 * type of every block: a block of the wrong type would otherwise be skipped and the variant change nothing.
 */
public final class VariantReader {

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
        return read(yaml.read(file, shown), real, shown, edits, problems, chain);
    }

    /**
     * Reads a variant given as text (the workbench's edits, before they are saved), as if it were the file
     * {@code file}: the files it names are found beside that.
     */
    public Variant read(String text, Path file, String shown) throws InputException {
        List<Problem> problems = new ArrayList<>();
        List<Edit> edits = new ArrayList<>();
        Path real = file.toAbsolutePath().normalize();
        Set<Path> chain = new LinkedHashSet<>(List.of(real));
        Node root = yaml.read(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                shown, null);
        Head head = read(root, real, shown, edits, problems, chain);
        if (!problems.isEmpty()) throw new InputException(problems);
        return new Variant(head.id, head.name, head.description, List.copyOf(edits), head.at);
    }

    private Head read(Node root, Path real, String shown, List<Edit> edits, List<Problem> problems, Set<Path> chain)
            throws InputException {
        if (root == null) {
            throw new InputException(new Problem(new Location(shown, 1, 1), "a variant file is a mapping with a"
                    + " 'variant:' block; this one is empty"));
        }
        problems.addAll(Conform.check(root, FileShapes.VARIANT, "a variant file"));
        // what the file names is checked too wherever its shape is right, so every problem is said at once
        if (!(root instanceof Node.MapNode m)) return new Head(null, null, null, root.at());
        Node.MapNode head = block(m, "variant");
        extend(head, real, shown, edits, problems, chain);
        principle(m, edits);
        patches(m, "items", Edit.Kind.ITEM, edits);
        patches(m, "levels", Edit.Kind.LEVEL, edits);
        patches(m, "units", Edit.Kind.UNIT, edits);
        Node.MapNode add = block(m, "add");
        added(add, "levels", Edit.Kind.ADD_LEVEL, edits);
        added(add, "bodies", Edit.Kind.ADD_BODY, edits);
        added(add, "items", Edit.Kind.ADD_ITEM, edits);
        added(add, "units", Edit.Kind.ADD_UNIT, edits);
        added(add, "states", Edit.Kind.ADD_STATE, edits);
        for (Node n : list(block(m, "remove"), "items")) {
            edits.add(new Edit(Edit.Kind.REMOVE_ITEM, Trees.textOf(n), n, "remove " + Trees.textOf(n), n.at()));
        }
        for (Node n : list(block(m, "remove"), "units")) {
            edits.add(new Edit(Edit.Kind.REMOVE_UNIT, Trees.textOf(n), n, "remove unit " + Trees.textOf(n), n.at()));
        }
        rules(block(m, "rules"), real, shown, edits, problems);
        return new Head(text(head, "id"), name(head.fields().get("name")), text(head, "description"), head.at());
    }

    /** {@code extends}: the parent variant, named relative to this file, read first. */
    private void extend(Node.MapNode head, Path real, String shown, List<Edit> edits, List<Problem> problems,
                        Set<Path> chain) throws InputException {
        String ext = text(head, "extends");
        if (ext == null || ext.isBlank()) return;
        Path parent = real.getParent().resolve(ext);
        String why = notRegular(parent);
        if (why != null) {
            problems.add(new Problem(head.fields().get("extends").at(), "extends '" + ext + "', which " + why));
            return;
        }
        read(parent, shownBeside(shown, ext), edits, problems, chain);
    }

    private static void principle(Node.MapNode m, List<Edit> edits) {
        Node.MapNode p = block(m, "principle");
        for (var e : p.fields().entrySet()) {
            edits.add(new Edit(Edit.Kind.PRINCIPLE, e.getKey(), e.getValue(), "principle." + e.getKey(),
                    p.keys().get(e.getKey())));
        }
    }

    /** {@code items} or {@code levels}: patches by id, each a mapping of fields. */
    private static void patches(Node.MapNode m, String key, Edit.Kind kind, List<Edit> edits) {
        Node.MapNode patches = block(m, key);
        for (var e : patches.fields().entrySet()) {
            edits.add(new Edit(kind, e.getKey(), e.getValue(), key + "." + e.getKey(), patches.keys().get(e.getKey())));
        }
    }

    /** {@code add}: lists of levels, bodies and items (each item with its {@code category}). */
    private static void added(Node.MapNode add, String key, Edit.Kind kind, List<Edit> edits) {
        for (Node n : list(add, key)) {
            String id = n instanceof Node.MapNode m ? Trees.textOf(m.fields().get("id")) : null;
            edits.add(new Edit(kind, id, n, "add." + key + " " + id, n.at()));
        }
    }

    /** {@code rules}: rules or finding codes to disable, and extra DRL files named relative to this file. */
    private static void rules(Node.MapNode rules, Path real, String shown, List<Edit> edits, List<Problem> problems) {
        for (Node n : list(rules, "disable")) {
            edits.add(new Edit(Edit.Kind.DISABLE_RULE, Trees.textOf(n), n, "rules.disable " + Trees.textOf(n), n.at()));
        }
        for (Node n : list(rules, "extra")) {
            String rel = Trees.textOf(n);
            if (rel == null || rel.isBlank()) continue;
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
    private static Text name(Node name) {
        if (!(name instanceof Node.MapNode nm)) return new Text(Trees.textOf(name), null);
        return new Text(text(nm, "zh"), text(nm, "en"));
    }

    /** The block under {@code key} (its shape checked), empty when there is none. */
    private static Node.MapNode block(Node.MapNode m, String key) {
        return m.fields().get(key) instanceof Node.MapNode b ? b : new Node.MapNode(new LinkedHashMap<>(), Map.of(), m.at());
    }

    private static List<Node> list(Node.MapNode m, String key) {
        return m.fields().get(key) instanceof Node.ListNode l ? l.items() : List.of();
    }

    private static String text(Node.MapNode m, String key) {
        return Trees.textOf(m.fields().get(key));
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
}
