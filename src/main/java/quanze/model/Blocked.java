package quanze.model;

/**
 * Why a power the principle would otherwise delegate is not delegated: one fact per reason that holds, derived by
 * the rule that states it ({@code rule}, {@code basis}). The decision rests on the first in the order of
 * {@link Blocker} (no basis, then the statutory floor, then the scope, then the traits), so that each reason is said
 * once, in its own rule, and the decision rules only ask whether there is one.
 */
public record Blocked(Item item, Blocker blocker, String rule, String basis) {

    /** In the order a decision weighs them: the first that holds decides. */
    public enum Blocker { NO_BASIS, FLOOR, SCOPE, NO_TRAIT }

    /** True when {@code other} is weighed before this one. */
    public boolean outweighedBy(Blocked other) {
        return other.blocker.ordinal() < blocker.ordinal();
    }
}
