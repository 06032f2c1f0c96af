package quanze.model;

import java.util.Map;

/**
 * What the rules derive for one item: delegate or retain, the level that exercises it, the level of each
 * role, and why (the deciding rule, the principle or article it applies, and the facts that triggered it).
 */
public record Decision(Item item, Verdict verdict, String level, Map<Role, String> roles,
                       String rule, String basis, String why) {

    /**
     * By its item, verdict and rule: the engine hashes each decision it holds by logical insertion (a record hashes
     * its whole tree, the reason's words and every role included).
     */
    @Override
    public int hashCode() {
        return (31 * item.hashCode() + java.util.Objects.hashCode(verdict)) * 31 + java.util.Objects.hashCode(rule);
    }

    /**
     * The roles the list gives a body at another level than this decision gives them, with that body, in role order;
     * roles that name no body, or a body the catalog lacks, are left to QZ109 and QZ113. Whether a lawful route lets
     * that body hold the role anyway is the rules' to say (rules/roles.drl).
     */
    public java.util.List<Held> heldElsewhere() {
        java.util.List<Held> out = null;
        for (java.util.Map.Entry<Role, Body> e : item.declared().roles().entrySet()) {
            String want = roles.get(e.getKey());
            if (want != null && !want.equals(e.getValue().levelId())) {
                if (out == null) out = new java.util.ArrayList<>(2);
                out.add(new Held(e.getKey(), e.getValue()));
            }
        }
        return out == null ? java.util.List.of() : out;
    }

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
