package quanze.model;

/** The ten power types of a power list (domain.md §3). */
public enum PowerType implements Keyed {
    LICENSING, PENALTY, COERCION, LEVY, BENEFIT, INSPECTION, CONFIRMATION, REWARD, ADJUDICATION, OTHER
}
