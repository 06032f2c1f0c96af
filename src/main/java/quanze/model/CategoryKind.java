package quanze.model;

/** What a category of powers is. */
public enum CategoryKind implements Keyed {
    APPROVAL, MANAGEMENT, STREET_FUNCTION, COMMUNITY_SERVICE
}
