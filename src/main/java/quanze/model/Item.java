package quanze.model;

import java.util.List;
import java.util.Set;

/**
 * One power (or function, or community service) of the list, with its references resolved. Optional parts
 * are null when absent: {@code floor}, {@code service}, {@code origin}, {@code note}; {@code category} is
 * null when {@code categoryId} names no category.
 */
public record Item(String id, Text name, String categoryId, Category category, PowerType type,
                   List<Basis> basis, Level floor, Set<Trait> traits, Scope scope,
                   List<String> responsibilities, List<String> accountability, Declared declared,
                   Service service, Level origin, String note, Location location) {

    public CategoryKind kind() {
        return category == null ? null : category.kind();
    }

    public boolean hasBasis() {
        return !basis.isEmpty();
    }

    /** True when every basis is of one of these ranks (and there is at least one). */
    public boolean basisOnlyOf(Set<Rank> ranks) {
        return hasBasis() && basis.stream().allMatch(b -> ranks.contains(b.rank()));
    }

    /** Law and article of every basis, in order: what "the same basis" means for QZ112. */
    public String basisKey() {
        StringBuilder sb = new StringBuilder();
        for (Basis b : basis) sb.append(b.law()).append('#').append(b.article()).append(';');
        return sb.toString();
    }

    public String citations() {
        return basis.isEmpty() ? "(none)" : String.join("; ", basis.stream().map(Basis::cite).toList());
    }
}
