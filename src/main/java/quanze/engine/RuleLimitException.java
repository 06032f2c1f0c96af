package quanze.engine;

/** The rules went past a limit (too many firings, too long): a rule that loops, most likely. Exit 2. */
public class RuleLimitException extends RuntimeException {

    public RuleLimitException(String message) {
        super(message);
    }
}
