package quanze.lint;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import quanze.catalog.PrincipleReader;
import quanze.engine.Engine;
import quanze.engine.RuleBase;
import quanze.model.Basis;
import quanze.model.Body;
import quanze.model.Catalog;
import quanze.model.CatalogInfo;
import quanze.model.Category;
import quanze.model.CategoryKind;
import quanze.model.CommunityBody;
import quanze.model.Decision;
import quanze.model.Declared;
import quanze.model.Item;
import quanze.model.Keyed;
import quanze.model.Level;
import quanze.model.Location;
import quanze.model.PowerType;
import quanze.model.Principle;
import quanze.model.Rank;
import quanze.model.Role;
import quanze.model.Scope;
import quanze.model.Service;
import quanze.model.Source;
import quanze.model.StatutoryLevel;
import quanze.model.Text;
import quanze.model.Trait;

/**
 * The exhaustive check of the decision space: every combination of the inputs the decision rules read —
 * traits, scope, statutory floor, legal basis and its rank, power type, declared level and source, kind of
 * item, community service, origin, and the principle's switches — is put to the rules, and each must get
 * exactly one decision. A combination with none is a gap; with two or more, a conflict. For each, the
 * smallest counterexample (fewest inputs away from an ordinary delegable licence) comes back as a scenario.
 */
final class DecisionSpace {

    private static final Location HERE = new Location("(decision space)", 0, 0);
    private static final List<String> FLOORS = List.of("none", "city", "district", "street", "community");
    private static final List<String> BASES = List.of("law", "none", "departmental-rule");

    /** One combination: its inputs by name (insertion order is the order a scenario lists them). */
    record Combo(Map<String, String> inputs, Map<String, String> defaults) {
        int distance() {
            int d = 0;
            for (var e : inputs.entrySet()) if (!e.getValue().equals(defaults.get(e.getKey()))) d++;
            return d;
        }
    }

    List<LintFinding> check(RuleBase rules) {
        Engine engine = new Engine(rules);
        Principle base = PrincipleReader.bundled();
        List<Combo> gaps = new ArrayList<>();
        List<Combo> conflicts = new ArrayList<>();
        List<Set<Trait>> traitSwitches = List.of(base.delegableTraits(), EnumSet.of(Trait.MICRO), EnumSet.noneOf(Trait.class));
        List<Set<Scope>> scopeSwitches = List.of(base.blockingScopes(), EnumSet.noneOf(Scope.class));
        for (Set<Trait> dt : traitSwitches) {
            for (Set<Scope> bs : scopeSwitches) {
                for (boolean streetAbolished : new boolean[] {true, false}) {
                    Principle p = new Principle(base.id(), base.name(), dt, bs, base.delegateTo(), base.retainAt(),
                            base.communityLevel(), base.delegated(), base.retained(), base.community(), base.street(),
                            base.communityServices(), base.holding());
                    Map<String, String> principle = new LinkedHashMap<>();
                    principle.put("principle.delegableTraits", keys(dt));
                    principle.put("principle.blockingScopes", keys(bs));
                    principle.put("levels.street.abolished", String.valueOf(streetAbolished));
                    run(engine, p, base, streetAbolished, principle, gaps, conflicts);
                }
            }
        }
        List<LintFinding> out = new ArrayList<>();
        report("gap", "get no decision", gaps, out);
        report("conflict", "get more than one decision", conflicts, out);
        return out;
    }

    private static void report(String what, String verb, List<Combo> combos, List<LintFinding> out) {
        if (combos.isEmpty()) return;
        Combo smallest = combos.stream().min((a, b) -> Integer.compare(a.distance(), b.distance())).get();
        out.add(new LintFinding(HERE, "error", "decision space: " + combos.size() + " combination"
                + (combos.size() == 1 ? "" : "s") + " of inputs " + verb + " (a " + what + "); the smallest: "
                + describe(smallest), scenario(what, smallest)));
    }

    private static String describe(Combo c) {
        List<String> parts = new ArrayList<>();
        for (var e : c.inputs().entrySet()) {
            if (!e.getValue().equals(c.defaults().get(e.getKey()))) parts.add(e.getKey() + "=" + e.getValue());
        }
        return parts.isEmpty() ? "an ordinary micro-level licence in one district" : String.join(", ", parts);
    }

