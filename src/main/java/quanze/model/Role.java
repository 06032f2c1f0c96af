package quanze.model;

/**
 * The seven verbs of the seed, and one the law adds. The city keeps policy, standard, inspection, supervision; the
 * district keeps management, execution, implementation. {@code INSPECTION} (管检查) and {@code SUPERVISION}
 * (管监督) are the oversight of the lower level's work; {@code HOLDER_SUPERVISION} (事中事后监管) is the day-to-day
 * supervision of those who hold a licence, which the law gives the organ that granted it (谁审批谁监管, 行政许可法
 * Arts. 60-61): it is optional in a list, and where a principle does not place it, it sits with execution.
 */
public enum Role implements Keyed {
    POLICY, STANDARD, INSPECTION, SUPERVISION, MANAGEMENT, EXECUTION, IMPLEMENTATION, HOLDER_SUPERVISION;

    /** The seed's seven roles: every one must have a body (QZ109) and a level in every split of the principle. */
    public static final java.util.List<Role> SEED =
            java.util.List.of(POLICY, STANDARD, INSPECTION, SUPERVISION, MANAGEMENT, EXECUTION, IMPLEMENTATION);
}
