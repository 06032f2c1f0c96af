package quanze.model;

/**
 * A condition of the route by which an item is held that the list does not meet: {@code condition} in words a
 * reviewer reads ("the entruster city-dept is at 'district', but …"), {@code article} the provision that sets it.
 * Derivation rules insert one per failed condition; QZ122 reports each, and an item with one is on no lawful route.
 */
public record RouteFault(Item item, Source route, String condition, String article) {
}
