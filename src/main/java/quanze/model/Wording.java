package quanze.model;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;


/** How rule messages quote values: enum keys as in the catalog, bodies with their level. */
public final class Wording {

    private Wording() {
    }

    public static String keys(Collection<? extends Keyed> values) {
        // a plain loop: the decision rules word every item's traits with it
        StringBuilder sb = new StringBuilder("[");
        for (Keyed k : values) {
            if (sb.length() > 1) sb.append(", ");
            sb.append(k.key());
        }
        return sb.append(']').toString();
    }

    /** Level ids quoted for a message: {@code 'district'}, or {@code 'province', 'county'}. */
    public static String quoted(java.util.List<Level> levels) {
        return levels.stream().map(l -> "'" + l.id() + "'").collect(Collectors.joining(", "));
    }

    /** "execution by district-planning (district)" for each entry. */
    public static String holders(Map<? extends Keyed, Body> holders) {
        return holders.entrySet().stream()
                .map(e -> e.getKey().key() + " by " + e.getValue().id() + " (" + e.getValue().levelId() + ")")
                .collect(Collectors.joining(", "));
    }

    /** What each basis reads: "《种子法》 Art. 31: 'county' or above (由县级以上…核发); 《…》: no level (由发证机关吊销)". */
    public static String readings(java.util.List<StatutoryLevel.Cited> cited) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (StatutoryLevel.Cited c : cited) {
            String range = !c.hasLevel() ? "an organ with no level"
                    : c.highest() == null ? "'" + c.floor() + "' or above"
                    : c.highest().equals(c.floor()) ? "'" + c.floor() + "'"
                    : "'" + c.floor() + "' to '" + c.highest() + "'";
            out.add(c.cite() + ": " + range + " (" + c.quote() + ")");
        }
        return String.join("; ", out);
    }
}
