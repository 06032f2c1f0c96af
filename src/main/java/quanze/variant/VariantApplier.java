package quanze.variant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import quanze.catalog.Node;
import quanze.catalog.Trees;
import quanze.model.InputException;
import quanze.model.Problem;

/** Applies a variant's edits to a copy of a catalog's trees; the files themselves are never touched. */
public final class VariantApplier {

    /** The edited trees, and the rule changes that go with them ({@code extraRules}: DRL files by shown name). */
    public record Applied(List<Node> roots, Set<String> disabled, Map<String, Path> extraRules) {
    }

    private VariantApplier() {
    }

    public static Applied apply(List<Node> roots, List<Edit> edits) throws InputException {
        List<Node> out = new ArrayList<>(roots);
        Set<String> disabled = new LinkedHashSet<>();
        Map<String, Path> extra = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Edit e : edits) {
            switch (e.kind()) {
                case PRINCIPLE -> principle(out, e);
                case ITEM -> {
                    if (!editListEntry(out, "categories", "items", e.key(), m -> Trees.merge(m, (Node.MapNode) e.value()))) {
                        problems.add(new Problem(e.location(), "items." + e.key() + ": no item '" + e.key() + "' in the catalog"));
                    }
                }
                case LEVEL -> {
                    if (!(e.value() instanceof Node.MapNode patch)
                            || !editTopEntry(out, "levels", e.key(), m -> Trees.merge(m, patch))) {
                        problems.add(new Problem(e.location(), "levels." + e.key() + ": no level '" + e.key()
                                + "' in the catalog (or not a mapping of fields)"));
                    }
                }
                case UNIT -> {
                    if (!(e.value() instanceof Node.MapNode patch)
                            || !editTopEntry(out, "units", e.key(), m -> Trees.merge(m, patch))) {
                        problems.add(new Problem(e.location(), "units." + e.key() + ": no unit '" + e.key()
                                + "' in the catalog (or not a mapping of fields)"));
                    }
                }
                case ADD_UNIT -> addEntry(out, "units", "unit", e, problems);
                case ADD_STATE -> addEntry(out, "states", "state", e, problems);
                case REMOVE_UNIT -> {
                    if (!editTopEntry(out, "units", e.key(), m -> null)) {
                        problems.add(new Problem(e.location(), "remove.units: no unit '" + e.key() + "' in the catalog"));
                    }
                }
                case ADD_LEVEL -> addEntry(out, "levels", "level", e, problems);
                case ADD_BODY -> addEntry(out, "bodies", "body", e, problems);
                case ADD_ITEM -> {
                    String category = e.value() instanceof Node.MapNode m ? Trees.textOf(m.fields().get("category")) : null;
                    if (category == null || !addItem(out, category, Trees.without((Node.MapNode) e.value(), "category"))) {
                        problems.add(new Problem(e.location(), "add.items: each item needs 'category:' naming a"
                                + " category of the catalog" + (category == null ? "" : " ('" + category + "' is none)")));
                    }
                }
                case REMOVE_ITEM -> {
                    if (!editListEntry(out, "categories", "items", e.key(), m -> null)) {
                        problems.add(new Problem(e.location(), "remove.items: no item '" + e.key() + "' in the catalog"));
                    }
                }
                case DISABLE_RULE -> disabled.add(e.key());
                case EXTRA_RULES -> extra.put(Trees.textOf(e.value()), Path.of(e.key()));
            }
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        return new Applied(out, disabled, extra);
    }

    private static void principle(List<Node> roots, Edit e) {
        for (int i = 0; i < roots.size(); i++) {
            if (roots.get(i) instanceof Node.MapNode m && m.fields().get("principle") instanceof Node.MapNode p) {
                // a mapping (roles, communityServices) merges into the catalog's own; anything else replaces it
                Node now = p.fields().get(e.key()) instanceof Node.MapNode old && e.value() instanceof Node.MapNode nm
                        ? Trees.merge(old, nm) : e.value();
                roots.set(i, Trees.with(m, "principle", Trees.with(p, e.key(), now)));
                return;
            }
        }
        Node.MapNode first = (Node.MapNode) roots.get(0);
        Node.MapNode block = new Node.MapNode(new java.util.LinkedHashMap<>(), new java.util.HashMap<>(), e.location());
        roots.set(0, Trees.with(first, "principle", Trees.with(block, e.key(), e.value())));
    }

