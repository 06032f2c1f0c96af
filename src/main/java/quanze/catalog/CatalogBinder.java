package quanze.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import quanze.catalog.CatalogReader.Part;
import quanze.model.Body;
import quanze.model.Catalog;
import quanze.model.CatalogInfo;
import quanze.model.Category;
import quanze.model.CategoryKind;
import quanze.model.CommunityBody;
import quanze.model.Declared;
import quanze.model.Transfer;
import quanze.model.Item;
import quanze.model.Level;
import quanze.model.Nature;
import quanze.model.Location;
import quanze.model.Principle;
import quanze.model.Problem;
import quanze.model.Role;
import quanze.model.UnknownReference;
import quanze.law.LawWords;
import quanze.law.StatutoryReader;
import quanze.model.StatutoryLevel;
import quanze.vocabulary.Vocabulary;

/**
 * Binds the top-level blocks of a catalog's files into one resolved catalog: levels and bodies first, then
 * the item drafts against them. References that name nothing become {@link UnknownReference}s (QZ113).
 */
final class CatalogBinder {

    private final List<Problem> problems;
    private final List<UnknownReference> unknown = new ArrayList<>();
    private final Map<String, Level> levels = new HashMap<>();
    private final Map<String, Body> bodies = new HashMap<>();
    private CanonicalLevels canonical;
    /** Made on first need: a catalog whose bases quote no words (Huangshi) never loads the words of the law. */
    private StatutoryReader statutes;

    CatalogBinder(List<Problem> problems) {
        this.problems = problems;
    }

    /** {@code unreadable}: some file did not parse, so what seems missing may be in it. */
    Catalog bind(String dir, List<Part> parts, boolean unreadable) {
        CatalogInfo info = null;
        boolean catalogBlock = false;
        Fields principleAt = null;
        Principle principle = PrincipleReader.bundled();
        List<Fields> tops = parts.stream().map(Part::top).filter(t -> t != null).toList();
        for (Fields top : tops) {
            if (top.has("catalog")) {
                if (info != null) {
                    problems.add(new Problem(top.keyAt("catalog"), "a second 'catalog:' block (first at "
                            + info.location() + "; a catalog folder has exactly one)"));
                } else {
                    catalogBlock = true;
                    info = CatalogBlocks.info(top.node("catalog"), problems);
                }
            }
            if (top.has("statutory")) statutes = StatutoryBlock.read(top.node("statutory"), problems);
            if (top.has("principle")) {
                if (principleAt != null) {
                    problems.add(new Problem(top.keyAt("principle"), "a second 'principle:' block (first at "
                            + principleAt.keyAt("principle") + ")"));
                } else {
                    principleAt = top;
                    principle = PrincipleReader.overrideChecked(principle, top.node("principle"), problems);
                }
            }
        }
        if (info == null && !unreadable && !catalogBlock) {
            problems.add(new Problem(new Location(dir, 0, 0),
                    "no 'catalog:' block in any file (exactly one file must have it)"));
        }
        List<Level> levelList = new ArrayList<>();
        for (Fields top : tops) {
            for (Node n : top.list("levels")) {
                Level l = level(n, levelList.size());
                if (l != null && first(levels, l.id(), l, Level::location, "level")) levelList.add(l);
            }
        }
        List<Body> bodyList = new ArrayList<>();
        for (Fields top : tops) {
            for (Node n : top.list("bodies")) {
                Body b = body(n);
                if (b != null && first(bodies, b.id(), b, Body::location, "body")) bodyList.add(b);
            }
        }
        bodyList = parents(bodyList);
        List<Category> categories = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (Part part : parts) {
            if (part.top() == null) continue;
            List<Category> own = new ArrayList<>();
            for (Node n : part.top().list("categories")) own.add(category(n));
            categories.addAll(own.stream().filter(c -> c != null).toList());
            for (ItemDraft d : part.drafts()) {
                Category c = d.category() < own.size() ? own.get(d.category()) : null;
                if (c != null) {
                    Item i = item(d, c);
                    if (i != null) items.add(i);
                }
            }
        }
        Location principleLoc = principleAt != null ? principleAt.keyAt("principle") : new Location(dir, 0, 0);
        principleLevels(principle, items, principleLoc);
        var organisation = new OrganisationReader(problems, unknown).read(tops, bodies.keySet());
        return new Catalog(dir, info, principle, List.copyOf(levelList), List.copyOf(bodyList),
                List.copyOf(categories), List.copyOf(items), List.copyOf(unknown), organisation);
    }

