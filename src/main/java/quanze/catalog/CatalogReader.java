package quanze.catalog;

import quanze.model.InputException;
import quanze.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import quanze.model.Basis;
import quanze.model.Body;
import quanze.model.Catalog;
import quanze.model.CatalogInfo;
import quanze.model.Category;
import quanze.model.CategoryKind;
import quanze.model.CommunityBody;
import quanze.model.Declared;
import quanze.model.Entrustment;
import quanze.model.Expectation;
import quanze.model.Item;
import quanze.model.Level;
import quanze.model.Location;
import quanze.model.PowerType;
import quanze.model.Principle;
import quanze.model.Rank;
import quanze.model.Role;
import quanze.model.Scope;
import quanze.model.Service;
import quanze.model.Source;
import quanze.model.Trait;
import quanze.model.UnknownReference;

/**
 * Reads a catalog folder: every {@code *.yaml} in it, in name order. Syntax errors, unknown fields, wrong
 * types and enum values are input problems, all reported at once; references to unknown levels, bodies and
 * categories are kept as {@link UnknownReference}s for the rules to report (QZ113).
 */
public final class CatalogReader {

    static final List<String> TOP = List.of("catalog", "principle", "levels", "bodies", "categories");
    static final List<String> CATALOG = List.of("id", "name", "reconstructed", "source", "note", "expect");
    static final List<String> LEVEL = List.of("id", "name", "abolished", "note");
    static final List<String> BODY = List.of("id", "level", "name", "parent", "kind", "note");
    static final List<String> CATEGORY = List.of("id", "kind", "name", "note", "items");
    static final List<String> ITEM = List.of("id", "name", "type", "basis", "floor", "traits", "scope",
            "responsibilities", "accountability", "declared", "service", "origin", "note");
    static final List<String> BASIS = List.of("law", "article", "rank", "confirmed", "note");
    static final List<String> DECLARED = List.of("level", "source", "entrustment", "roles");
    static final List<String> ENTRUSTMENT = List.of("by", "basis");

    private final YamlReader yaml;

    public CatalogReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    public CatalogReader() {
        this(new YamlReader());
    }

