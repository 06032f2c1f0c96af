package quanze.model;

import java.util.List;

/**
 * The level the cited law gives an item's act, read from the words of its bases ({@code quanze.law}).
 *
 * <ul>
 * <li>{@code floor}: the lowest level allowed, as a level of the catalog (a level above every level of the catalog,
 * such as the province in a city's catalog, is a level of its own, ranked above them); null when nothing could be
 * derived. {@code highest}: the highest allowed, null when the law sets no upper bound (县级以上).</li>
 * <li>{@code quote}, {@code pattern}, {@code cite}: the words it rests on, verbatim, the pattern they matched and
 * the basis they are in (of the first basis that gives the level).</li>
 * <li>{@code certain}: every reading is direct (由…部门 + the verb), no basis names several levels, and every basis
 * that names the act's organ gives the same level: only then can a finding on it be an error.</li>
 * <li>{@code disagree}: bases name different levels for the act (then {@code floor} is null).</li>
 * <li>{@code cited}: what each basis with words of the act says, in basis order.</li>
 * </ul>
 */
public record StatutoryLevel(Level floor, Level highest, String quote, String pattern, String cite, boolean certain,
                             boolean disagree, List<Cited> cited) {

    /**
     * What one basis says: its citation, the levels it gives (canonical ids: national … township; null floor when
     * its organ has no level), the quote and pattern of its first reading, whether every reading is direct, and
     * whether it names several levels for the act (a graded power: floor the lowest, highest the highest); for one
     * with no level, whether its organ is named by its kind only (由林业主管部门: another basis may place it).
     */
    public record Cited(String cite, String floor, String highest, String quote, String pattern, boolean direct,
                        boolean graded, boolean generic) {
        public boolean hasLevel() {
            return floor != null;
        }
    }

    public boolean derived() {
        return floor != null;
    }

    /** "'county' or above (《森林法》 Art. 56: 由县级以上人民政府林业主管部门…核发)". */
    public String describe() {
        if (floor == null) return "none";
        String range = highest == null ? "'" + floor.id() + "' or above"
                : highest.id().equals(floor.id()) ? "'" + floor.id() + "' only"
                : "'" + floor.id() + "' to '" + highest.id() + "'";
        return range + " (" + cite + ": " + quote + ")";
    }
}