    /** Edits the entry with this id in a top-level list ({@code levels}); null removes it. */
    private static boolean editTopEntry(List<Node> roots, String list, String id, UnaryOperator<Node.MapNode> f) {
        for (int i = 0; i < roots.size(); i++) {
            if (!(roots.get(i) instanceof Node.MapNode m) || !(m.fields().get(list) instanceof Node.ListNode l)) continue;
            Node.ListNode edited = editById(l, id, f);
            if (edited != null) {
                roots.set(i, Trees.with(m, list, edited));
                return true;
            }
        }
        return false;
    }

    /** Edits the entry with this id in a nested list ({@code categories[].items}); null removes it. */
    private static boolean editListEntry(List<Node> roots, String outer, String inner, String id,
                                         UnaryOperator<Node.MapNode> f) {
        for (int i = 0; i < roots.size(); i++) {
            if (!(roots.get(i) instanceof Node.MapNode m) || !(m.fields().get(outer) instanceof Node.ListNode cats)) continue;
            List<Node> newCats = new ArrayList<>(cats.items());
            for (int c = 0; c < newCats.size(); c++) {
                if (!(newCats.get(c) instanceof Node.MapNode cat) || !(cat.fields().get(inner) instanceof Node.ListNode items)) {
                    continue;
                }
                Node.ListNode edited = editById(items, id, f);
                if (edited != null) {
                    newCats.set(c, Trees.with(cat, inner, edited));
                    roots.set(i, Trees.with(m, outer, new Node.ListNode(newCats, cats.at())));
                    return true;
                }
            }
        }
        return false;
    }

    private static Node.ListNode editById(Node.ListNode l, String id, UnaryOperator<Node.MapNode> f) {
        List<Node> items = new ArrayList<>(l.items());
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k) instanceof Node.MapNode e && id != null && id.equals(Trees.textOf(e.fields().get("id")))) {
                Node.MapNode now = f.apply(e);
                if (now == null) items.remove(k);
                else items.set(k, now);
                return new Node.ListNode(items, l.at());
            }
        }
        return null;
    }

    /** Appends an added level or body, unless the catalog (or an earlier addition) already has its id. */
    private static void addEntry(List<Node> roots, String list, String what, Edit e, List<Problem> problems) {
        if (e.key() != null && hasEntry(roots, list, e.key())) {
            problems.add(new Problem(e.location(), "a second " + what + " '" + e.key() + "': add." + list + " adds a "
                    + what + " the catalog already has" + (list.equals("levels") ? " (to change it, patch it under"
                    + " 'levels:')" : "")));
            return;
        }
        append(roots, list, e.value());
    }

    private static boolean hasEntry(List<Node> roots, String list, String id) {
        for (Node root : roots) {
            if (!(root instanceof Node.MapNode m) || !(m.fields().get(list) instanceof Node.ListNode l)) continue;
            for (Node entry : l.items()) {
                if (entry instanceof Node.MapNode em && id.equals(Trees.textOf(em.fields().get("id")))) return true;
            }
        }
        return false;
    }

    private static void append(List<Node> roots, String list, Node entry) {
        for (int i = 0; i < roots.size(); i++) {
            if (roots.get(i) instanceof Node.MapNode m && m.fields().get(list) instanceof Node.ListNode l) {
                List<Node> items = new ArrayList<>(l.items());
                items.add(entry);
                roots.set(i, Trees.with(m, list, new Node.ListNode(items, l.at())));
                return;
            }
        }
        Node.MapNode first = (Node.MapNode) roots.get(0);
        roots.set(0, Trees.with(first, list, new Node.ListNode(List.of(entry), entry.at())));
    }

    private static boolean addItem(List<Node> roots, String category, Node.MapNode item) {
        for (int i = 0; i < roots.size(); i++) {
            if (!(roots.get(i) instanceof Node.MapNode m) || !(m.fields().get("categories") instanceof Node.ListNode cats)) {
                continue;
            }
            List<Node> newCats = new ArrayList<>(cats.items());
            for (int c = 0; c < newCats.size(); c++) {
                if (newCats.get(c) instanceof Node.MapNode cat && category.equals(Trees.textOf(cat.fields().get("id")))) {
                    List<Node> items = cat.fields().get("items") instanceof Node.ListNode l ? new ArrayList<>(l.items())
                            : new ArrayList<>();
                    items.add(item);
                    newCats.set(c, Trees.with(cat, "items", new Node.ListNode(items, item.at())));
                    roots.set(i, Trees.with(m, "categories", new Node.ListNode(newCats, cats.at())));
                    return true;
                }
            }
        }
        return false;
    }
}
