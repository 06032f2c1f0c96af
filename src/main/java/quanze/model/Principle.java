package quanze.model;

import java.util.Map;
import java.util.Set;

/**
 * The delegation principle as data: which traits make an item delegable, which scopes block it, the levels
 * it moves between, which level holds each role in each kind of allocation, and which community body
 * delivers which community service; {@code holding}: who may hold what, by route and by legal nature.
 */
public record Principle(String id, Text name, Set<Trait> delegableTraits, Set<Scope> blockingScopes,
                        String delegateTo, String retainAt, String communityLevel,
                        Map<Role, String> delegated, Map<Role, String> retained,
                        Map<Role, String> community, Map<Role, String> street,
                        Map<CommunityBody, Set<Service>> communityServices, Holding holding) {

    public boolean delegableBy(Set<Trait> traits) {
        for (Trait t : traits) if (delegableTraits.contains(t)) return true;
        return false;
    }

    /** True when a body of this nature may exercise a power of this type received by this route. */
    public boolean natureMay(Nature nature, PowerType type, Source route) {
        return holding.may(nature, type, route);
    }

    public boolean delivers(CommunityBody kind, Service service) {
        return kind != null && communityServices.getOrDefault(kind, Set.of()).contains(service);
    }
}
