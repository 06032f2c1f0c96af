package quanze.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import quanze.model.Catalog;
import quanze.model.CategoryKind;
import quanze.model.CommunityBody;
import quanze.model.Item;
import quanze.model.Level;
import quanze.model.Principle;
import quanze.model.Rank;
import quanze.model.Basis;
import quanze.model.Nature;
import quanze.model.NatureRight;
import quanze.model.PowerType;
import quanze.model.Source;
import quanze.model.Role;
import quanze.model.Service;
import quanze.model.Verdict;

/**
 * The decisions and findings of rules/*.drl written again in plain Java: the baseline the benchmark measures
 * Drools against, and an independent oracle that tests compare the rules with. Not used by the product.
 */
public final class PlainJavaBaseline {

    /** One decision: verdict, level, and the level of each role. */
    public record Outcome(String itemId, Verdict verdict, String level, Map<Role, String> roles) {
    }

    /** One finding, without its message: code, item, and where. */
    public record Found(String code, String itemId, String where) {
    }

    public record Result(List<Outcome> decisions, List<Found> findings) {
    }

    public static Result run(Catalog c) {
        Principle p = c.principle();
        Level to = c.levels().stream().filter(l -> l.id().equals(p.delegateTo())).findFirst().orElse(null);
        List<Outcome> decisions = new ArrayList<>(c.items().size());
        List<Found> findings = new ArrayList<>();
        int delegatedApprovals = 0;
        Set<String> delegatedCategories = new java.util.HashSet<>();
        Map<String, quanze.model.Body> bodies = new HashMap<>();
        for (var b : c.bodies()) bodies.putIfAbsent(b.id(), b);
        for (Item i : c.items()) {
            Outcome d = decide(i, p, to);
            int faults = d == null ? 0 : routeFaults(i, d, p, to, bodies);
            for (int k = 0; k < faults; k++) findings.add(new Found("QZ122", i.id(), i.location().toString()));
            boolean lawful = d != null && faults == 0 && ROUTES.contains(i.declared().source())
                    && i.declared().levelIds().size() == 1 && i.declared().level() != null
                    && !i.declared().level().abolished();
            if (d != null) {
                decisions.add(d);
                check(i, d, lawful ? p.holding().rolesBy(i.declared().source()) : null, findings);
                if (d.verdict() == Verdict.DELEGATE && i.kind() == CategoryKind.APPROVAL) {
                    delegatedApprovals++;
                    delegatedCategories.add(i.categoryId());
                }
            }
            checkItem(i, p, lawful, findings);
        }
        if (c.info() != null && c.info().expect() != null) {
            var e = c.info().expect();
            if (e.items() != delegatedApprovals || e.categories() != delegatedCategories.size()) {
                findings.add(new Found("QZ111", null, e.location().toString()));
            }
        }
        duplicates(c.items(), findings);
        c.unknownReferences().forEach(r -> findings.add(new Found("QZ113", r.ownerId(), r.location().toString())));
        organisation(c.organisation(), findings);
        return new Result(decisions, findings);
    }

