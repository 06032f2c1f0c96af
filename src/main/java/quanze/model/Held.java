package quanze.model;

/** One role of an item and the body the list names for it. */
public record Held(Role role, Body body) {
}
