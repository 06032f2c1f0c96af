package quanze.model;

/** Source of the power as a power list declares it (domain.md §3). */
public enum Source implements Keyed {
    BY_LAW, DELEGATED, AUTHORISED, ENTRUSTED
}