    /** rules/organisation.drl in loops: QZ130–QZ140. */
    static void organisation(quanze.model.Organisation o, List<Found> out) {
        if (o.states().isEmpty()) return;
        Map<String, quanze.model.OrgUnit> byId = new HashMap<>();
        for (var u : o.units()) byId.put(u.id(), u);
        for (int k = 0; k + 1 < o.states().size(); k++) {
            var s = o.states().get(k);
            var n = o.states().get(k + 1);
            for (var u : o.units()) {
                if (!u.existsIn(s) || u.existsIn(n)) continue;
                List<quanze.model.Take> successors = new ArrayList<>();
                for (var t : o.takes()) {
                    var taker = byId.get(t.taker());
                    if (t.giver().equals(u.id()) && taker.existsIn(n) && taker.sameDistrictAs(u)) successors.add(t);
                }
                String at = u.location().toString();
                for (String f : u.functions()) {
                    long by = successors.stream().filter(t -> t.covers(f)).map(quanze.model.Take::taker).distinct()
                            .count();
                    if (by == 0 && !u.ends().contains(f)) out.add(new Found("QZ130", u.id(), at));
                    if (by > 1) out.add(new Found("QZ131", u.id(), at));
                }
                if (u.functions().isEmpty() && successors.isEmpty()) out.add(new Found("QZ132", u.id(), at));
            }
        }
        var last = o.last();
        Map<String, Long> single = new HashMap<>();
        Map<String, quanze.model.OrgUnit> firstOfKind = new HashMap<>();
        for (var u : o.units()) {
            if (!u.existsIn(last)) continue;
            String at = u.location().toString();
            if (u.kind() == quanze.model.UnitKind.COMMUNITY) {
                Set<quanze.model.CommunityBody> b = u.bodies();
                if (b.size() < quanze.model.CommunityBody.values().length) out.add(new Found("QZ133", u.id(), at));
                if (b.contains(quanze.model.CommunityBody.PUBLIC_SERVICE_CENTRE)
                        && b.contains(quanze.model.CommunityBody.PARTY_COMMITTEE)
                        && !(u.sharedOffice().contains(quanze.model.CommunityBody.PUBLIC_SERVICE_CENTRE)
                        && u.sharedOffice().contains(quanze.model.CommunityBody.PARTY_COMMITTEE))) {
                    out.add(new Found("QZ134", u.id(), at));
                }
                if (b.contains(quanze.model.CommunityBody.RESIDENTS_COMMITTEE)
                        && b.contains(quanze.model.CommunityBody.PARTY_COMMITTEE)
                        && !(u.crossServing().contains(quanze.model.CommunityBody.RESIDENTS_COMMITTEE)
                        && u.crossServing().contains(quanze.model.CommunityBody.PARTY_COMMITTEE))) {
                    out.add(new Found("QZ135", u.id(), at));
                }
            }
            if (u.kind() == quanze.model.UnitKind.INTAKE) {
                var to = u.leadsTo() == null ? null : byId.get(u.leadsTo());
                if (to == null || to.kind() != quanze.model.UnitKind.INFORMATION_CENTRE || !to.existsIn(last)
                        || !java.util.Objects.equals(to.district(), u.district())) {
                    out.add(new Found("QZ136", u.id(), at));
                }
            }
            if (u.answersComplaints() && u.kind() != quanze.model.UnitKind.INFORMATION_CENTRE) {
                out.add(new Found("QZ137", u.id(), at));
            }
            if (u.kind() == quanze.model.UnitKind.DUTY_ROOM || u.kind() == quanze.model.UnitKind.INFORMATION_CENTRE) {
                String key = u.kind() + "|" + u.district();
                single.merge(key, (long) u.count(), Long::sum);
                firstOfKind.merge(key, u, (x, y) -> y.location().compareTo(x.location()) < 0 ? y : x);
            }
        }
        single.forEach((key, n) -> {
            var u = firstOfKind.get(key);
            if (n > 1) out.add(new Found("QZ138", u.id(), u.location().toString()));
        });
        for (var t : o.totals()) {
            var first = o.states().stream().filter(t::opens).findFirst().orElse(null);
            var closing = o.states().stream().filter(t::closes).findFirst().orElse(null);
            if (first == null || closing == null) continue;
            long b = 0;
            long a = 0;
            long g = 0;
            for (var u : o.units()) {
                if (u.kind() != t.kind() || u.sector() != null && t.excluding().contains(u.sector())) continue;
                long amount = t.measure() == quanze.model.Total.Measure.POSTS ? (u.posts() == null ? 0 : u.posts())
                        : u.count();
                if (u.existsIn(first)) b += amount;
                if (u.existsIn(closing)) a += amount;
                if (u.existsIn(first) && !u.existsIn(closing)) g += amount;
            }
            if (t.before() != null && t.before() != b || t.after() != null && t.after() != a
                    || t.abolished() != null && t.abolished() != g) {
                out.add(new Found("QZ139", null, t.location().toString()));
            }
        }
        for (var t : o.takes()) {
            var giver = byId.get(t.giver());
            boolean takesFunctions = t.functions() == null || !t.functions().isEmpty();
            boolean functionsOnly = takesFunctions && t.postsWith() == null && (t.posts() != null ? t.posts() == 0
                    : giver.posts() != null && giver.posts() > 0);
            boolean postsOnly = !takesFunctions && t.posts() != null && t.posts() > 0 && o.takes().stream()
                    .noneMatch(x -> x.giver().equals(t.giver()) && t.taker().equals(x.postsWith()));
            if (functionsOnly || postsOnly) out.add(new Found("QZ140", t.taker(), t.location().toString()));
        }
    }

