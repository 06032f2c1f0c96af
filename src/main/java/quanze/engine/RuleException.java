package quanze.engine;

/**
 * A custom rule went wrong while the rules ran — it looped, ran too long, threw, or declared the findings global
 * with another type. The user's input (a DRL file) is at fault, not quanze: exit 2, and the message starts with
 * the place of the rule in its DRL file when it is known.
 */
public class RuleException extends RuntimeException {

    public RuleException(String message) {
        super(message);
    }
}
