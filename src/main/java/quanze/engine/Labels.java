package quanze.engine;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import quanze.model.Body;
import quanze.model.Keyed;

/** How rule messages quote values: enum keys as in the catalog, bodies with their level. */
public final class Labels {

    private Labels() {
    }

    public static String keys(Collection<? extends Keyed> values) {
        return values.stream().map(Keyed::key).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Level ids quoted for a message: {@code 'district'}, or {@code 'province', 'county'}. */
    public static String quoted(java.util.List<quanze.model.Level> levels) {
        return levels.stream().map(l -> "'" + l.id() + "'").collect(Collectors.joining(", "));
    }

    /** "execution by district-planning (district)" for each entry. */
    public static String holders(Map<? extends Keyed, Body> holders) {
        return holders.entrySet().stream()
                .map(e -> e.getKey().key() + " by " + e.getValue().id() + " (" + e.getValue().levelId() + ")")
                .collect(Collectors.joining(", "));
    }
}