    static Outcome decide(Item i, Principle p, Level to) {
        CategoryKind k = i.kind();
        if (k == CategoryKind.APPROVAL || k == CategoryKind.MANAGEMENT) {
            if (to == null) return null;
            if (!i.hasBasis()) return new Outcome(i.id(), Verdict.RETAIN, p.retainAt(), p.retained());
            if (i.floor() != null && i.floor().rank() < to.rank()) {
                return new Outcome(i.id(), Verdict.RETAIN, p.retainAt(), p.retained());
            }
            if (p.blockingScopes().contains(i.scope())) return new Outcome(i.id(), Verdict.RETAIN, p.retainAt(), p.retained());
            if (p.delegableBy(i.traits())) return new Outcome(i.id(), Verdict.DELEGATE, p.delegateTo(), p.delegated());
            return new Outcome(i.id(), Verdict.RETAIN, p.retainAt(), p.retained());
        }
        if (k == CategoryKind.COMMUNITY_SERVICE) {
            return new Outcome(i.id(), Verdict.DELEGATE, p.communityLevel(), p.community());
        }
        if (k == CategoryKind.STREET_FUNCTION) {
            if (i.origin() == null || i.origin().abolished()) {
                return new Outcome(i.id(), Verdict.DELEGATE, p.delegateTo(), p.delegated());
            }
            return new Outcome(i.id(), Verdict.DELEGATE, i.origin().id(), p.street());
        }
        return null;
    }

    private static final Set<Source> ROUTES =
            EnumSet.of(Source.ENTRUSTED, Source.AUTHORISED, Source.BRANCH, Source.CONCENTRATED, Source.TOWNSHIP_PENALTY);

    /** How many conditions of its route the item fails (rules/routes.drl). */
    static int routeFaults(Item i, Outcome d, Principle p, Level to, Map<String, quanze.model.Body> bodies) {
        var decl = i.declared();
        Source s = decl.source();
        if (s == null) return 0;
        var t = decl.entrustment();
        var by = t == null || t.by() == null ? null : bodies.get(t.by());
        String holder = d.roles().getOrDefault(Role.MANAGEMENT, d.level());
        var exec = decl.roles().getOrDefault(Role.EXECUTION, decl.roles().get(Role.IMPLEMENTATION));
        int n = 0;
        switch (s) {
            case ENTRUSTED:
                if (t == null || t.by() == null) n++;
                if (by != null && !by.levelId().equals(holder)) n++;
                if (by != null && by.nature() != Nature.ORGAN && by.nature() != Nature.AGENCY) n++;
                if (t != null) {
                    boolean legal = t.basis().stream().anyMatch(b -> b.rank() != null
                            && b.rank() != Rank.NORMATIVE_DOCUMENT && b.rank() != Rank.PARTY_REGULATION);
                    if (!legal) n++;
                    if (Boolean.FALSE.equals(t.published())) n++;
                    if (Boolean.TRUE.equals(t.inOwnName())) n++;
                }
                if (i.type() == PowerType.COERCION) n++;
                if (i.type() == PowerType.LICENSING && exec != null && exec.nature() != Nature.ORGAN
                        && exec.nature() != Nature.AGENCY) {
                    n++;
                }
                return n;
            case AUTHORISED:
                List<Basis> basis = t != null && !t.basis().isEmpty() ? t.basis() : i.basis();
                boolean lawOrRegulation = basis.stream().anyMatch(b -> b.rank() == Rank.LAW
                        || b.rank() == Rank.ADMINISTRATIVE_REGULATION || b.rank() == Rank.LOCAL_REGULATION);
                boolean national = basis.stream().anyMatch(b -> b.rank() == Rank.LAW
                        || b.rank() == Rank.ADMINISTRATIVE_REGULATION);
                return !lawOrRegulation ? 1 : i.type() == PowerType.COERCION && !national ? 1 : 0;
            case DELEGATED:
                return by != null && by.level() != null && decl.level() != null
                        && by.level().rank() >= decl.level().rank() ? 1 : 0;
            case BRANCH:
                if (exec != null && exec.parent() == null) n++;
                if (exec != null && exec.parentLevelId() != null && !exec.parentLevelId().equals(holder)) n++;
                return n;
            case CONCENTRATED:
                if (i.type() != PowerType.PENALTY && i.type() != PowerType.COERCION && i.type() != PowerType.LICENSING) n++;
                if (t == null || t.approvedBy() == null) n++;
                return n;
            case TOWNSHIP_PENALTY:
                if (i.type() != PowerType.PENALTY) n++;
                if (t == null || t.approvedBy() != quanze.model.Approver.PROVINCE || Boolean.FALSE.equals(t.published())) {
                    n++;
                }
                if (to != null && decl.level() != null && decl.level().rank() <= to.rank()) n++;
                if (to != null && i.legalFloor() != null && i.legalFloor().rank() < to.rank()) n++;
                return n;
            default:
                return 0;
        }
    }

