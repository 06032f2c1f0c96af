package quanze.model;

/** What the rules decide for an item (exercised at the delegated level, or retained by the city). */
public enum Verdict implements Keyed {
    DELEGATE, RETAIN
}