    /**
     * Resolves a catalog given as typed drafts (an imported list) as {@link #bind} resolves a folder's blocks:
     * levels ranked in order, bodies against the levels, items against the categories (by index), the bodies and
     * the levels; references that name nothing become {@link UnknownReference}s.
     */
    Catalog build(String dir, CatalogDraft draft) {
        List<Level> levelList = new ArrayList<>();
        for (Level l : draft.levels()) {
            Level ranked = new Level(l.id(), l.name(), levelList.size(), l.abolished(), l.location());
            if (first(levels, l.id(), ranked, Level::location, "level")) levelList.add(ranked);
        }
        List<Body> bodyList = new ArrayList<>();
        for (Body b : draft.bodies()) {
            Level level = levels.get(b.levelId());
            if (level == null) unknown.add(reference(b.id(), "level", b.levelId(), "a level", b.location()));
            Body resolved = new Body(b.id(), b.name(), b.levelId(), level, b.parent(), b.kind(), b.declaredNature(), null,
                    b.location());
            if (first(bodies, b.id(), resolved, Body::location, "body")) bodyList.add(resolved);
        }
        bodyList = parents(bodyList);
        List<Item> items = new ArrayList<>();
        for (ItemDraft d : draft.items()) {
            Category c = d.category() < draft.categories().size() ? draft.categories().get(d.category()) : null;
            Item i = c == null ? null : item(d, c);
            if (i != null) items.add(i);
        }
        principleLevels(draft.principle(), items, new Location(dir, 0, 0));
        return new Catalog(dir, draft.info(), draft.principle(), List.copyOf(levelList), List.copyOf(bodyList),
                List.copyOf(draft.categories()), List.copyOf(items), List.copyOf(unknown));
    }

    private StatutoryReader statutes() {
        if (statutes == null) statutes = new StatutoryReader(LawWords.bundled(), Vocabulary.bundled());
        return statutes;
    }

    /** The catalog's level for a canonical level id (national … community), once the catalog's levels are known. */
    private Level canonicalLevel(String id) {
        if (canonical == null) canonical = new CanonicalLevels(levels.values());
        return canonical.level(id);
    }

    /**
     * A parent that names no body is an unknown reference; a chain of parents may not loop. Returns the bodies with
     * their parents' levels known (a branch office acts at its parent's level), and puts them in {@code bodies}.
     */
    private List<Body> parents(List<Body> bodyList) {
        List<Body> out = new ArrayList<>(bodyList.size());
        for (Body b : bodyList) {
            Body parent = b.parent() == null ? null : bodies.get(b.parent());
            if (b.parent() != null && parent == null) {
                unknown.add(reference(b.id(), "parent", b.parent(), "a body", b.location()));
            }
            out.add(parent == null ? b : b.withParentLevel(parent.levelId()));
        }
        for (Body b : out) bodies.put(b.id(), b);
        CatalogBlocks.parentLoops(out, bodies, problems);
        return out;
    }

