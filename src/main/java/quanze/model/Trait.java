package quanze.model;

/** What makes a power delegable under the principle (grassroots, foundational, micro-level). */
public enum Trait implements Keyed {
    GRASSROOTS, FOUNDATIONAL, MICRO
}