    /** The counterexample as a scenario ready to paste into rules/tests/, its expectation left to decide. */
    private static String scenario(String what, Combo c) {
        Map<String, String> in = c.inputs();
        StringBuilder item = new StringBuilder();
        java.util.function.BiConsumer<String, String> field = (k, v) -> {
            if (item.length() > 0) item.append(", ");
            item.append(k).append(": ").append(v);
        };
        if (!in.get("kind").equals("approval")) field.accept("kind", in.get("kind"));
        if (in.containsKey("traits") && !in.get("traits").equals(c.defaults().get("traits"))) field.accept("traits", in.get("traits"));
        if (in.containsKey("scope") && !in.get("scope").equals("within-district")) field.accept("scope", in.get("scope"));
        if (in.containsKey("floor") && !in.get("floor").equals("none")) field.accept("floor", in.get("floor"));
        if (in.containsKey("statutory") && !in.get("statutory").equals("none")) {
            field.accept("basis", "[{law: 某法, article: \"1\", rank: law, text: \"由" + ("city".equals(in.get("statutory"))
                    ? "设区的市级以上" : "县级以上") + "人民政府有关主管部门核发许可证。\"}]");
        }
        if (in.containsKey("basis")) {
            switch (in.get("basis")) {
                case "none" -> field.accept("basis", "[]");
                case "departmental-rule" -> field.accept("basis", "[{law: 某部門規章, article: \"1\", rank: departmental-rule}]");
                default -> { }
            }
        }
        if (in.containsKey("type") && !in.get("type").equals("licensing")) field.accept("type", in.get("type"));
        if (in.containsKey("service")) field.accept("service", in.get("service"));
        if (in.containsKey("origin") && !in.get("origin").equals("none")) field.accept("origin", in.get("origin"));
        StringBuilder sb = new StringBuilder();
        sb.append("- name: ").append(describe(c)).append(" (a ").append(what).append(" found by quanze lint)\n");
        sb.append("  given:\n");
        StringBuilder principle = new StringBuilder();
        if (!in.get("principle.delegableTraits").equals(c.defaults().get("principle.delegableTraits"))) {
            principle.append("delegableTraits: ").append(in.get("principle.delegableTraits"));
        }
        if (!in.get("principle.blockingScopes").equals(c.defaults().get("principle.blockingScopes"))) {
            principle.append(principle.length() > 0 ? ", " : "").append("blockingScopes: ")
                    .append(in.get("principle.blockingScopes"));
        }
        if (principle.length() > 0) sb.append("    principle: {").append(principle).append("}\n");
        if (in.get("levels.street.abolished").equals("false")) {
            sb.append("    # with the street level in force: use given.catalog with levels [..., {id: street}]\n");
        }
        sb.append("    item: {").append(item).append("}\n");
        sb.append("  expect:\n    decision: delegate   # or retain: say which the principle wants\n");
        return sb.toString();
    }

    private static String keys(Set<? extends Keyed> set) {
        return "[" + String.join(", ", set.stream().map(Keyed::key).toList()) + "]";
    }

