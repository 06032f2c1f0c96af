package quanze.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Who may hold what, as the principle's data says it: for each route other than delegation, the roles the body
 * that receives a power by it may hold (the others stay where the decision puts them: an entruster keeps policy,
 * standards, inspection and supervision); and for each legal nature of a body, the types of power it may exercise
 * and the routes by which ({@link NatureRight}). A nature or a route the data leaves out is not restricted.
 */
public record Holding(Map<Source, Set<Role>> routeRoles, Map<Nature, NatureRight> natures) {

    /** Held as enum maps: the rules ask {@link #may} for every item. */
    public Holding {
        Map<Source, Set<Role>> r = new EnumMap<>(Source.class);
        r.putAll(routeRoles);
        routeRoles = Collections.unmodifiableMap(r);
        Map<Nature, NatureRight> n = new EnumMap<>(Nature.class);
        n.putAll(natures);
        natures = Collections.unmodifiableMap(n);
    }

    /** The roles a body that receives a power by {@code route} may hold; none for a route the data leaves out. */
    public Set<Role> rolesBy(Source route) {
        return routeRoles.getOrDefault(route, Set.of());
    }

    /** True when a body of this nature may exercise a power of this type, received by this route. */
    public boolean may(Nature nature, PowerType type, Source route) {
        NatureRight r = natures.get(nature);
        return r == null || r.allows(type, route);
    }

    /** What a body of this nature may exercise, or null when the data does not restrict it. */
    public NatureRight right(Nature nature) {
        return natures.get(nature);
    }
}
