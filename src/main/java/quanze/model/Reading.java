package quanze.model;

/**
 * What one article says about the level of one act: the actor's level phrase gives the lowest level allowed
 * ({@code floor}) and the highest ({@code highest}, null when the phrase has no upper bound: 县级以上), as the ids
 * of quanze's canonical levels (national, province, prefecture, county, township, community). {@code quote}: the
 * text's own words, from the actor to the verb (a long stretch between them cut with …); {@code pattern}: the
 * phrase's pattern ({@code county-and-above}); {@code direct}: the actor is introduced by 由 and the verb follows
 * it closely; {@code generic}: an organ with no level named by its kind only (由林业主管部门), which another
 * provision may place, unlike one described by its role (由负责备案管理的…部门, 发证机关).
 */
public record Reading(String floor, String highest, String quote, String pattern, boolean direct, boolean generic) {

    public Reading(String floor, String highest, String quote, String pattern, boolean direct) {
        this(floor, highest, quote, pattern, direct, false);
    }

    /** The pattern of a reading whose actor has no level (由发证机关吊销): floor and highest are null. */
    public static final String NO_LEVEL = "no-level";

    public boolean hasLevel() {
        return floor != null;
    }

    /** Same levels (what two readings must share to agree). */
    public boolean sameLevels(Reading o) {
        return java.util.Objects.equals(floor, o.floor) && java.util.Objects.equals(highest, o.highest);
    }
}
