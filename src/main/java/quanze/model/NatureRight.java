package quanze.model;

import java.util.Set;

/**
 * What a body of one legal nature may exercise: the types of power ({@code powers}; empty: every type) and the
 * routes by which it may receive them ({@code routes}; empty: every route), and the law that says so.
 */
public record NatureRight(Set<PowerType> powers, Set<Source> routes, String basis) {

    public boolean allows(PowerType type, Source route) {
        return (powers.isEmpty() || type == null || powers.contains(type))
                && (routes.isEmpty() || route == null || routes.contains(route));
    }

    /** True when the type of power is one this nature may exercise (by some route). */
    public boolean allowsType(PowerType type) {
        return powers.isEmpty() || type == null || powers.contains(type);
    }
}
