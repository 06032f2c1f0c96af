package quanze.model;

/** One rule that fired for an item (null: the catalog as a whole), in order: what {@code quanze explain} shows. */
public record Firing(String itemId, String rule, String code, String basis) {
}
