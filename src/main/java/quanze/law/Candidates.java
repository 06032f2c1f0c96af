package quanze.law;

import java.util.ArrayList;
import java.util.List;

import quanze.model.Catalog;
import quanze.model.CategoryKind;
import quanze.model.Item;
import quanze.model.Level;
import quanze.model.PowerType;
import quanze.model.StatutoryLevel;

/**
 * Which powers a level holds could go one level down, as the law read from their bases says (the Huangshi exercise
 * done from the law): for each item declared at {@code from}, whether the law allows {@code to} as it stands,
 * would need an entrustment or an authorisation, keeps it above (a coercive measure may not be entrusted: 行政强制法
 * Art. 17), or says nothing that could be read.
 */
public record Candidates(Level from, Level to, List<Candidate> allowed, List<Candidate> needsTransfer,
                         List<Candidate> keptAbove, List<Candidate> notRead) {

    /** One item and why it is in its group. */
    public record Candidate(Item item, String why) {
    }

    /** The groups of {@code catalog}'s powers (approvals and management functions) declared at {@code from}. */
    public static Candidates of(Catalog catalog, Level from, Level to) {
        List<Candidate> allowed = new ArrayList<>();
        List<Candidate> transfer = new ArrayList<>();
        List<Candidate> above = new ArrayList<>();
        List<Candidate> none = new ArrayList<>();
        for (Item i : catalog.items()) {
            if (i.kind() != CategoryKind.APPROVAL && i.kind() != CategoryKind.MANAGEMENT) continue;
            if (!i.declared().at(from.id())) continue;
            StatutoryLevel s = i.statutory();
            Level floor = i.legalFloor();
            if (floor == null) {
                none.add(new Candidate(i, s == null ? "no basis quotes words that name who performs its act"
                        : s.disagree() ? "its bases name different levels (QZ118)"
                        : "a basis gives its act to an organ with no level, or names several levels"));
                continue;
            }
            String grounds = i.floorFromText() ? s.cite() + ": " + s.quote() + " [" + s.pattern() + "]"
                    : "typed floor '" + floor.id() + "' (" + i.citations() + ")";
            Level highest = i.floor() == null && s != null ? s.highest() : null;
            if (floor.rank() >= to.rank() && (highest == null || highest.rank() <= to.rank())) {
                allowed.add(new Candidate(i, grounds));
            } else if (floor.rank() < to.rank() && i.type() == PowerType.COERCION) {
                above.add(new Candidate(i, grounds + "; a coercive measure may not be entrusted (行政强制法 Art. 17)"));
            } else if (floor.rank() < to.rank()) {
                transfer.add(new Candidate(i, grounds + "; " + transfer(i.type())));
            } else {
                above.add(new Candidate(i, grounds + "; the law names no level as low as '" + to.id() + "'"));
            }
        }
        return new Candidates(from, to, List.copyOf(allowed), List.copyOf(transfer), List.copyOf(above),
                List.copyOf(none));
    }

    private static String transfer(PowerType type) {
        if (type == PowerType.LICENSING) return "an entrustment under 行政许可法 Art. 24, or an authorisation by law or regulation";
        if (type == PowerType.PENALTY) return "an entrustment under 行政处罚法 Art. 20, or an authorisation by law or regulation";
        return "an entrustment or an authorisation with its own legal basis";
    }
}
