package quanze.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

import quanze.script.Script;

/**
 * One power (or function, or community service) of the list, with its references resolved. Optional parts
 * are null when absent: {@code floor}, {@code service}, {@code origin}, {@code note}; {@code category} is
 * null when {@code categoryId} names no category. {@code floor} is the floor the author typed; {@code statutory}
 * the level read from the words of its bases (null when no basis has words of its act). {@code nameKey} is the
 * Chinese name in either script, with or without spaces and line breaks, as one key (null when it has none); two
 * items of one key are one power (QZ112).
 */
public record Item(String id, Text name, String categoryId, Category category, PowerType type,
                   List<Basis> basis, Level floor, StatutoryLevel statutory, Set<Trait> traits, Scope scope,
                   List<String> responsibilities, List<String> accountability, Declared declared,
                   Service service, Level origin, String note, Map<String, String> extra, Imported imported,
                   Location location, String nameKey) {

    /**
     * An item; {@code nameKey} is computed once here: the rules join items on it (QZ112), and Drools reads it for
     * every item it indexes and every one it compares.
     */
    public Item(String id, Text name, String categoryId, Category category, PowerType type,
                List<Basis> basis, Level floor, StatutoryLevel statutory, Set<Trait> traits, Scope scope,
                List<String> responsibilities, List<String> accountability, Declared declared,
                Service service, Level origin, String note, Map<String, String> extra, Imported imported,
                Location location) {
        this(id, name, categoryId, category, type, basis, floor, statutory, traits, scope, responsibilities,
                accountability, declared, service, origin, note, extra, imported, location,
                name == null || name.zh() == null ? null : Script.fold(name.zh()));
    }

    /**
     * Hashed by id and place only (equal items have both equal): the rules join facts on their item
     * ({@code LawfulRoute(item == $i)}), and a record's own hash would walk every basis, body and level of it.
     */
    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(id) + java.util.Objects.hashCode(location);
    }

    public CategoryKind kind() {
        return category == null ? null : category.kind();
    }

    /** The statutory floor the rules decide by: the typed {@code floor}, else the one read from the law; or null. */
    public Level legalFloor() {
        if (floor != null) return floor;
        return statutory != null ? statutory.floor() : null;
    }

    /** The floor was read from the law (none was typed). */
    public boolean floorFromText() {
        return floor == null && statutory != null && statutory.derived();
    }

    /**
     * No trait is stated and no floor typed, but the law's words place the power: the principle's traits cannot
     * decide, the law can (a published list states no traits).
     */
    public boolean placedByLawAlone() {
        return traits.isEmpty() && floorFromText();
    }

    /** Where the legal floor comes from, for messages: the citations, or the quoted words of the law. */
    public String floorGrounds() {
        return floor != null ? citations() : statutory.cite() + ": " + statutory.quote();
    }

    /**
     * The provisions an authorisation rests on: those its transfer cites, else the item's own bases (a list names
     * the law that authorises the body as the power's basis).
     */
    public List<Basis> authorisationBasis() {
        Transfer t = declared.entrustment();
        return t != null && t.hasBasis() ? t.basis() : basis;
    }

    /** True when some basis of the authorisation is a law or a regulation (法律、法规). */
    public boolean authorisedByLawOrRegulation() {
        return authorisationBasis().stream().anyMatch(b -> b.rank() != null && b.rank().lawOrRegulation());
    }

    /** True when some basis of the authorisation is a law or an administrative regulation (for coercion, 行政强制法 Art. 70). */
    public boolean authorisedByLawOrAdministrativeRegulation() {
        return authorisationBasis().stream().anyMatch(b -> b.rank() == Rank.LAW || b.rank() == Rank.ADMINISTRATIVE_REGULATION);
    }

    /** The ranks and titles of the authorisation's bases, for messages. */
    public String authorisationCited() {
        List<Basis> b = authorisationBasis();
        return b.isEmpty() ? "no provision" : new Transfer(null, b).ranksCited();
    }

    public boolean hasBasis() {
        return !basis.isEmpty();
    }

    /** True when every basis is of one of these ranks (and there is at least one). */
    public boolean basisOnlyOf(Set<Rank> ranks) {
        return hasBasis() && basis.stream().allMatch(b -> ranks.contains(b.rank()));
    }

    /**
     * True when this item comes before {@code other} in the catalog: by place, and, for two items at one place (one
     * YAML anchor listed twice, so alike in every field), by an arbitrary but fixed order.
     */
    public boolean before(Item other) {
        if (this == other) return false;
        int c = location.compareTo(other.location);
        return c != 0 ? c < 0 : System.identityHashCode(this) < System.identityHashCode(other);
    }


    /**
     * Title and provision of every basis, in order: what "the same basis" means for QZ112. Titles are compared
     * without 中华人民共和国 and in either script ({@code 城鄉規劃法} is {@code 中华人民共和国城乡规划法}).
     */
    public String basisKey() {
        StringBuilder sb = new StringBuilder();
        for (Basis b : basis) {
            sb.append(Script.fold(b.title())).append('#').append(b.article()).append('#').append(b.paragraph())
                    .append(';');
        }
        return sb.toString();
    }

    public String citations() {
        return basis.isEmpty() ? "(none)" : String.join("; ", basis.stream().map(Basis::cite).toList());
    }
}
