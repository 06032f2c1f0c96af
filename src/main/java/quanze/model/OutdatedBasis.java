package quanze.model;

/**
 * A basis that cites, on the day of the check ({@code --as-of}), a version of its statute no longer in force or a
 * statute repealed by then, as the register of statutes says ({@code quanze.law.StatuteRegister}): a fact the rules
 * read.
 */
public record OutdatedBasis(Item item, String cite, String message) {
}
