package quanze.variant;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import quanze.catalog.Node;
import quanze.catalog.Trees;
import quanze.catalog.YamlReader;
import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;
import quanze.model.Text;

/** Reads a variant file and the chain it extends; every name it uses is checked, with its place. */
public final class VariantReader {

    static final List<String> TOP = List.of("variant", "principle", "items", "add", "remove", "levels", "rules");
    static final List<String> HEAD = List.of("id", "name", "description", "extends");
    static final List<String> ADD = List.of("levels", "bodies", "items");
    static final List<String> RULES = List.of("disable", "extra");

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
        unknown(m, TOP, "a variant file", problems);
        Node.MapNode head = m.fields().get("variant") instanceof Node.MapNode h ? h : null;
        if (head == null) {
            problems.add(new Problem(m.at(), "missing 'variant:' block (id, name, description, extends)"));
            return new Head(null, null, null, m.at());
        }
        unknown(head, HEAD, "variant", problems);
        String id = Trees.textOf(head.fields().get("id"));
        if (id == null) problems.add(new Problem(head.at(), "a variant needs an 'id'"));
        String ext = Trees.textOf(head.fields().get("extends"));
        if (ext != null) {
            Path parent = real.getParent().resolve(ext);
            String parentShown = Path.of(shown).resolveSibling(ext).normalize().toString();
            if (!Files.isRegularFile(parent)) {
                problems.add(new Problem(head.fields().get("extends").at(), "extends '" + ext + "', which does not exist"));
            } else {
                read(parent, parentShown, edits, problems, chain);
            }
        }
        if (m.fields().get("principle") instanceof Node.MapNode p) {
            for (var e : p.fields().entrySet()) {
                edits.add(new Edit(Edit.Kind.PRINCIPLE, e.getKey(), e.getValue(), "principle." + e.getKey(),
                        p.keys().get(e.getKey())));
            }
        }
        if (m.fields().get("items") instanceof Node.MapNode items) {
            for (var e : items.fields().entrySet()) {
                if (!(e.getValue() instanceof Node.MapNode)) {
                    problems.add(new Problem(e.getValue().at(), "items." + e.getKey() + " must be a mapping of fields"));
                    continue;
                }
                edits.add(new Edit(Edit.Kind.ITEM, e.getKey(), e.getValue(), "items." + e.getKey(),
                        items.keys().get(e.getKey())));
            }
        }
        if (m.fields().get("levels") instanceof Node.MapNode levels) {
            for (var e : levels.fields().entrySet()) {
                edits.add(new Edit(Edit.Kind.LEVEL, e.getKey(), e.getValue(), "levels." + e.getKey(),
                        levels.keys().get(e.getKey())));
            }
        }
        if (m.fields().get("add") instanceof Node.MapNode add) {
            unknown(add, ADD, "add", problems);
            added(add, "levels", Edit.Kind.ADD_LEVEL, edits);
            added(add, "bodies", Edit.Kind.ADD_BODY, edits);
            added(add, "items", Edit.Kind.ADD_ITEM, edits);
        }
        if (m.fields().get("remove") instanceof Node.MapNode remove) {
            unknown(remove, List.of("items"), "remove", problems);
            for (Node n : list(remove.fields().get("items"))) {
                if (!name(n, "remove.items takes item ids", problems)) continue;
                edits.add(new Edit(Edit.Kind.REMOVE_ITEM, Trees.textOf(n), n, "remove " + Trees.textOf(n), n.at()));
            }
        }
        if (m.fields().get("rules") instanceof Node.MapNode rules) {
            unknown(rules, RULES, "rules", problems);
            for (Node n : list(rules.fields().get("disable"))) {
                if (!name(n, "rules.disable takes rule names or finding codes", problems)) continue;
                edits.add(new Edit(Edit.Kind.DISABLE_RULE, Trees.textOf(n), n, "rules.disable " + Trees.textOf(n), n.at()));
            }
            for (Node n : list(rules.fields().get("extra"))) {
                String rel = Trees.textOf(n);
                Path extra = real.getParent().resolve(rel == null ? "" : rel);
                if (rel == null || !Files.isRegularFile(extra)) {
                    problems.add(new Problem(n.at(), "rules.extra names '" + rel + "', which does not exist"));
                    continue;
                }
                edits.add(new Edit(Edit.Kind.EXTRA_RULES, extra.toString(), n, "rules.extra " + rel, n.at()));
            }
        }
        String description = Trees.textOf(head.fields().get("description"));
        Node name = head.fields().get("name");
        Text text = name instanceof Node.MapNode nm ? new Text(Trees.textOf(nm.fields().get("zh")),
                Trees.textOf(nm.fields().get("en"))) : new Text(Trees.textOf(name), null);
        return new Head(id, text, description, head.at());
    }

    /** True when {@code n} is a non-empty name; otherwise a problem saying what {@code what} takes. */
    private static boolean name(Node n, String what, List<Problem> problems) {
        String text = Trees.textOf(n);
        if (text != null && !text.isBlank() && n instanceof Node.Scalar) return true;
        problems.add(new Problem(n.at(), what + ", found " + n.describe()));
        return false;
    }

    private static void added(Node.MapNode add, String key, Edit.Kind kind, List<Edit> edits) {
        for (Node n : list(add.fields().get(key))) {
            String id = n instanceof Node.MapNode m ? Trees.textOf(m.fields().get("id")) : null;
            edits.add(new Edit(kind, id, n, "add." + key + " " + id, n.at()));
        }
    }

    private static List<Node> list(Node n) {
        return n instanceof Node.ListNode l ? l.items() : List.of();
    }

    private static void unknown(Node.MapNode m, List<String> allowed, String what, List<Problem> problems) {
        for (String k : m.fields().keySet()) {
            if (!allowed.contains(k)) {
                problems.add(new Problem(m.keys().get(k), "unknown field '" + k + "' in " + what + " (expected one of: "
                        + String.join(", ", allowed) + ")"));
            }
        }
    }
}
