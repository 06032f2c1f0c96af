package quanze.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kie.api.runtime.rule.RuleContext;

import quanze.model.Finding;
import quanze.model.Item;
import quanze.model.Location;
import quanze.model.Severity;

/**
 * The global {@code findings} a rule set of one's own may declare and report through ({@code findings.report(kcontext,
 * $item, message)}); its code, severity and legal basis come from the rule's own metadata. The bundled rules do not
 * use it: they insert {@link quanze.found.Found} facts, which other rules can read and which go when what they rest
 * on goes.
 */
public final class Findings {

    private final List<Finding> found = new ArrayList<>();

    /** A finding about {@code item}, at the item's place in the catalog. */
    public void report(RuleContext rule, Item item, String message) {
        report(rule, item.id(), item.location(), message);
    }

    /** A finding at {@code at}; {@code itemId} null for the catalog as a whole. */
    public void report(RuleContext rule, String itemId, Location at, String message) {
        RuleMeta meta = RuleMeta.of(rule.getRule());
        if (meta.code() == null || meta.severity() == null) {
            throw new IllegalStateException("rule '" + meta.name() + "' reports a finding but has no @code"
                    + " and @severity");
        }
        Severity severity = Severity.valueOf(meta.severity().toUpperCase(Locale.ROOT));
        found.add(new Finding(meta.code(), severity, itemId, at, message, meta.basis(), meta.name()));
    }

    public List<Finding> all() {
        return found;
    }
}
