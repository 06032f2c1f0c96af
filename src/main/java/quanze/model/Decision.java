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
        Map<Role, Body> out = new EnumMap<>(Role.class);
        item.declared().roles().forEach((role, body) -> {
            String want = roles.get(role);
            if (want != null && !want.equals(body.levelId())) out.put(role, body);
        });
        return out;
    }

    public String itemId() {
        return item.id();
    }
}
