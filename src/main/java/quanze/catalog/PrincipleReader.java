package quanze.catalog;

import quanze.schema.CatalogShapes;

import quanze.model.InputException;
import quanze.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import quanze.model.CommunityBody;
import quanze.model.Holding;
import quanze.model.Nature;
import quanze.model.NatureRight;
import quanze.model.PowerType;
import quanze.model.Source;
import quanze.model.Keyed;
import quanze.model.Principle;
import quanze.model.Role;
import quanze.model.Scope;
import quanze.model.Service;
import quanze.model.Trait;

/**
 * Reads a {@code principle:} block. Every field is optional: what a block leaves out comes from the principle
 * it overrides (for a catalog, the bundled default in {@code quanze/principle.yaml}).
 */
public final class PrincipleReader {


    private static final String DEFAULT = "/quanze/principle.yaml";

    private PrincipleReader() {
    }

    /** The principle bundled with quanze: the seed's reading of 基層性、基礎性、微觀性權力一律下放. */
    public static Principle bundled() {
        try (InputStream in = PrincipleReader.class.getResourceAsStream(DEFAULT)) {
            Node root = new YamlReader().read(in, "quanze.jar!" + DEFAULT, null);
            List<Problem> problems = new java.util.ArrayList<>();
            Principle p = override(null, ((Node.MapNode) root).fields().get("principle"), problems);
            if (!problems.isEmpty()) throw new IllegalStateException("bundled principle is broken: " + problems);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException("bundled principle is broken: " + e.getMessage(), e);
        }
    }

    /** {@code base} with the fields that {@code node} sets replaced; {@code base} null means all are required. */
    public static Principle override(Principle base, Node node, List<Problem> problems) {
        problems.addAll(Conform.check(node, CatalogShapes.PRINCIPLE_FIELDS, "principle"));
        return overrideChecked(base, node, problems);
    }

    /** Like {@link #override}, for a block already held to its shape with the file it is in. */
    static Principle overrideChecked(Principle base, Node node, List<Problem> problems) {
        Fields f = Fields.read(node, problems);
        if (f == null) return base;
        boolean all = base == null;
        String what = "principle";
        Set<Trait> traits = f.has("delegableTraits") || all ? f.enumSet("delegableTraits", Trait.class)
                : base.delegableTraits();
        Set<Scope> scopes = f.has("blockingScopes") || all ? f.enumSet("blockingScopes", Scope.class)
                : base.blockingScopes();
        Map<Role, String> delegated = all ? null : base.delegated();
        Map<Role, String> retained = all ? null : base.retained();
        Map<Role, String> community = all ? null : base.community();
        Map<Role, String> street = all ? null : base.street();
        if (f.has("roles")) {
            Fields r = Fields.read(f.node("roles"), problems);
            if (r != null) {
                if (r.has("delegated")) delegated = split(r.node("delegated"), "delegated", problems);
                if (r.has("retained")) retained = split(r.node("retained"), "retained", problems);
                if (r.has("community")) community = split(r.node("community"), "community", problems);
                if (r.has("street")) street = split(r.node("street"), "street", problems);
            }
        }
        Map<CommunityBody, Set<Service>> services = all ? null : base.communityServices();
        if (f.has("communityServices")) services = services(f.node("communityServices"));
        Holding holding = all ? new Holding(Map.of(), Map.of()) : base.holding();
        if (f.has("routes") || f.has("natures")) {
            Map<Source, Set<Role>> routes = new EnumMap<>(Source.class);
            routes.putAll(holding.routeRoles());
            for (var e : Fields.entries(f.node("routes"))) {
                Source s = Keyed.parse(Source.class, e.getKey()).orElse(null);
                if (s != null) routes.put(s, enumSet(e.getValue(), Role.class));
            }
            Map<Nature, NatureRight> natures = new EnumMap<>(Nature.class);
            natures.putAll(holding.natures());
            for (var e : Fields.entries(f.node("natures"))) {
                Nature n = Keyed.parse(Nature.class, e.getKey()).orElse(null);
                Fields r = Fields.read(e.getValue(), problems);
                if (n == null || r == null) continue;
                natures.put(n, new NatureRight(r.enumSet("powers", PowerType.class), r.enumSet("routes", Source.class),
                        r.string("basis")));
            }
            holding = new Holding(Map.copyOf(routes), Map.copyOf(natures));
        }
        if (all) {
            for (String k : CatalogShapes.PRINCIPLE_FIELDS.names()) f.require(k, what);
        }
        return new Principle(
                pick(f.string("id"), all ? null : base.id()),
                f.has("name") || all ? f.text("name") : base.name(),
                traits, scopes,
                pick(f.string("delegateTo"), all ? null : base.delegateTo()),
                pick(f.string("retainAt"), all ? null : base.retainAt()),
                pick(f.string("communityLevel"), all ? null : base.communityLevel()),
                delegated, retained, community, street, services, holding);
    }

