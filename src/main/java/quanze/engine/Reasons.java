package quanze.engine;

import java.util.Map;

import org.kie.api.runtime.rule.RuleContext;

import quanze.model.Decision;
import quanze.model.Item;
import quanze.model.Role;
import quanze.model.Verdict;

/** Builds the decision a derivation rule inserts, naming the rule and the principle or article it applies. */
public final class Reasons {

    private Reasons() {
    }

    public static Decision decide(RuleContext rule, Item item, Verdict verdict, String level,
                                  Map<Role, String> roles, String why) {
        RuleMeta meta = RuleMeta.of(rule.getRule());
        return new Decision(item, verdict, level, roles, meta.name(), meta.basis(), why);
    }
}
