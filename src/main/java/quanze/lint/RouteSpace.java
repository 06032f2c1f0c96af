package quanze.lint;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import quanze.catalog.PrincipleReader;
import quanze.engine.Engine;
import quanze.engine.RuleBase;
import quanze.model.Approver;
import quanze.model.Basis;
import quanze.model.Body;
import quanze.model.Catalog;
import quanze.model.CatalogInfo;
import quanze.model.Category;
import quanze.model.CategoryKind;
import quanze.model.CheckResult;
import quanze.model.Declared;
import quanze.model.Finding;
import quanze.model.Firing;
import quanze.model.Item;
import quanze.model.Level;
import quanze.model.Location;
import quanze.model.Nature;
import quanze.model.PowerType;
import quanze.model.Principle;
import quanze.model.Rank;
import quanze.model.Role;
import quanze.model.Scope;
import quanze.model.Source;
import quanze.model.Text;
import quanze.model.Transfer;
import quanze.model.Trait;

/**
 * The lint over routes and legal natures, as {@link DecisionSpace} is over decisions: every combination of route,
 * type of power, entruster, transfer record (basis, publication, name, approval), executing body's nature and
 * declared level is checked by the rules, and
 * <ul>
 * <li>an item held on a route other than by-law or delegated must come out either lawful (the rule that derives a
 * lawful route fires) or with a route finding (QZ122), never neither (a gap) nor both (a conflict);</li>
 * <li>QZ123 must name an item exactly when the principle's {@code natures} do not let its executing body exercise
 * it (a gap: the data forbids it and no finding; a conflict: a finding the data does not ask for).</li>
 * </ul>
 */
final class RouteSpace {

    private static final Location HERE = new Location("(route space)", 0, 0);
    private static final Set<Source> ROUTES =
            Set.of(Source.ENTRUSTED, Source.AUTHORISED, Source.BRANCH, Source.CONCENTRATED, Source.TOWNSHIP_PENALTY);
    static final String LAWFUL = "A power on a route whose conditions hold is exercised where the list declares it";

    private record Case(Map<String, String> inputs, Item item) {
    }

