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

    private static final Set<Rank> CANNOT_CREATE_LICENCE =
            EnumSet.of(Rank.DEPARTMENTAL_RULE, Rank.MUNICIPAL_RULE, Rank.NORMATIVE_DOCUMENT, Rank.PARTY_REGULATION);

    public static Result run(Catalog c) {
        Principle p = c.principle();
        Level to = c.levels().stream().filter(l -> l.id().equals(p.delegateTo())).findFirst().orElse(null);
        List<Outcome> decisions = new ArrayList<>(c.items().size());
        List<Found> findings = new ArrayList<>();
        int delegatedApprovals = 0;
        Set<String> delegatedCategories = new java.util.HashSet<>();
        for (Item i : c.items()) {
            Outcome d = decide(i, p, to);
            if (d != null) {
                decisions.add(d);
                check(i, d, findings);
                if (d.verdict() == Verdict.DELEGATE && i.kind() == CategoryKind.APPROVAL) {
                    delegatedApprovals++;
                    delegatedCategories.add(i.categoryId());
                }
            }
            checkItem(i, p, findings);
        }
        if (c.info() != null && c.info().expect() != null) {
            var e = c.info().expect();
            if (e.items() != delegatedApprovals || e.categories() != delegatedCategories.size()) {
                findings.add(new Found("QZ111", null, e.location().toString()));
            }
        }
        duplicates(c.items(), findings);
        c.unknownReferences().forEach(r -> findings.add(new Found("QZ113", r.ownerId(), r.location().toString())));
        return new Result(decisions, findings);
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

    /** The checks that read a decision. */
    private static void check(Item i, Outcome d, List<Found> out) {
        String at = i.location().toString();
        var decl = i.declared();
        if (!decl.onlyAt(d.level())) out.add(new Found("QZ101", i.id(), at));
        boolean misplaced = false;
        for (var e : decl.roles().entrySet()) {
            String want = d.roles().get(e.getKey());
            if (want != null && !want.equals(e.getValue().levelId())) misplaced = true;
        }
        if (misplaced) out.add(new Found("QZ102", i.id(), at));
        if (d.verdict() == Verdict.DELEGATE && decl.at(d.level())
                && (decl.sameLine(Role.SUPERVISION, Role.EXECUTION) || decl.sameLine(Role.INSPECTION, Role.EXECUTION))) {
            out.add(new Found("QZ103", i.id(), at));
        }
        if (d.verdict() == Verdict.DELEGATE && !decl.unnamedRoles().isEmpty()) out.add(new Found("QZ109", i.id(), at));
    }

    /** The checks that read the item alone. */
    private static void checkItem(Item i, Principle p, List<Found> out) {
        String at = i.location().toString();
        var decl = i.declared();
        if (i.floor() != null && decl.anyBelow(i.floor()) && !decl.entrustedWithBasis()) {
            out.add(new Found("QZ104", i.id(), at));
        }
        if (!i.hasBasis()) out.add(new Found("QZ105", i.id(), at));
        if (i.type() == quanze.model.PowerType.LICENSING && i.basisOnlyOf(CANNOT_CREATE_LICENCE)) {
            out.add(new Found("QZ106", i.id(), at));
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