    private static String pick(String value, String fallback) {
        return value != null ? value : fallback;
    }

    /** {@code {city: [policy, ...], district: [...]}}: level to roles; every role exactly once. */
    private static Map<Role, String> split(Node node, String name, List<Problem> problems) {
        if (!(node instanceof Node.MapNode m)) return Map.of();
        Map<Role, String> out = new EnumMap<>(Role.class);
        Map<Role, String> written = new EnumMap<>(Role.class);
        for (var e : m.fields().entrySet()) {
            for (Node r : Fields.listOf(e.getValue())) {
                Role role = Fields.enumValue(r, Role.class);
                if (role == null) continue;
                String text = Fields.text(r);
                if (!out.containsKey(role)) {
                    out.put(role, e.getKey());
                    written.put(role, text);
                } else if (!out.get(role).equals(e.getKey()) || !written.get(role).equals(text)) {
                    // the same word twice in one list is said by the shape; policy and 管政策 are one role too
                    problems.add(new Problem(r.at(), "role '" + role.key() + "' is " + (out.get(role).equals(e.getKey())
                            ? "named twice for " + e.getKey() + " ('" + written.get(role) + "', '" + text + "')"
                            : "given to both " + out.get(role) + " and " + e.getKey()) + " in roles." + name));
                }
            }
        }
        // supervision of licence holders sits with execution where a split does not place it (谁审批谁监管)
        if (!out.containsKey(Role.HOLDER_SUPERVISION) && out.containsKey(Role.EXECUTION)) {
            out.put(Role.HOLDER_SUPERVISION, out.get(Role.EXECUTION));
        }
        Set<Role> missing = EnumSet.copyOf(Role.SEED);
        missing.removeAll(out.keySet());
        if (!missing.isEmpty()) {
            problems.add(new Problem(m.at(), "roles." + name + " gives no level to "
                    + String.join(", ", missing.stream().map(Keyed::key).toList())
                    + " (every one of the seven roles needs a level)"));
        }
        return out;
    }

    private static <E extends Enum<E> & Keyed> Set<E> enumSet(Node list, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        for (Node n : Fields.listOf(list)) {
            E e = Fields.enumValue(n, type);
            if (e != null) out.add(e);
        }
        return out;
    }

    private static Map<CommunityBody, Set<Service>> services(Node node) {
        Map<CommunityBody, Set<Service>> out = new LinkedHashMap<>();
        if (!(node instanceof Node.MapNode m)) return out;
        for (var e : m.fields().entrySet()) {
            var kind = Keyed.parse(CommunityBody.class, e.getKey());
            if (kind.isEmpty()) continue; // said by the shape
            Set<Service> set = EnumSet.noneOf(Service.class);
            for (Node s : Fields.listOf(e.getValue())) {
                Service service = Fields.enumValue(s, Service.class);
                if (service != null) set.add(service);
            }
            out.put(kind.get(), set);
        }
        return out;
    }
}
