package quanze.found;

import quanze.model.Location;

/**
 * What a check rule found, as the fact it inserts ({@code insertLogical}, so that it goes when what it rests on
 * goes). The fact carries the values; its code, severity and legal basis are the metadata of the rule that inserted
 * it, and its message is written here, in Java, not in the rule: a rule says what the law requires and what it
 * found, nothing else.
 */
public interface Found {

    /** The item it is about; null for the catalog as a whole. */
    String itemId();

    /** Where in the catalog. */
    Location location();

    /** In words a reviewer reads, quoting the values it is about. */
    String message();

    /**
     * False when it rests on words read with some doubt (the law's text, a name): then the rule's
     * {@code @uncertain} severity applies instead of its {@code @severity}.
     */
    default boolean certain() {
        return true;
    }
}