    /** The YAML files of a catalog folder, in name order. */
    public static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
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
        List<Problem> problems = new ArrayList<>();
        List<Fields> tops = new ArrayList<>();
        for (Path file : files) {
            String name = shown + "/" + file.getFileName();
            try {
                Node root = yaml.read(file, name);
                if (root == null) continue;
                Fields top = Fields.of(root, "a catalog file", TOP, problems);
                if (top != null) tops.add(top);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        boolean unreadable = !problems.isEmpty();
        Catalog catalog = new Binder(problems).bind(shown, tops, unreadable);
        if (!problems.isEmpty()) throw new InputException(problems);
        return catalog;
    }

    /** Binds the top-level blocks of all files into one resolved catalog. */
    private static final class Binder {
        private final List<Problem> problems;
        private final List<UnknownReference> unknown = new ArrayList<>();
        private final Map<String, Level> levels = new HashMap<>();
        private final Map<String, Body> bodies = new HashMap<>();

        Binder(List<Problem> problems) {
            this.problems = problems;
        }

        /** {@code unreadable}: some file did not parse, so what seems missing may be in it. */
        Catalog bind(String dir, List<Fields> tops, boolean unreadable) {
            CatalogInfo info = null;
            Fields principleAt = null;
            Principle principle = PrincipleReader.bundled();
            for (Fields top : tops) {
                if (top.has("catalog")) {
                    if (info != null) {
                        problems.add(new Problem(top.keyAt("catalog"), "a second 'catalog:' block (first at "
                                + info.location() + "; a catalog folder has exactly one)"));
                    } else {
                        info = info(top.node("catalog"));
                    }
                }
                if (top.has("principle")) {
                    if (principleAt != null) {
                        problems.add(new Problem(top.keyAt("principle"), "a second 'principle:' block (first at "
                                + principleAt.keyAt("principle") + ")"));
                    } else {
                        principleAt = top;
                        principle = PrincipleReader.override(principle, top.node("principle"), problems);
                    }
                }
            }
            if (info == null && !unreadable) {
                problems.add(new Problem(new Location(dir, 0, 0),
                        "no 'catalog:' block in any file (exactly one file must have it)"));
            }
            List<Level> levelList = new ArrayList<>();
            for (Fields top : tops) {
                for (Node n : top.list("levels")) {
                    Level l = level(n, levelList.size());
                    if (l != null) {
                        levelList.add(l);
                        levels.putIfAbsent(l.id(), l);
                    }
                }
            }
            List<Body> bodyList = new ArrayList<>();
            for (Fields top : tops) {
                for (Node n : top.list("bodies")) {
                    Body b = body(n);
                    if (b != null) {
                        bodyList.add(b);
                        bodies.putIfAbsent(b.id(), b);
                    }
                }
            }
            for (Body b : bodyList) {
                if (b.parent() != null && !bodies.containsKey(b.parent())) {
                    unknown.add(new UnknownReference(b.id(), "parent", b.parent(), "a body", b.location()));
                }
            }
            List<Category> categories = new ArrayList<>();
            List<Item> items = new ArrayList<>();
            for (Fields top : tops) {
                for (Node n : top.list("categories")) category(n, categories, items);
            }
            Location principleLoc = principleAt != null ? principleAt.keyAt("principle") : new Location(dir, 0, 0);
            principleLevels(principle, items, principleLoc);
            return new Catalog(dir, info, principle, List.copyOf(levelList), List.copyOf(bodyList),
                    List.copyOf(categories), List.copyOf(items), List.copyOf(unknown));
        }

        /**
         * The levels the principle names must be levels of this catalog, or the rules that read them derive
         * nothing. Community and street splits are checked only where items need them.
         */
        private void principleLevels(Principle p, List<Item> items, Location at) {
            java.util.Map<String, String> named = new java.util.LinkedHashMap<>();
            named.put("principle.delegateTo", p.delegateTo());
            named.put("principle.retainAt", p.retainAt());
            p.delegated().values().forEach(l -> named.putIfAbsent("principle.roles.delegated." + l, l));
            p.retained().values().forEach(l -> named.putIfAbsent("principle.roles.retained." + l, l));
            if (items.stream().anyMatch(i -> i.kind() == CategoryKind.COMMUNITY_SERVICE)) {
                named.put("principle.communityLevel", p.communityLevel());
                p.community().values().forEach(l -> named.putIfAbsent("principle.roles.community." + l, l));
            }
            if (items.stream().anyMatch(i -> i.kind() == CategoryKind.STREET_FUNCTION && i.origin() != null
                    && !i.origin().abolished())) {
                p.street().values().forEach(l -> named.putIfAbsent("principle.roles.street." + l, l));
            }
            named.forEach((field, level) -> {
                if (level != null && !levels.containsKey(level)) {
                    unknown.add(new UnknownReference("principle", field, level, "a level", at));
                }
            });
        }

        private CatalogInfo info(Node node) {
            Fields f = Fields.of(node, "catalog", CATALOG, problems);
            if (f == null) return null;
            Expectation expect = null;
            if (f.has("expect")) {
                Fields e = Fields.of(f.node("expect"), "catalog expect", List.of("delegatedApprovals"), problems);
                if (e != null && e.has("delegatedApprovals")) {
                    Fields d = Fields.of(e.node("delegatedApprovals"), "expect delegatedApprovals",
                            List.of("categories", "items"), problems);
                    if (d != null) {
                        Integer c = d.integer("categories", true, "delegatedApprovals");
                        Integer i = d.integer("items", true, "delegatedApprovals");
                        if (c != null && i != null) expect = new Expectation(c, i, d.at());
                    }
                }
            }
            return new CatalogInfo(f.string("id", true, "catalog"), f.text("name", true, "catalog"),
                    f.bool("reconstructed", false), f.string("source", false, "catalog"),
                    f.string("note", false, "catalog"), expect, f.at());
        }

        private Level level(Node node, int rank) {
            Fields f = Fields.of(node, "a level", LEVEL, problems);
            if (f == null) return null;
            String id = f.string("id", true, "a level");
            if (id == null) return null;
            return new Level(id, f.text("name", false, "a level"), rank, f.bool("abolished", false), f.at());
        }

        private Body body(Node node) {
            Fields f = Fields.of(node, "a body", BODY, problems);
            if (f == null) return null;
            String id = f.string("id", true, "a body");
            String levelId = f.string("level", true, "a body");
            var name = f.text("name", true, "a body");
            String parent = f.string("parent", false, "a body");
            CommunityBody kind = f.enumOf("kind", CommunityBody.class, false, "a body");
            if (id == null || levelId == null) return null;
            Level level = levels.get(levelId);
            if (level == null) unknown.add(new UnknownReference(id, "level", levelId, "a level", f.keyAt("level")));
            return new Body(id, name, levelId, level, parent, kind, f.at());
        }

        private void category(Node node, List<Category> categories, List<Item> items) {
            Fields f = Fields.of(node, "a category", CATEGORY, problems);
            if (f == null) return;
            String id = f.string("id", true, "a category");
            CategoryKind kind = f.enumOf("kind", CategoryKind.class, true, "a category");
            Category c = new Category(id, f.text("name", true, "a category"), kind,
                    f.string("note", false, "a category"), f.at());
            categories.add(c);
            for (Node n : f.list("items")) {
                Item item = item(n, c);
                if (item != null) items.add(item);
            }
        }

        private Item item(Node node, Category category) {
            Fields f = Fields.of(node, "an item", ITEM, problems);
            if (f == null) return null;
            String what = "an item";
            String id = f.string("id", true, what);
            var name = f.text("name", true, what);
            PowerType type = f.enumOf("type", PowerType.class, true, what);
            List<Basis> basis = f.map("basis", this::basis);
            String floorId = f.string("floor", false, what);
            var traits = f.enumSet("traits", Trait.class);
            boolean needsScope = category.kind() == CategoryKind.APPROVAL || category.kind() == CategoryKind.MANAGEMENT;
            Scope scope = f.enumOf("scope", Scope.class, needsScope, what);
            if (scope == null) scope = Scope.WITHIN_DISTRICT;
            Service service = f.enumOf("service", Service.class,
                    category.kind() == CategoryKind.COMMUNITY_SERVICE, what);
            String originId = f.string("origin", false, what);
            Declared declared = f.has("declared") ? declared(f.node("declared"), id) : null;
            if (!f.has("declared")) f.require("declared", what);
            var responsibilities = f.strings("responsibilities");
            var accountability = f.strings("accountability");
            String note = f.string("note", false, what);
            if (id == null) return null;
            Level floor = level(floorId, id, "floor", f.keyAt("floor"));
            Level origin = level(originId, id, "origin", f.keyAt("origin"));
            return new Item(id, name, category.id(), category, type, basis, floor, traits, scope,
                    responsibilities, accountability, declared, service, origin, note, f.at());
        }

        private Basis basis(Node node) {
            Fields f = Fields.of(node, "a basis", BASIS, problems);
            if (f == null) return null;
            String law = f.string("law", true, "a basis");
            String article = f.string("article", true, "a basis");
            Rank rank = f.enumOf("rank", Rank.class, true, "a basis");
            return new Basis(law, article, rank, f.bool("confirmed", true), f.string("note", false, "a basis"));
        }

        private Declared declared(Node node, String itemId) {
            Fields f = Fields.of(node, "declared", DECLARED, problems);
            if (f == null) return null;
            String levelId = f.string("level", true, "declared");
            Source source = f.enumOf("source", Source.class, true, "declared");
            Entrustment entrustment = null;
            if (f.has("entrustment")) {
                Fields e = Fields.of(f.node("entrustment"), "entrustment", ENTRUSTMENT, problems);
                if (e != null) {
                    String by = e.string("by", true, "entrustment");
                    entrustment = new Entrustment(by, e.map("basis", this::basis));
                    if (by != null && !bodies.containsKey(by)) {
                        unknown.add(new UnknownReference(itemId, "declared.entrustment.by", by, "a body", e.keyAt("by")));
                    }
                }
            }
            Map<Role, String> roleIds = new EnumMap<>(Role.class);
            Map<Role, Body> roles = new EnumMap<>(Role.class);
            if (f.has("roles")) {
                Node rn = f.node("roles");
                if (rn instanceof Node.MapNode m) {
                    for (var e : m.fields().entrySet()) {
                        Location keyAt = m.keys().get(e.getKey());
                        Role role = Fields.enumValue(new Node.Scalar(e.getKey(), Node.Scalar.Kind.STRING, keyAt),
                                "role", Role.class, problems);
                        String bodyId = Fields.scalarText(e.getValue(), e.getKey(), problems);
                        if (role == null || bodyId == null) continue;
                        roleIds.put(role, bodyId);
                        Body b = bodies.get(bodyId);
                        if (b != null) {
                            roles.put(role, b);
                        } else {
                            unknown.add(new UnknownReference(itemId, "declared.roles." + role.key(), bodyId,
                                    "a body", e.getValue().at()));
                        }
                    }
                } else {
                    problems.add(new Problem(rn.at(), "'roles' must map each role to a body id, found " + rn.describe()));
                }
            }
            Level level = level(levelId, itemId, "declared.level", f.keyAt("level"));
            return new Declared(levelId, level, source, entrustment, roleIds, roles, f.at());
        }

        private Level level(String id, String ownerId, String field, Location at) {
            if (id == null) return null;
            Level l = levels.get(id);
            if (l == null) unknown.add(new UnknownReference(ownerId, field, id, "a level", at));
            return l;
        }
    }
}