    /** The checks that read a decision; {@code routeRoles}: the roles a lawful route lets the declared level hold. */
    private static void check(Item i, Outcome d, Set<Role> routeRoles, List<Found> out) {
        String at = i.location().toString();
        var decl = i.declared();
        if (!decl.onlyAt(d.level()) && routeRoles == null) out.add(new Found("QZ101", i.id(), at));
        boolean misplaced = false;
        for (var e : decl.roles().entrySet()) {
            String want = d.roles().get(e.getKey());
            boolean byRoute = routeRoles != null && routeRoles.contains(e.getKey())
                    && e.getValue().levelId().equals(decl.levelId());
            if (want != null && !want.equals(e.getValue().levelId()) && !byRoute) misplaced = true;
        }
        if (misplaced) out.add(new Found("QZ102", i.id(), at));
        if (d.verdict() == Verdict.DELEGATE && decl.at(d.level())
                && (decl.withinLine(Role.SUPERVISION, Role.EXECUTION) || decl.withinLine(Role.INSPECTION, Role.EXECUTION))) {
            out.add(new Found("QZ103", i.id(), at));
        }
        if (d.verdict() == Verdict.DELEGATE && !decl.unnamedRoles().isEmpty()) out.add(new Found("QZ109", i.id(), at));
    }

    /** The checks that read the item alone. */
    private static void checkItem(Item i, Principle p, boolean lawfulRoute, List<Found> out) {
        String at = i.location().toString();
        var decl = i.declared();
        if (i.floor() != null && decl.anyBelow(i.floor()) && !lawfulRoute) {
            out.add(new Found("QZ104", i.id(), at));
        }
        var exercising = decl.holder(Role.EXECUTION) != null ? decl.holder(Role.EXECUTION)
                : decl.holder(Role.IMPLEMENTATION);
        if (i.type() != null && exercising != null) {
            NatureRight r = p.holding().natures().get(exercising.nature());
            if (r != null && !r.allows(i.type(), decl.source())) out.add(new Found("QZ123", i.id(), at));
        }
        if (!i.hasBasis()) out.add(new Found("QZ105", i.id(), at));
        // who may create what: the general row of the item's type (QZ106 licences, QZ124 others), the kinds its
        // name reads (QZ125)
        if (i.hasBasis()) {
            for (var right : quanze.law.CreationRights.bundled()) {
                if (right.type() != i.type()) continue;
                boolean met = i.basis().stream().anyMatch(b -> b.rank() != null && right.ranks().contains(b.rank()));
                if (met) continue;
                if (right.words().isEmpty()) {
                    out.add(new Found(i.type() == PowerType.LICENSING ? "QZ106" : "QZ124", i.id(), at));
                } else if (i.name() != null && i.name().zh() != null && right.words().stream().anyMatch(
                        w -> quanze.script.Script.fold(i.name().zh()).contains(quanze.script.Script.fold(w)))) {
                    out.add(new Found("QZ125", i.id(), at));
                }
            }
        }
        if (i.responsibilities().isEmpty() || i.accountability().isEmpty()) out.add(new Found("QZ107", i.id(), at));
        if (!decl.heldAtAbolishedLevel().isEmpty()) out.add(new Found("QZ108", i.id(), at));
        boolean economicAtCentre = i.service() == Service.ECONOMIC_DEVELOPMENT
                && decl.anyHeldBy(CommunityBody.PUBLIC_SERVICE_CENTRE);
        if (economicAtCentre) out.add(new Found("QZ110", i.id(), at));
        var exec = decl.holder(Role.EXECUTION);
        if (i.kind() == CategoryKind.COMMUNITY_SERVICE && i.service() != null && exec != null
                && !p.delivers(exec.kind(), i.service()) && !economicAtCentre) {
            out.add(new Found("QZ114", i.id(), at));
        }
    }

    private static void duplicates(List<Item> items, List<Found> out) {
        Map<String, Item> firstById = new HashMap<>();
        Map<String, Item> firstByName = new HashMap<>();
        for (Item i : items) {
            Item prior = firstById.putIfAbsent(i.id(), i);
            if (prior != null) out.add(new Found("QZ112", i.id(), i.location().toString()));
            if (i.name() == null || i.name().zh() == null) continue;
            Item first = firstByName.putIfAbsent(i.name().zh(), i);
            if (first != null && (first.type() != i.type() || !first.basisKey().equals(i.basisKey()))) {
                out.add(new Found("QZ112", i.id(), i.location().toString()));
            }
        }
    }
}
