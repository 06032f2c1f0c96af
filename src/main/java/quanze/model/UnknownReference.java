package quanze.model;

/**
 * A reference in the catalog that names nothing the catalog defines: kept for rule QZ113 to report, with
 * {@code suggestion} ("; did you mean 'district'?", or "") the closest name of what it should name.
 */
public record UnknownReference(String ownerId, String field, String value, String expected, Location location,
                               String suggestion) {
}