    private void run(Engine engine, Principle p, Principle base, boolean streetAbolished, Map<String, String> principle,
                     List<Combo> gaps, List<Combo> conflicts) {
        Level city = new Level("city", null, 0, false, HERE);
        Level district = new Level("district", null, 1, false, HERE);
        Level street = new Level("street", null, 2, streetAbolished, HERE);
        Level community = new Level("community", null, 3, false, HERE);
        Map<String, Level> levels = Map.of("city", city, "district", district, "street", street, "community", community);
        Body cityDept = new Body("city-dept", new Text("市", null), "city", city, null, null, HERE);
        Body districtDept = new Body("district-dept", new Text("區", null), "district", district, null, null, HERE);
        Body centre = new Body("service-centre", new Text("中心", null), "community", community, null,
                CommunityBody.PUBLIC_SERVICE_CENTRE, HERE);
        List<Item> items = new ArrayList<>();
        Map<String, Combo> combos = new HashMap<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("principle.delegableTraits", keys(base.delegableTraits()));
        defaults.put("principle.blockingScopes", keys(base.blockingScopes()));
        defaults.put("levels.street.abolished", "true");
        defaults.put("kind", "approval");
        defaults.put("traits", "[micro]");
        defaults.put("scope", "within-district");
        defaults.put("floor", "none");
        defaults.put("statutory", "none");
        defaults.put("basis", "law");
        defaults.put("type", "licensing");
        defaults.put("declared.level", "district");
        defaults.put("declared.source", "delegated");
        defaults.put("origin", "none");
        Basis law = new Basis("建築法", "7", Rank.LAW, true, null);
        Basis rule = new Basis("某部門規章", "1", Rank.DEPARTMENTAL_RULE, true, null);
        for (CategoryKind kind : List.of(CategoryKind.APPROVAL, CategoryKind.MANAGEMENT)) {
            Category cat = new Category(kind.key(), new Text(kind.key(), null), kind, null, HERE);
            for (int mask = 0; mask < 8; mask++) {
                Set<Trait> traits = EnumSet.noneOf(Trait.class);
                for (Trait t : Trait.values()) if ((mask & (1 << t.ordinal())) != 0) traits.add(t);
                for (Scope scope : Scope.values()) {
                    for (String floor : FLOORS) {
                      // a floor read from the basis's words stands in for a missing typed floor
                      for (String read : "none".equals(floor) ? List.of("none", "city", "district") : List.of("none")) {
                        for (String basis : BASES) {
                            for (PowerType type : List.of(PowerType.LICENSING, PowerType.OTHER)) {
                                for (String declaredLevel : List.of("district", "city")) {
                                    for (Source source : List.of(Source.DELEGATED, Source.BY_LAW)) {
                                        String id = "c" + items.size();
                                        Map<String, String> in = new LinkedHashMap<>(principle);
                                        in.put("kind", kind.key());
                                        in.put("traits", keys(traits));
                                        in.put("scope", scope.key());
                                        in.put("floor", floor);
                                        in.put("statutory", read);
                                        in.put("basis", basis);
                                        in.put("type", type.key());
                                        in.put("declared.level", declaredLevel);
                                        in.put("declared.source", source.key());
                                        combos.put(id, new Combo(in, defaults));
                                        List<Basis> b = basis.equals("none") ? List.of()
                                                : List.of(basis.equals("law") ? law : rule);
                                        Level dl = levels.get(declaredLevel);
                                        Item item = item(id, cat, type, b, "none".equals(floor) ? null : levels.get(floor),
                                                traits, scope, null, null, dl, source,
                                                dl == city ? cityDept : districtDept, cityDept);
                                        items.add("none".equals(read) || b.isEmpty() ? item : read(item, levels.get(read)));
                                    }
                                }
                            }
                        }
                      }
                    }
                }
            }
        }
        Category services = new Category("community-service", new Text("s", null), CategoryKind.COMMUNITY_SERVICE,
                null, HERE);
        for (Service s : Service.values()) {
            String id = "c" + items.size();
            Map<String, String> in = new LinkedHashMap<>(principle);
            in.put("kind", "community-service");
            in.put("service", s.key());
            combos.put(id, new Combo(in, defaults));
            items.add(item(id, services, PowerType.OTHER, List.of(law), null, EnumSet.noneOf(Trait.class),
                    Scope.WITHIN_DISTRICT, s, null, community, Source.DELEGATED, centre, cityDept));
        }
        Category streetFunctions = new Category("street-function", new Text("f", null), CategoryKind.STREET_FUNCTION,
                null, HERE);
        for (String origin : List.of("none", "street", "district")) {
            String id = "c" + items.size();
            Map<String, String> in = new LinkedHashMap<>(principle);
            in.put("kind", "street-function");
            in.put("origin", origin);
            combos.put(id, new Combo(in, defaults));
            items.add(item(id, streetFunctions, PowerType.OTHER, List.of(law), null, EnumSet.noneOf(Trait.class),
                    Scope.WITHIN_DISTRICT, null, "none".equals(origin) ? null : levels.get(origin), district,
                    Source.DELEGATED, districtDept, cityDept));
        }
        Catalog catalog = new Catalog("(decision space)", new CatalogInfo("space", new Text("space", null), true,
                null, null, null, HERE), p, List.of(city, district, street, community),
                List.of(cityDept, districtDept, centre), List.of(cat(CategoryKind.APPROVAL)), items, List.of());
        Map<String, Integer> count = new HashMap<>();
        for (Decision d : engine.check(catalog).decisions()) count.merge(d.itemId(), 1, Integer::sum);
        for (Item i : items) {
            int n = count.getOrDefault(i.id(), 0);
            if (n == 0) gaps.add(combos.get(i.id()));
            if (n > 1) conflicts.add(combos.get(i.id()));
        }
    }

    /** The item with a floor read from its basis's words (as quanze.law would read 由县级以上…). */
    private static Item read(Item i, Level floor) {
        StatutoryLevel s = new StatutoryLevel(floor, null, "由" + floor.id() + "…核发", "decision-space", i.citations(),
                true, false, List.of());
        return new Item(i.id(), i.name(), i.categoryId(), i.category(), i.type(), i.basis(), i.floor(), s, i.traits(),
                i.scope(), i.responsibilities(), i.accountability(), i.declared(), i.service(), i.origin(), i.note(),
                i.extra(), i.imported(), i.location());
    }

    private static Category cat(CategoryKind kind) {
        return new Category(kind.key(), new Text(kind.key(), null), kind, null, HERE);
    }

    private static Item item(String id, Category cat, PowerType type, List<Basis> basis, Level floor,
                             Set<Trait> traits, Scope scope, Service service, Level origin, Level declaredLevel,
                             Source source, Body local, Body cityBody) {
        Map<Role, String> ids = new EnumMap<>(Role.class);
        Map<Role, Body> roles = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            Body b = r.ordinal() < 4 ? cityBody : local;
            ids.put(r, b.id());
            roles.put(r, b);
        }
        Declared d = new Declared(declaredLevel.id(), declaredLevel, source, null, ids, roles, HERE);
        return new Item(id, new Text("事項" + id, null), cat.id(), cat, type, basis, floor, null, traits, scope,
                List.of("受理責任"), List.of("違法許可"), d, service, origin, null, Map.of(), null, HERE);
    }
}
