package quanze.engine;

import quanze.model.Location;

/**
 * The rules went past a limit (too many firings, too long): a rule that loops, most likely. Exit 2. When the
 * rules are the user's own, the message starts with the place of the rule that fired most.
 */
public class RuleLimitException extends RuleException {

    /** The rule that fired most, where it is written (null when not known) and how often it fired. */
    public record Culprit(String rule, Location at, int firings, boolean running) {
        public Culprit(String rule, Location at, int firings) {
            this(rule, at, firings, false);
        }
    }

    private final Culprit culprit;

    public RuleLimitException(Culprit culprit, String limit) {
        super(text(culprit, limit));
        this.culprit = culprit;
    }

    public RuleLimitException(String message) {
        this(null, message);
    }

    public Culprit culprit() {
        return culprit;
    }

    private static String text(Culprit c, String limit) {
        if (c == null) return "quanze: " + limit;
        String who = "rule \"" + c.rule() + "\" " + (c.running() ? "was still running (it had fired " + c.firings()
                + " times before): " : "fired " + c.firings() + " times: ");
        return (c.at() != null ? c.at() + ": " : "quanze: ") + who + limit;
    }
}
