package quanze.catalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import quanze.model.Basis;
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

    static final List<String> ITEM = List.of("id", "name", "type", "basis", "floor", "traits", "scope",
            "responsibilities", "accountability", "declared", "service", "origin", "note", "extra");
    static final List<String> BASIS = List.of("law", "article", "rank", "confirmed", "note");
    static final List<String> DECLARED = List.of("level", "source", "entrustment", "roles");
    static final List<String> ENTRUSTMENT = List.of("by", "basis");

    private final List<Problem> problems;
    private final Interner strings;

    ItemReader(List<Problem> problems, Interner strings) {
        this.problems = problems;
        this.strings = strings;
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
        if (f.has("extra") && !(f.node("extra") instanceof Node.MapNode)) {
            problems.add(new Problem(f.node("extra").at(), "'extra' must map column names to values (kept from an"
                    + " imported list, not read by the rules)"));
        }
        if (id == null) return null;
        return new ItemDraft(category, id, name, type, basis, floor, f.keyAt("floor"), traits, scope,
                responsibilities, accountability, declared, service, origin, f.keyAt("origin"), note, f.at());
    }

    Basis basis(Node node) {
        Fields f = Fields.of(node, "a basis", BASIS, problems);
        if (f == null) return null;
        String law = strings.of(f.string("law", true, "a basis"));
        String article = strings.of(f.string("article", true, "a basis"));
        Rank rank = f.enumOf("rank", Rank.class, true, "a basis");
        return strings.basis(new Basis(law, article, rank, f.bool("confirmed", true), f.string("note", false, "a basis")));
    }

    private ItemDraft.DeclaredDraft declared(Node node) {
        Fields f = Fields.of(node, "declared", DECLARED, problems);
        if (f == null) return null;
        String level = strings.of(f.string("level", true, "declared"));
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
        return new ItemDraft.DeclaredDraft(level, f.keyAt("level"), source, by, byAt, entrustmentBasis, entrusted,
                roles, roleAt, f.at());
    }
}
