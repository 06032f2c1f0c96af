package quanze.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import quanze.catalog.CatalogReader;
import quanze.catalog.Node;
import quanze.catalog.Trees;
import quanze.engine.Engine;
import quanze.engine.RuleBase;
import quanze.model.Catalog;
import quanze.model.CheckResult;
import quanze.model.CommunityBody;
import quanze.model.Decision;
import quanze.model.Finding;
import quanze.model.Firing;
import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Role;

/**
 * Runs scenarios against a rule base. A scenario's partial item is completed from defaults (a lawful,
 * micro-level licence in one district) and placed in a small base catalog; unless the scenario declares
 * otherwise, the item is declared as the rules allocate it, so that its findings concern only what the
 * scenario states. {@code declared} in a scenario is laid over that allocation.
 */
public final class ScenarioRunner {

    /** What one scenario gave: the failures (empty when it passed) and the rules that fired. */
    public record Outcome(Scenario scenario, List<String> failures, List<Firing> firings) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    static final String BASE = """
            catalog: {id: scenario, name: Scenario}
            levels:
              - {id: city}
              - {id: district}
              - {id: street, abolished: true}
              - {id: community}
            bodies:
              - {id: city-dept, level: city, name: City department}
              - {id: district-dept, level: district, name: District department}
              - {id: city-branch, level: district, parent: city-dept, name: Branch office of the city department}
              - {id: street-office, level: street, name: Street office}
              - {id: party-committee, level: community, kind: party-committee, name: Community Party committee}
              - {id: service-centre, level: community, kind: public-service-centre, name: Public service centre}
              - {id: mass-work-centre, level: community, kind: mass-work-centre, name: Mass-work centre}
              - {id: residents-committee, level: community, kind: residents-committee, name: Residents' committee}
              - {id: social-organisation-centre, level: community, kind: social-organisation-centre, name: Centre}
            """;
    static final String ITEM = """
            id: scenario.item
            name: {zh: 情景事項, en: Scenario item}
            type: licensing
            basis: [{law: 建築法, article: "7", rank: law}]
            traits: [micro]
            scope: within-district
            responsibilities: [受理責任, 審查責任, 決定責任]
            accountability: [對不符合法定條件的申請准予許可的]
            declared:
              level: district
              source: delegated
              roles: {policy: city-dept, standard: city-dept, inspection: city-dept, supervision: city-dept,
                      management: district-dept, execution: district-dept, implementation: district-dept}
            """;
    static final Map<String, String> BODY_AT_LEVEL = Map.of("city", "city-dept", "district", "district-dept",
            "street", "street-office", "community", "service-centre");

    private final Engine engine;

    public ScenarioRunner(RuleBase rules) {
        this.engine = new Engine(rules);
    }

    public Outcome run(Scenario s) {
        try {
            Built built = build(s);
            Engine e = engine;
            // waivers: a register judged after the checks (rules/waivers.drl), on the day asOf, else today
            String asOf = Trees.textOf(s.given().fields().get("asOf"));
            var waivers = quanze.waiver.WaiverRegister.of(s.given().fields().get("waivers"));
            if (!waivers.isEmpty()) e = e.withWaivers(waivers, java.time.LocalDate.now());
            // asOf: the day of the check, as quanze check --as-of gives it (statute versions in force, waivers)
            if (asOf != null && !asOf.isBlank()) e = e.asOf(java.time.LocalDate.parse(asOf), built.catalog());
            CheckResult result = e.checkTracingAll(built.catalog());
            return new Outcome(s, Expectations.check(s, result, built.itemId()), result.firings());
        } catch (InputException e) {
            return new Outcome(s, List.of("the scenario does not describe a valid catalog:\n      "
                    + e.getMessage().replace("\n", "\n      ")), List.of());
        }
    }

    private record Built(Catalog catalog, String itemId) {
    }

