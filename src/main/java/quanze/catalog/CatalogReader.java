package quanze.catalog;

import quanze.schema.CatalogShapes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import quanze.model.Catalog;
import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;
import quanze.model.UnknownReference;

/**
 * Reads a catalog folder: every {@code *.yaml} in it, in name order (parsed in parallel, items streamed one
 * by one). Syntax errors, unknown fields, wrong types and enum values are input problems, all reported at
 * once; references to unknown levels, bodies and categories are kept as {@link UnknownReference}s for the
 * rules to report (QZ113).
 */
public final class CatalogReader {

    private static final List<String> ITEMS_PATH = List.of("categories", "*", "items");

    private final YamlReader yaml;

    public CatalogReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    public CatalogReader() {
        this(new YamlReader());
    }

    /** The YAML files of a catalog folder, in name order; {@code waivers.yaml} is the waiver register, not catalog. */
    public static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            // not only regular files: a link that loops or a pipe named *.yaml is reported, not skipped
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml") && !Files.isDirectory(p)
                            && !p.getFileName().toString().equals("waivers.yaml"))
                    .sorted()
                    .toList();
        }
    }

    /** One file, parsed: its top-level blocks (item lists left empty) and its items as drafts. */
    record Part(Fields top, List<ItemDraft> drafts, List<Problem> problems, boolean unreadable) {
    }

    /** Reads {@code dir}; {@code shown} is how its path appears in messages. */
    public Catalog read(Path dir, String shown) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new InputException(new Problem(new Location(shown, 0, 0),
                    Files.exists(dir) ? "not a folder (a catalog is a folder of *.yaml files)"
                            : "no such catalog folder"));
        }
        List<Path> files;
        try {
            files = files(dir);
        } catch (IOException e) {
            throw new InputException(new Problem(new Location(shown, 0, 0), "cannot list folder: " + e.getMessage()));
        }
        if (files.isEmpty()) {
            throw new InputException(new Problem(new Location(shown, 0, 0), "no *.yaml files in the catalog folder"));
        }
        IntStream indexes = IntStream.range(0, files.size());
        if (files.size() > 1) indexes = indexes.parallel();
        List<Part> parts = indexes.mapToObj(i -> parse(files.get(i), shown + "/" + files.get(i).getFileName()))
                .toList();
        List<Problem> problems = new ArrayList<>();
        boolean unreadable = false;
        for (Part p : parts) unreadable |= p.unreadable();
        Catalog catalog = new CatalogBinder(problems).bind(shown, parts, unreadable);
        // after binding: the binder reads each file's blocks through that file's fields, which report there
        for (Part p : parts) problems.addAll(p.problems());
        if (!problems.isEmpty()) throw new InputException(problems);
        return catalog;
    }

    /**
     * Binds a catalog given as trees already read (a scenario's catalog, or a folder with a variant applied):
     * the same checks and the same resolution as a folder, with the places the trees carry.
     */
    public static Catalog bind(String shown, Node root) throws InputException {
        return bind(shown, List.of(root));
    }

    public static Catalog bind(String shown, List<Node> roots) throws InputException {
        List<Problem> all = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        boolean unreadable = false;
        for (Node root : roots) {
            List<Problem> problems = new ArrayList<>();
            List<ItemDraft> drafts = new ArrayList<>();
            ItemReader items = new ItemReader(problems, new Interner());
            Fields top = Fields.of(root, CatalogShapes.CATALOG, "a catalog file", problems);
            if (top != null) {
                List<Node> categories = top.list("categories");
                for (int c = 0; c < categories.size(); c++) {
                    if (categories.get(c) instanceof Node.MapNode m && m.fields().get("items") != null) {
                        for (Node item : Fields.listOf(m.fields().get("items"))) {
                            ItemDraft d = items.draft(item, c);
                            if (d != null) drafts.add(d);
                        }
                    }
                }
            }
            unreadable |= top == null;
            parts.add(new Part(top, drafts, problems, top == null));
        }
        Catalog catalog = new CatalogBinder(all).bind(shown, parts, unreadable);
        for (Part p : parts) all.addAll(p.problems());
        // a block given whole (a variant's or a scenario's tree) is held to its shape with the file and again where
        // it is read alone (an item, the principle): the same problem is said once
        if (!all.isEmpty()) throw new InputException(all.stream().distinct().toList());
        return catalog;
    }

    /** Each YAML file of a folder as a whole tree, in name order (for editing before {@link #bind}). */
    public List<Node> trees(Path dir, String shown) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new InputException(new Problem(new Location(shown, 0, 0), "no such catalog folder"));
        }
        List<Node> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            for (Path f : files(dir)) {
                try {
                    Node n = yaml.read(f, shown + "/" + f.getFileName());
                    if (n != null) out.add(n);
                } catch (InputException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (IOException e) {
            throw new InputException(new Problem(new Location(shown, 0, 0), "cannot list folder: " + e.getMessage()));
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        return out;
    }

    private Part parse(Path file, String name) {
        List<Problem> problems = new ArrayList<>();
        List<ItemDraft> drafts = new ArrayList<>();
        ItemReader items = new ItemReader(problems, new Interner());
        YamlReader.Stream stream = new YamlReader.Stream() {
            @Override
            public boolean streams(List<String> path) {
                return path.equals(ITEMS_PATH);
            }

            @Override
            public void element(int owner, Node element) {
                ItemDraft d = items.draft(element, owner);
                if (d != null) drafts.add(d);
            }
        };
        try {
            Node root = yaml.read(file, name, stream);
            if (root == null) return new Part(null, drafts, problems, false);
            return new Part(Fields.of(root, CatalogShapes.CATALOG, "a catalog file", problems), drafts, problems, false);
        } catch (InputException e) {
            problems.addAll(e.problems());
            return new Part(null, List.of(), problems, true);
        }
    }
}