    /**
     * The levels the principle names must be levels of this catalog, or the rules that read them derive
     * nothing. Community and street splits are checked only where items need them.
     */
    private void principleLevels(Principle p, List<Item> items, Location at) {
        Map<String, String> named = new LinkedHashMap<>();
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
                unknown.add(reference("principle", field, level, "a level", at));
            }
        });
    }

    private Level level(Node node, int rank) {
        Fields f = Fields.read(node, problems);
        if (f == null) return null;
        String id = f.string("id");
        if (id == null) return null;
        return new Level(id, f.text("name"), rank, f.bool("abolished", false), f.at());
    }

    /** Registers {@code value} under {@code id} unless an earlier one has it: then a problem at the second. */
    private <T> boolean first(Map<String, T> byId, String id, T value, java.util.function.Function<T, Location> at,
                              String what) {
        T earlier = byId.putIfAbsent(id, value);
        if (earlier == null) return true;
        problems.add(new Problem(at.apply(value), "a second " + what + " '" + id + "' (first at " + at.apply(earlier)
                + "): " + what + " ids must be unique"));
        return false;
    }

    private Body body(Node node) {
        Fields f = Fields.read(node, problems);
        if (f == null) return null;
        String id = f.string("id");
        String levelId = f.string("level");
        var name = f.text("name");
        String parent = f.string("parent");
        CommunityBody kind = f.enumOf("kind", CommunityBody.class);
        if (id == null || levelId == null) return null;
        Level level = levels.get(levelId);
        if (level == null) unknown.add(reference(id, "level", levelId, "a level", f.valueAt("level")));
        return new Body(id, name, levelId, level, parent, kind, f.enumOf("nature", Nature.class), null, f.at());
    }

    private Category category(Node node) {
        Fields f = Fields.read(node, problems);
        if (f == null) return null;
        String id = f.string("id");
        CategoryKind kind = f.enumOf("kind", CategoryKind.class);
        return new Category(id, f.text("name"), kind, f.string("note"),
                f.at());
    }

    /** Resolves a draft against the levels and bodies of the whole folder. */
    private Item item(ItemDraft d, Category c) {
        if ((c.kind() == CategoryKind.APPROVAL || c.kind() == CategoryKind.MANAGEMENT) && d.scope() == null) {
            problems.add(new Problem(d.location(), "missing required field 'scope' in an item"));
        }
        if (c.kind() == CategoryKind.COMMUNITY_SERVICE && d.service() == null) {
            problems.add(new Problem(d.location(), "missing required field 'service' in an item"));
        }
        if (d.declared() == null) return null;
        Level floor = level(d.floor(), d.id(), "floor", d.floorAt());
        Level origin = level(d.origin(), d.id(), "origin", d.originAt());
        StatutoryLevel statutory = d.type() == null || d.basis().stream().allMatch(b -> b.text() == null) ? null
                : statutes().read(d.basis(), d.type(), d.name() == null ? null : d.name().zh(), this::canonicalLevel);
        return new Item(d.id(), d.name(), c.id(), c, d.type(), d.basis(), floor, statutory, d.traits(),
                d.scope() == null ? quanze.model.Scope.WITHIN_DISTRICT : d.scope(), d.responsibilities(),
                d.accountability(), declared(d.declared(), d.id()), d.service(), origin, d.note(), d.extra(), d.imported(),
                d.location());
    }

    private Declared declared(ItemDraft.DeclaredDraft d, String itemId) {
        Transfer entrustment = d.transfer();
        if (entrustment != null && entrustment.by() != null && !bodies.containsKey(entrustment.by())) {
            unknown.add(reference(itemId, "declared." + d.transferField() + ".by", entrustment.by(), "a body",
                    d.transferByAt()));
        }
        Map<Role, Body> roles = new EnumMap<>(Role.class);
        d.roles().forEach((role, bodyId) -> {
            Body b = bodies.get(bodyId);
            if (b != null) {
                roles.put(role, b);
            } else {
                unknown.add(reference(itemId, "declared.roles." + role.key(), bodyId, "a body",
                        d.roleAt().get(role)));
            }
        });
        List<Level> found = new ArrayList<>();
        Level first = null;
        for (int k = 0; k < d.levels().size(); k++) {
            Level l = level(d.levels().get(k), itemId, "declared.level", d.levelAt().get(k));
            if (l != null) found.add(l);
            if (k == 0) first = l;
        }
        String firstId = d.levels().isEmpty() ? null : d.levels().get(0);
        return new Declared(firstId, first, List.copyOf(d.levels()), List.copyOf(found), d.source(), entrustment,
                d.roles(), roles, d.authority(), d.location());
    }

    private Level level(String id, String ownerId, String field, Location at) {
        if (id == null) return null;
        Level l = levels.get(id);
        if (l == null) unknown.add(reference(ownerId, field, id, "a level", at));
        return l;
    }

    /** A reference that names nothing, with the closest name of the kind it should name. */
    private UnknownReference reference(String owner, String field, String value, String expected, Location at) {
        java.util.Collection<String> names = expected.equals("a level") ? levels.keySet()
                : expected.equals("a body") ? bodies.keySet() : List.of();
        return new UnknownReference(owner, field, value, expected, at,
                quanze.model.DidYouMean.of(value, new java.util.TreeSet<>(names)));
    }
}