    private Built build(Scenario s) throws InputException {
        String shown = s.location().file();
        Node.MapNode given = s.given();
        if (given.fields().get("catalog") instanceof Node.MapNode whole) {
            String item = Trees.textOf(s.expect().fields().get("item"));
            Catalog bound = CatalogReader.bind(shown, whole);
            // a catalog of one item: the expectations are about it, as for a scenario of one item
            if (item == null && bound.items().size() == 1) item = bound.items().get(0).id();
            return new Built(bound, item);
        }
        Node.MapNode base = Trees.parse(BASE, shown + " (scenario base)");
        if (given.fields().get("principle") instanceof Node.MapNode p) base = Trees.with(base, "principle", p);
        Node.MapNode item = Trees.parse(ITEM, shown + " (scenario default)");
        Node.MapNode over = given.fields().get("item") instanceof Node.MapNode m ? m
                : new Node.MapNode(new LinkedHashMap<>(), new HashMap<>(), s.location());
        String kind = Trees.textOf(over.fields().get("kind"));
        over = Trees.without(over, "kind");
        if (kind == null) kind = "approval";
        if (!kind.equals("approval") && !kind.equals("management")) {
            item = Trees.without(Trees.without(item, "traits"), "scope");
            item = Trees.with(item, "type", Trees.text("other", item.at()));
            if (kind.equals("street-function")) item = Trees.with(item, "origin", Trees.text("street", item.at()));
        }
        Node.MapNode declared = over.fields().get("declared") instanceof Node.MapNode d ? d : null;
        Node.MapNode first = Trees.merge(item, over);
        Catalog provisional = CatalogReader.bind(shown, catalog(base, kind, first));
        String id = provisional.items().get(0).id();
        Decision d = engine.check(provisional).decisions().stream().findFirst().orElse(null);
        if (d == null) return new Built(provisional, id);
        Node.MapNode allocated = allocation(d, provisional, first.at());
        Node.MapNode finalItem = Trees.with(first, "declared", declared == null ? allocated : Trees.merge(allocated, declared));
        return new Built(CatalogReader.bind(shown, catalog(base, kind, finalItem)), id);
    }

    private static Node.MapNode catalog(Node.MapNode base, String kind, Node.MapNode item) {
        Location at = item.at();
        LinkedHashMap<String, Node> cat = new LinkedHashMap<>();
        cat.put("id", Trees.text("scenario", at));
        cat.put("kind", Trees.text(kind, at));
        cat.put("name", Trees.text("Scenario", at));
        cat.put("items", Trees.list(at, item));
        Node.MapNode category = new Node.MapNode(cat, new HashMap<>(), at);
        return Trees.with(base, "categories", Trees.list(at, category));
    }

    /** The declaration that matches a decision: its level, and for each role a body of the derived level. */
    private static Node.MapNode allocation(Decision d, Catalog c, Location at) {
        LinkedHashMap<String, Node> roles = new LinkedHashMap<>();
        String communityBody = "service-centre";
        var service = d.item().service();
        if (service != null) {
            for (var e : c.principle().communityServices().entrySet()) {
                if (e.getValue().contains(service)) {
                    communityBody = bodyOfKind(e.getKey());
                    break;
                }
            }
        }
        for (Role r : Role.values()) {
            String level = d.roles().get(r);
            String body = "community".equals(level) ? communityBody : BODY_AT_LEVEL.getOrDefault(level, "city-dept");
            roles.put(r.key(), Trees.text(body, at));
        }
        LinkedHashMap<String, Node> decl = new LinkedHashMap<>();
        decl.put("level", Trees.text(d.level(), at));
        decl.put("source", Trees.text(d.level().equals(c.principle().retainAt()) ? "by-law" : "delegated", at));
        decl.put("roles", new Node.MapNode(roles, new HashMap<>(), at));
        return new Node.MapNode(decl, new HashMap<>(), at);
    }

    private static String bodyOfKind(CommunityBody kind) {
        return switch (kind) {
            case PARTY_COMMITTEE -> "party-committee";
            case PUBLIC_SERVICE_CENTRE -> "service-centre";
            case MASS_WORK_CENTRE -> "mass-work-centre";
            case RESIDENTS_COMMITTEE -> "residents-committee";
            case SOCIAL_ORGANISATION_CENTRE -> "social-organisation-centre";
        };
    }

    /** Codes found, sorted, for messages. */
    static List<String> codes(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) out.add(f.code());
        out.sort(null);
        return out;
    }
}
