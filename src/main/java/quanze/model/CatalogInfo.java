package quanze.model;

/** The {@code catalog:} block: identity, whether it is reconstructed, and what the rules must derive. */
public record CatalogInfo(String id, Text name, boolean reconstructed, String source, String note,
                          Expectation expect, Location location) {
}
