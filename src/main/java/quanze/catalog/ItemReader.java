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
import quanze.model.Transfer;
import quanze.model.Approver;
import quanze.model.Trait;

/** Reads one item mapping into an {@link ItemDraft}, checking names, types and enum values. */
final class ItemReader {

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
        Fields f = Fields.of(node, CatalogShapes.ITEM_FIELDS, "an item", problems);
        if (f == null) return null;
        String id = f.string("id");
        var name = f.text("name");
        PowerType type = f.enumOf("type", PowerType.class);
        List<Basis> basis = strings.list(f.map("basis", this::basis));
        String floor = strings.of(f.string("floor"));
        var traits = f.enumSet("traits", Trait.class);
        Scope scope = f.enumOf("scope", Scope.class);
        Service service = f.enumOf("service", Service.class);
        String origin = strings.of(f.string("origin"));
        ItemDraft.DeclaredDraft declared = f.has("declared") ? declared(f.node("declared")) : null;
        var responsibilities = strings.list(f.strings("responsibilities").stream().map(strings::of).toList());
        var accountability = strings.list(f.strings("accountability").stream().map(strings::of).toList());
        String note = f.string("note");
        Map<String, String> extra = f.has("extra") ? extra(f.node("extra")) : Map.of();
        Imported imported = f.has("imported") ? imported(f.node("imported")) : null;
        if (id == null) return null;
        return new ItemDraft(category, id, name, type, basis, floor, f.valueAt("floor"), traits, scope,
                responsibilities, accountability, declared, service, origin, f.valueAt("origin"), note, extra, imported,
                f.at());
    }

    /** The columns of an imported list kept as written: header → text. */
    Map<String, String> extra(Node node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node instanceof Node.MapNode m) {
            m.fields().forEach((k, v) -> {
                if (v instanceof Node.Scalar s && s.text() != null) out.put(strings.of(k), s.text());
            });
        }
        return out;
    }

    /** Where an imported item came from: {file, sheet, row}. */
    Imported imported(Node node) {
        Fields f = Fields.read(node, problems);
        if (f == null) return null;
        String file = strings.of(f.string("file"));
        String sheet = strings.of(f.string("sheet"));
        Integer row = f.integer("row");
        return file == null || row == null ? null : new Imported(file, sheet, row);
    }

    Basis basis(Node node) {
        Fields f = Fields.read(node, problems);
        if (f == null) return null;
        String law = strings.of(f.string("law"));
        String article = strings.of(f.string("article"));
        Rank rank = f.enumOf("rank", Rank.class);
        return strings.basis(new Basis(law, strings.of(f.string("short")), article,
                f.string("paragraph"), f.string("subparagraph"), rank, f.bool("confirmed", true),
                f.string("note"), strings.of(f.string("tag")), strings.of(f.string("version")),
                f.string("adopted"), f.string("amended"), f.string("effective"),
                f.string("text")));
    }

    private ItemDraft.DeclaredDraft declared(Node node) {
        Fields f = Fields.read(node, problems);
        if (f == null) return null;
        List<String> levels = new ArrayList<>();
        List<Location> levelAt = new ArrayList<>();
        levels(f, levels, levelAt);
        Source source = f.enumOf("source", Source.class);
        String field = f.has("entrustment") ? "entrustment" : f.has("transfer") ? "transfer" : null;
        if (f.has("entrustment") && f.has("transfer")) {
            problems.add(new Problem(f.keyAt("transfer"), "an item's declaration has both 'entrustment' and 'transfer':"
                    + " write the route's details once, under 'transfer' ('entrustment' is its older name)"));
        }
        Transfer transfer = field == null ? null : transfer(f.node(field));
        Location byAt = transfer == null ? null : Fields.read(f.node(field), problems).keyAt("by");
        Map<Role, String> roles = new EnumMap<>(Role.class);
        Map<Role, Location> roleAt = new EnumMap<>(Role.class);
        if (f.node("roles") instanceof Node.MapNode m) {
            // a role by its key or its Chinese name in either script (管政策, 抓執行)
            for (var e : m.fields().entrySet()) {
                Role role = Fields.enumValue(new Node.Scalar(e.getKey(), Node.Scalar.Kind.STRING, m.at()), Role.class);
                String bodyId = Fields.text(e.getValue());
                if (role == null || bodyId == null) continue;
                roles.put(role, strings.of(bodyId));
                roleAt.put(role, e.getValue().at());
            }
        }
        return new ItemDraft.DeclaredDraft(levels, levelAt, source, transfer, field, byAt,
                roles, roleAt, f.string("authority"), f.at());
    }

    /** A {@code transfer} or {@code entrustment} block, held to its shape already; null when it is not a mapping. */
    Transfer transfer(Node node) {
        Fields e = Fields.read(node, problems);
        if (e == null) return null;
        Boolean published = e.has("published") ? e.bool("published", false) : null;
        Boolean inOwnName = e.has("inOwnName") ? e.bool("inOwnName", false) : null;
        return new Transfer(strings.of(e.string("by")), e.map("basis", this::basis), e.string("document"), published,
                inOwnName, e.enumOf("approvedBy", Approver.class));
    }

    /**
     * {@code level: county}, or several: {@code level: [province, prefecture, county]} (a list that declares the
     * item at each). Each id is placed at its key for one level, at its value for several.
     */
    private void levels(Fields f, List<String> levels, List<Location> levelAt) {
        Node n = f.node("level");
        if (n instanceof Node.ListNode l) {
            for (Node e : l.items()) {
                String id = Fields.text(e);
                if (id == null || levels.contains(id)) continue; // named twice: said by the shape
                levels.add(strings.of(id));
                levelAt.add(e.at());
            }
            return;
        }
        String id = f.string("level");
        if (id != null) {
            levels.add(strings.of(id));
            levelAt.add(f.valueAt("level"));
        }
    }
}
