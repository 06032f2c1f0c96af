package quanze.model;

/**
 * The seven verbs of the seed. The city keeps policy, standard, inspection, supervision; the district keeps
 * management, execution, implementation.
 */
public enum Role implements Keyed {
    POLICY, STANDARD, INSPECTION, SUPERVISION, MANAGEMENT, EXECUTION, IMPLEMENTATION
}
