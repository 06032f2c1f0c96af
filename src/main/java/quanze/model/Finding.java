package quanze.model;

/**
 * A problem the rules found: stable code, severity, the item (null for the catalog as a whole), where in the
 * catalog, a message quoting the values it is about, the legal reference, and the rule that found it.
 */
public record Finding(String code, Severity severity, String itemId, Location location, String message,
                      String basis, String rule) {
}
