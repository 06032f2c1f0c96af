package quanze.model;

/** What the rules must derive for a catalog: the count of delegated approval categories and items. */
public record Expectation(int categories, int items, Location location) {
}
