package quanze.engine;

import java.util.Map;

import org.kie.api.runtime.rule.RuleContext;

import quanze.model.Blocked;
import quanze.model.Decision;
import quanze.model.Item;
import quanze.model.Principle;
import quanze.model.Role;
import quanze.model.Verdict;
import quanze.model.Wording;

/**
 * The facts the decision rules insert, each naming the rule that derives it and the principle or article it applies
 * (the rule's {@code @basis}), with the reason written out here rather than in the rule.
 */
public final class Reasons {

    private Reasons() {
    }

    /** A reason, stated by {@code rule}, for which the principle does not delegate {@code item}. */
    public static Blocked blocked(RuleContext rule, Item item, Blocked.Blocker blocker) {
        RuleMeta meta = RuleMeta.of(rule.getRule());
        return new Blocked(item, blocker, meta.name(), meta.basis());
    }

    /** Retained at the city for the reason that weighs most: the decision names the rule that stated it. */
    public static Decision retained(Blocked b, Principle p) {
        Item i = b.item();
        String why = switch (b.blocker()) {
            case NO_BASIS -> "it lists no legal basis, so nothing can be delegated";
            case FLOOR -> String.format("its statutory floor is '%s'%s, above '%s' (%s)", i.legalFloor().id(),
                    i.floorFromText() ? " as its basis reads" : "", p.delegateTo(), i.floorGrounds());
            case SCOPE -> "its scope is '" + i.scope().key() + "', which blocks delegation";
            case NO_TRAIT -> "its traits " + Wording.keys(i.traits()) + " include none of the delegable traits "
                    + Wording.keys(p.delegableTraits());
        };
        return new Decision(i, Verdict.RETAIN, p.retainAt(), p.retained(), b.rule(), b.basis(), why);
    }

    public static Decision delegated(RuleContext rule, Item i, Principle p) {
        // concatenated rather than formatted: most items of a list are decided by this rule
        return decide(rule, i, Verdict.DELEGATE, p.delegateTo(), p.delegated(), "its traits "
                + Wording.keys(i.traits()) + " include a delegable trait " + Wording.keys(p.delegableTraits())
                + ", and neither its floor nor its scope '" + i.scope().key() + "' blocks it");
    }

    /** A power whose list states no traits, placed where the list declares it when its basis allows the district. */
    public static Decision asDeclared(RuleContext rule, Item i, Principle p) {
        boolean atDistrict = i.declared().at(p.delegateTo());
        return decide(rule, i, atDistrict ? Verdict.DELEGATE : Verdict.RETAIN,
                atDistrict ? p.delegateTo() : p.retainAt(), atDistrict ? p.delegated() : p.retained(),
                String.format("it states no traits, and its basis allows '%s' (%s: %s), so it stays where the list"
                        + " declares it", i.legalFloor().id(), i.statutory().cite(), i.statutory().quote()));
    }

    public static Decision community(RuleContext rule, Item i, Principle p) {
        return decide(rule, i, Verdict.DELEGATE, p.communityLevel(), p.community(), String.format(
                "'%s' is a community service", i.service() == null ? "?" : i.service().key()));
    }

    /** A street-office function: taken back by the district when its level is abolished, else kept there. */
    public static Decision streetFunction(RuleContext rule, Item i, Principle p) {
        boolean abolished = i.origin() == null || i.origin().abolished();
        String from = i.origin() == null ? "street" : i.origin().id();
        return decide(rule, i, Verdict.DELEGATE, abolished ? p.delegateTo() : from,
                abolished ? p.delegated() : p.street(), String.format("the level it came from, '%s', is %s", from,
                        abolished ? "abolished" : "in force"));
    }

    public static Decision decide(RuleContext rule, Item item, Verdict verdict, String level, Map<Role, String> roles,
                           String why) {
        RuleMeta meta = RuleMeta.of(rule.getRule());
        return new Decision(item, verdict, level, roles, meta.name(), meta.basis(), why);
    }
}
