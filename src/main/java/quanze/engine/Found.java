package quanze.engine;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;

import quanze.model.Finding;
import quanze.model.Severity;

/** Turns what the check rules found ({@link quanze.found.Found} facts) into findings. */
final class Found {

    /** A finding as counted: its code, severity and item (null for none), its message not yet written. */
    record Counted(String code, Severity severity, String itemId) {
    }

    private Found() {
    }

    /**
     * Notes which rule inserted each fact a check rule found: its code, severity and basis are that rule's metadata.
     * A fact withdrawn by the engine (what it rested on went) is forgotten.
     */
    static final class Recorder extends DefaultRuleRuntimeEventListener {
        private final Map<Object, Rule> by = new IdentityHashMap<>();

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof quanze.found.Found && event.getRule() != null) {
                by.put(event.getObject(), event.getRule());
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            by.remove(event.getOldObject());
        }

        Finding finding(quanze.found.Found f) {
            Counted c = counted(f);
            RuleMeta meta = RuleMeta.of(by.get(f));
            return new Finding(c.code(), c.severity(), f.itemId(), f.location(), f.message(), meta.basis(), meta.name());
        }

        /** A finding's code, severity and item, without its message (what a diff and a summary count). */
        Counted counted(quanze.found.Found f) {
            Rule rule = by.get(f);
            if (rule == null) {
                throw new IllegalStateException("a " + f.getClass().getSimpleName() + " was inserted by no rule");
            }
            RuleMeta meta = RuleMeta.of(rule);
            String level = !f.certain() && meta.uncertain() != null ? meta.uncertain() : meta.severity();
            if (meta.code() == null || level == null) {
                throw new IllegalStateException("rule '" + meta.name() + "' inserts a finding but has no @code"
                        + " and @severity");
            }
            return new Counted(meta.code(), Severity.valueOf(level.toUpperCase(Locale.ROOT)), f.itemId());
        }
    }
}
