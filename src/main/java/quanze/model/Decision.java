package quanze.model;

import java.util.Map;

/**
 * What the rules derive for one item: delegate or retain, the level that exercises it, the level of each
 * role, and why (the deciding rule, the principle or article it applies, and the facts that triggered it).
 */
public record Decision(Item item, Verdict verdict, String level, Map<Role, String> roles,
                       String rule, String basis, String why) {

    /** The level the principle gives {@code role} of this item; null when it gives none. */
    public String levelOf(Role role) {
        return roles.get(role);
    }

    /**
     * The level that holds the power: the one that manages it (the city for a retained power, the district for a
     * delegated one, a community service or a street function). Only this level may entrust it.
     */
    public String holderLevel() {
        String m = roles.get(Role.MANAGEMENT);
        return m != null ? m : level;
    }

    public String itemId() {
        return item.id();
    }
}