    List<LintFinding> check(RuleBase rules) {
        Principle p = PrincipleReader.bundled();
        Level city = new Level("city", null, 0, false, HERE);
        Level district = new Level("district", null, 1, false, HERE);
        Level township = new Level("township", null, 2, false, HERE);
        Map<String, Level> levels = Map.of("city", city, "district", district, "township", township);
        Body cityDept = new Body("city-dept", new Text("市", null), "city", city, null, null, HERE);
        Body districtDept = new Body("district-dept", new Text("區", null), "district", district, null, null, HERE);
        Map<Nature, Body> executors = new EnumMap<>(Nature.class);
        for (Nature n : Nature.values()) {
            String parent = n == Nature.BRANCH_OFFICE ? "city-dept" : null;
            executors.put(n, new Body("exec-" + n.key(), new Text(n.key(), null), "district", district, parent, null,
                    n, parent == null ? null : "city", HERE));
        }
        List<Body> bodies = new ArrayList<>(List.of(cityDept, districtDept));
        bodies.addAll(executors.values());
        Category cat = new Category("approval", new Text("approval", null), CategoryKind.APPROVAL, null, HERE);
        Basis law = new Basis("行政許可法", "24", Rank.LAW, true, null);
        Basis document = new Basis("某通知", "1", Rank.NORMATIVE_DOCUMENT, true, null);

        List<Case> cases = new ArrayList<>();
        for (Source source : Source.values()) {
            for (PowerType type : List.of(PowerType.LICENSING, PowerType.PENALTY, PowerType.OTHER)) {
                for (String floor : List.of("none", "city")) {
                    for (String by : List.of("none", "city-dept", "district-dept", "exec-institution")) {
                        for (String basis : List.of("none", "law", "normative-document")) {
                            for (String flags : List.of("none", "unpublished", "own-name", "province", "state-council")) {
                                for (Nature nature : Nature.values()) {
                                    for (String level : List.of("district", "township")) {
                                        Map<String, String> in = new LinkedHashMap<>();
                                        in.put("declared.source", source.key());
                                        in.put("type", type.key());
                                        in.put("floor", floor);
                                        in.put("transfer.by", by);
                                        in.put("transfer.basis", basis);
                                        in.put("transfer", flags);
                                        in.put("executing body", nature.key());
                                        in.put("declared.level", level);
                                        Transfer t = "none".equals(by) && "none".equals(basis) && "none".equals(flags)
                                                ? null
                                                : new Transfer("none".equals(by) ? null : by,
                                                "none".equals(basis) ? List.of() : List.of("law".equals(basis) ? law
                                                        : document), null,
                                                "unpublished".equals(flags) ? Boolean.FALSE : null,
                                                "own-name".equals(flags) ? Boolean.TRUE : null,
                                                "province".equals(flags) ? Approver.PROVINCE
                                                        : "state-council".equals(flags) ? Approver.STATE_COUNCIL : null);
                                        Level dl = levels.get(level);
                                        Body exec = executors.get(nature);
                                        Map<Role, String> ids = new EnumMap<>(Role.class);
                                        Map<Role, Body> roles = new EnumMap<>(Role.class);
                                        for (Role r : Role.values()) {
                                            Body b = r.ordinal() < 4 ? cityDept : r == Role.MANAGEMENT ? districtDept : exec;
                                            ids.put(r, b.id());
                                            roles.put(r, b);
                                        }
                                        String id = "r" + cases.size();
                                        Declared d = new Declared(level, dl, source, t, ids, roles, HERE);
                                        Item item = new Item(id, new Text("事項" + id, null), cat.id(), cat, type,
                                                List.of(law), "none".equals(floor) ? null : city, null,
                                                Set.of(Trait.MICRO), Scope.WITHIN_DISTRICT, List.of("受理責任"),
                                                List.of("違法許可"), d, null, null, null, Map.of(), null, HERE);
                                        cases.add(new Case(in, item));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        Catalog catalog = new Catalog("(route space)", new CatalogInfo("routes", new Text("routes", null), true,
                null, null, null, HERE), p, List.of(city, district, township), bodies, List.of(cat),
                cases.stream().map(Case::item).toList(), List.of());
        CheckResult r = new Engine(rules).checkTracingAll(catalog);
        Set<String> lawful = new HashSet<>();
        for (Firing f : r.firings()) if (LAWFUL.equals(f.rule()) && f.itemId() != null) lawful.add(f.itemId());
        Map<String, Integer> faults = new HashMap<>();
        Set<String> nature = new HashSet<>();
        for (Finding f : r.findings()) {
            if ("QZ122".equals(f.code())) faults.merge(f.itemId(), 1, Integer::sum);
            if ("QZ123".equals(f.code())) nature.add(f.itemId());
        }
        List<Map<String, String>> gaps = new ArrayList<>();
        List<Map<String, String>> conflicts = new ArrayList<>();
        List<Map<String, String>> natureGaps = new ArrayList<>();
        List<Map<String, String>> natureConflicts = new ArrayList<>();
        for (Case c : cases) {
            Item i = c.item();
            boolean isLawful = lawful.contains(i.id());
            boolean faulted = faults.containsKey(i.id());
            if (ROUTES.contains(i.declared().source()) && !isLawful && !faulted) gaps.add(c.inputs());
            if (isLawful && faulted) conflicts.add(c.inputs());
            if (isLawful && !ROUTES.contains(i.declared().source())) conflicts.add(c.inputs());
            Body exec = i.declared().holder(Role.EXECUTION);
            boolean forbidden = !p.natureMay(exec.nature(), i.type(), i.declared().source());
            if (forbidden && !nature.contains(i.id())) natureGaps.add(c.inputs());
            if (!forbidden && nature.contains(i.id())) natureConflicts.add(c.inputs());
        }
        List<LintFinding> out = new ArrayList<>();
        report(cases.size(), "route space", "are neither lawful nor found (a gap)", gaps, out);
        report(cases.size(), "route space", "are both lawful and found, or lawful on no route (a conflict)", conflicts,
                out);
        report(cases.size(), "nature space", "exercise what the principle's natures forbid with no QZ123 (a gap)",
                natureGaps, out);
        report(cases.size(), "nature space", "get QZ123 though the principle's natures allow them (a conflict)",
                natureConflicts, out);
        return out;
    }

    private static void report(int of, String space, String what, List<Map<String, String>> combos,
                               List<LintFinding> out) {
        if (combos.isEmpty()) return;
        out.add(new LintFinding(HERE, "error", space + ": " + combos.size() + " of " + of + " combinations " + what
                + "; the first: " + combos.get(0), null));
    }
}
