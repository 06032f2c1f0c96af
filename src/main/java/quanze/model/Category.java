package quanze.model;

/** A category of powers. */
public record Category(String id, Text name, CategoryKind kind, String note, Location location) {
}
