package quanze.found;

import quanze.model.Take;

/** Derived: a unit of the next state takes over from a unit that is gone ({@code take} says what). */
public record Succession(Gone gone, Take take) {
}
