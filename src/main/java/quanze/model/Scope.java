package quanze.model;

/** The territory a power acts on. */
public enum Scope implements Keyed {
    WITHIN_DISTRICT, CROSS_DISTRICT, CITYWIDE
}
