package quanze.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the rules derive for one item: delegate or retain, the level that exercises it, the level of each
 * role, and why (the deciding rule, the principle or article it applies, and the facts that triggered it).
 */
public record Decision(Item item, Verdict verdict, String level, Map<Role, String> roles,
                       String rule, String basis, String why) {

    /**
     * Roles whose declared body sits at another level than the one derived, in role order. Roles that name no
     * body, or a body the catalog lacks, are left to QZ109 and QZ113.
     */
    public boolean anyRoleMisplaced() {
        for (Map.Entry<Role, Body> e : item.declared().roles().entrySet()) {
            String want = roles.get(e.getKey());
            if (want != null && !want.equals(e.getValue().levelId())) return true;
        }
        return false;
    }

    public Map<Role, Body> misplacedRoles() {
        return misplacedRoles(java.util.List.of());
    }

    /**
     * Roles whose declared body sits at another level than the one derived, unless a lawful route lets that body
     * hold the role ({@link LawfulRoute#allows}), in role order.
     */
    public Map<Role, Body> misplacedRoles(java.util.List<?> routes) {
        Map<Role, Body> out = new EnumMap<>(Role.class);
        item.declared().roles().forEach((role, body) -> {
            String want = roles.get(role);
            if (want != null && !want.equals(body.levelId())
                    && routes.stream().noneMatch(r -> ((LawfulRoute) r).allows(role, body))) {
                out.put(role, body);
            }
        });
        return out;
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
