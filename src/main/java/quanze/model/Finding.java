package quanze.model;

/**
 * A problem the rules found: stable code, severity, the item (null for the catalog as a whole), where in the
 * catalog, a message quoting the values it is about, the legal reference, the rule that found it, and the
 * waiver that accepts it (null when none does).
 */
public record Finding(String code, Severity severity, String itemId, Location location, String message,
                      String basis, String rule, Waiver waiver) {

    public Finding(String code, Severity severity, String itemId, Location location, String message, String basis,
                   String rule) {
        this(code, severity, itemId, location, message, basis, rule, null);
    }

    public boolean waived() {
        return waiver != null;
    }

    public Finding waivedBy(Waiver w) {
        return new Finding(code, severity, itemId, location, message, basis, rule, w);
    }
}
