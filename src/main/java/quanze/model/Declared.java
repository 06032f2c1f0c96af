package quanze.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a power list says today about an item: its level, the source of the power, an entrustment if any, and
 * the body holding each role. {@code roleIds} is what the file names; {@code roles} the bodies found for them.
 */
public record Declared(String levelId, Level level, Source source, Entrustment entrustment,
                       Map<Role, String> roleIds, Map<Role, Body> roles, Location location) {

    public boolean names(Role role) {
        return roleIds.containsKey(role);
    }

    /** The body named for {@code role}, or null. */
    public Body holder(Role role) {
        return roles.get(role);
    }

    /** Roles held by bodies of an abolished level, in role order. */
    public Map<Role, Body> heldAtAbolishedLevel() {
        Map<Role, Body> out = new EnumMap<>(Role.class);
        roles.forEach((r, b) -> {
            if (b.atAbolishedLevel()) out.put(r, b);
        });
        return out;
    }

    /** True when some role is held by a community body of this kind. */
    public boolean anyHeldBy(CommunityBody kind) {
        return roles.values().stream().anyMatch(b -> b.kind() == kind);
    }

    /** True when both roles are named and their bodies are the same body, or parent and branch. */
    public boolean sameLine(Role a, Role b) {
        Body x = roles.get(a);
        Body y = roles.get(b);
        return x != null && y != null && x.sameLineAs(y);
    }

    /** The roles that name no body at all, in role order. */
    public List<Role> unnamedRoles() {
        return java.util.Arrays.stream(Role.values()).filter(r -> !roleIds.containsKey(r)).toList();
    }

    public boolean entrustedWithBasis() {
        return source == Source.ENTRUSTED && entrustment != null && entrustment.hasBasis();
    }
}
