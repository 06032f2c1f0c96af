package quanze.catalog;

import quanze.schema.CatalogShapes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import quanze.model.Basis;
import quanze.model.Imported;
import quanze.model.Location;
import quanze.model.PowerType;
import quanze.model.Problem;
import quanze.model.Rank;
import quanze.model.Role;
import quanze.model.Scope;
import quanze.model.Service;
import quanze.model.Source;
import quanze.model.Trait;

/** Reads one item mapping into an {@link ItemDraft}, checking names, types and enum values. */
final class ItemReader {

    static final List<String> ITEM = CatalogShapes.ITEM_FIELDS.names();
    static final List<String> BASIS = CatalogShapes.BASIS_FIELDS.names();
    static final List<String> DECLARED = CatalogShapes.DECLARED.names();
    static final List<String> IMPORTED = CatalogShapes.IMPORTED.names();
    static final List<String> ENTRUSTMENT = CatalogShapes.ENTRUSTMENT.names();

    private final List<Problem> problems;
    private final Interner strings;

    ItemReader(List<Problem> problems, Interner strings) {
        this.problems = problems;
        this.strings = strings;
    }

    /** Where this reader says what it found wrong. */
    List<Problem> problems() {
        return problems;
    }

    ItemDraft draft(Node node, int category) {
        Fields f = Fields.of(node, "an item", ITEM, problems);
        if (f == null) return null;
        String what = "an item";
        String id = f.string("id", true, what);
        var name = f.text("name", true, what);
        PowerType type = f.enumOf("type", PowerType.class, true, what);
        List<Basis> basis = strings.list(f.map("basis", this::basis));
        String floor = strings.of(f.string("floor", false, what));
        var traits = f.enumSet("traits", Trait.class);
        Scope scope = f.enumOf("scope", Scope.class, false, what);
        Service service = f.enumOf("service", Service.class, false, what);
        String origin = strings.of(f.string("origin", false, what));
        if (!f.has("declared")) f.require("declared", what);
        ItemDraft.DeclaredDraft declared = f.has("declared") ? declared(f.node("declared")) : null;
        var responsibilities = strings.list(f.strings("responsibilities").stream().map(strings::of).toList());
        var accountability = strings.list(f.strings("accountability").stream().map(strings::of).toList());
        String note = f.string("note", false, what);
        Map<String, String> extra = f.has("extra") ? extra(f.node("extra")) : Map.of();
        Imported imported = f.has("imported") ? imported(f.node("imported")) : null;
        if (id == null) return null;
        return new ItemDraft(category, id, name, type, basis, floor, f.valueAt("floor"), traits, scope,
                responsibilities, accountability, declared, service, origin, f.valueAt("origin"), note, extra, imported,
                f.at());
    }

    /** The columns of an imported list kept as written: header → text. */
    Map<String, String> extra(Node node) {
        if (!(node instanceof Node.MapNode m)) {
            problems.add(new Problem(node.at(), "'extra' must map column names to values (kept from an"
                    + " imported list, not read by the rules)"));
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        m.fields().forEach((k, v) -> {
            String text = v instanceof Node.Scalar s && s.kind() != Node.Scalar.Kind.NULL ? s.text() : null;
            if (text == null) {
                problems.add(new Problem(v.at(), "'extra' values are text (a cell as written), found " + v.describe()));
            } else {
                out.put(strings.of(k), text);
            }
        });
        return out;
    }

    /** Where an imported item came from: {file, sheet, row}. */
    Imported imported(Node node) {
        Fields f = Fields.of(node, "imported", IMPORTED, problems);
        if (f == null) return null;
        String file = strings.of(f.string("file", true, "imported"));
        String sheet = strings.of(f.string("sheet", false, "imported"));
        Integer row = f.integer("row", true, "imported");
        return file == null || row == null ? null : new Imported(file, sheet, row);
    }

    Basis basis(Node node) {
        Fields f = Fields.of(node, "a basis", BASIS, problems);
        if (f == null) return null;
        String law = strings.of(f.string("law", true, "a basis"));
        String article = strings.of(f.string("article", true, "a basis"));
        Rank rank = f.enumOf("rank", Rank.class, true, "a basis");
        String w = "a basis";
        return strings.basis(new Basis(law, strings.of(f.string("short", false, w)), article,
                f.string("paragraph", false, w), f.string("subparagraph", false, w), rank, f.bool("confirmed", true),
                f.string("note", false, w), strings.of(f.string("tag", false, w)), strings.of(f.string("version", false, w)),
                f.string("adopted", false, w), f.string("amended", false, w), f.string("effective", false, w),
                f.string("text", false, w)));
    }

    private ItemDraft.DeclaredDraft declared(Node node) {
        Fields f = Fields.of(node, "declared", DECLARED, problems);
        if (f == null) return null;
        List<String> levels = new ArrayList<>();
        List<Location> levelAt = new ArrayList<>();
        levels(f, levels, levelAt);
        Source source = f.enumOf("source", Source.class, true, "declared");
        String by = null;
        Location byAt = null;
        List<Basis> entrustmentBasis = List.of();
        boolean entrusted = false;
        if (f.has("entrustment")) {
            Fields e = Fields.of(f.node("entrustment"), "entrustment", ENTRUSTMENT, problems);
            if (e != null) {
                entrusted = true;
                by = strings.of(e.string("by", true, "entrustment"));
                byAt = e.keyAt("by");
                entrustmentBasis = e.map("basis", this::basis);
            }
        }
        Map<Role, String> roles = new EnumMap<>(Role.class);
        Map<Role, Location> roleAt = new EnumMap<>(Role.class);
        if (f.has("roles")) {
            Node rn = f.node("roles");
            if (rn instanceof Node.MapNode m) {
                for (var e : m.fields().entrySet()) {
                    Location keyAt = m.keys().get(e.getKey());
                    Role role = Fields.enumValue(new Node.Scalar(e.getKey(), Node.Scalar.Kind.STRING, keyAt),
                            "role", Role.class, problems);
                    String bodyId = Fields.scalarText(e.getValue(), e.getKey(), problems);
                    if (role == null || bodyId == null) continue;
                    roles.put(role, strings.of(bodyId));
                    roleAt.put(role, e.getValue().at());
                }
            } else {
                problems.add(new Problem(rn.at(), "'roles' must map each role to a body id, found " + rn.describe()));
            }
        }
        return new ItemDraft.DeclaredDraft(levels, levelAt, source, by, byAt, entrustmentBasis, entrusted,
                roles, roleAt, f.string("authority", false, "declared"), f.at());
    }

    /**
     * {@code level: county}, or several: {@code level: [province, prefecture, county]} (a list that declares the
     * item at each). Each id is placed at its key for one level, at its value for several.
     */
    private void levels(Fields f, List<String> levels, List<Location> levelAt) {
        if (!f.has("level")) {
            f.require("level", "declared");
            return;
        }
        Node n = f.node("level");
        if (n instanceof Node.ListNode l) {
            if (l.items().isEmpty()) problems.add(new Problem(n.at(), "'level' names no level (an empty list)"));
            for (Node e : l.items()) {
                String id = Fields.scalarText(e, "level", problems);
                if (id == null) continue;
                if (levels.contains(id)) {
                    problems.add(new Problem(e.at(), "level '" + id + "' is named twice"));
                    continue;
                }
                levels.add(strings.of(id));
                levelAt.add(e.at());
            }
            return;
        }
        String id = f.string("level", true, "declared");
        if (id != null) {
            levels.add(strings.of(id));
            levelAt.add(f.valueAt("level"));
        }
    }
}
