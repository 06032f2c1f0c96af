package quanze.model;

import java.util.Set;

/**
 * An item held on a route whose every condition holds (entrusted, authorised, branch, concentrated, township
 * penalty): its declared {@code level} is lawful although the decision puts the power elsewhere, and there the
 * receiving body may hold {@code roles}; the other roles stay where the decision puts them.
 */
public record LawfulRoute(Item item, Source route, String level, Set<Role> roles) {

    /** True when {@code role} may be held by {@code body} because of this route. */
    public boolean allows(Role role, Body body) {
        return roles.contains(role) && level.equals(body.levelId());
    }
}
