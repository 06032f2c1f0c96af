package quanze.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * A type of power that sources of some ranks may create only for a time (临时性): a licence that a provincial
 * government rule creates lasts one year, then needs a local regulation to continue (行政许可法 Art. 15 ¶1).
 * {@code ranks}: the ranks that create it for a time; {@code months}: for how long; {@code article}: the law that says
 * so.
 */
public record TemporaryCreation(PowerType type, Set<Rank> ranks, int months, String article) {

    /**
     * The basis that created {@code item} for a time, when {@code months} had passed since it took effect on
     * {@code day}; null when some basis is of a rank that creates it for good ({@code right}'s other ranks), when no
     * basis is of a temporary rank, or when one of those gives no date (nothing can be said, so nothing is).
     * Of several, the one in effect latest: the time is counted from there.
     */
    public Basis lapsed(Item item, CreationRight right, LocalDate day) {
        Basis latest = null;
        LocalDate since = null;
        for (Basis b : item.basis()) {
            if (b.rank() == null || !right.ranks().contains(b.rank())) continue;
            if (!ranks.contains(b.rank())) return null;
            LocalDate d = since(b);
            if (d == null) return null;
            if (since == null || d.isAfter(since)) {
                since = d;
                latest = b;
            }
        }
        return latest != null && since.plusMonths(months).isBefore(day) ? latest : null;
    }

    /** The day a basis took effect, else was adopted, as its list dates it (the last day it can mean); or null. */
    public static LocalDate since(Basis b) {
        LocalDate effective = Basis.lastDayOf(b.effective());
        return effective != null ? effective : Basis.lastDayOf(b.adopted());
    }
}
