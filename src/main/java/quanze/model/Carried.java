package quanze.model;

/** A function a unit carries ({@code functions:} of a unit), a fact of its own so that rules can join on it. */
public record Carried(String holder, String function, Location location) {
}
