package quanze.law;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import quanze.model.Basis;
import quanze.model.Level;
import quanze.model.PowerType;
import quanze.model.Reading;
import quanze.model.StatutoryLevel;
import quanze.model.StatutoryLevel.Cited;
import quanze.vocabulary.Vocabulary;

/**
 * An item's statutory level from the words of its bases: each basis's readings ({@link ProvisionReader}) give it a
 * level (several levels for one act: a graded power, from the lowest to the highest); the item's level is the one
 * its bases agree on. Bases that give different levels, a graded one, or one that gives the act to an organ described
 * by its role (由负责备案管理的…部门, 发证机关) while another places it, leave the item with none: a wrong level costs
 * more than a missing one. An organ named by its kind only (由林业主管部门) is placed by the basis that names its
 * level, but the result is not certain (its findings are warnings).
 */
public final class StatutoryReader {

    private final ProvisionReader reader;
    private final Vocabulary vocabulary;

    public StatutoryReader(LawWords words, Vocabulary vocabulary) {
        this.reader = new ProvisionReader(words);
        this.vocabulary = vocabulary;
    }

    /**
     * The statutory level of an act of {@code type} under {@code basis}, for an item named {@code name} (what its act
     * is about: a plan, or not), with canonical levels resolved to the catalog's by {@code level}; null when no basis
     * has words of the act.
     */
    public StatutoryLevel read(List<Basis> basis, PowerType type, String name, Function<String, Level> level) {
        List<Cited> cited = new ArrayList<>();
        for (Basis b : basis) {
            if (b.text() == null || b.text().isBlank()) continue;
            Cited c = cited(b, reader.read(b.text(), type, name));
            if (c != null) cited.add(c);
        }
        if (cited.isEmpty()) return null;
        Cited first = null;
        boolean disagree = false;
        boolean unplaced = false;
        boolean certain = true;
        boolean generic = false;
        boolean highestUnknown = false;
        for (Cited c : cited) {
            if (!c.hasLevel() && c.generic()) {
                generic = true; // 由林业主管部门…: placed by the basis that names its level, if one does
                continue;
            }
            if (!c.hasLevel()) {
                unplaced = true;
                continue;
            }
            certain &= c.direct() && !c.graded();
            if (first == null) first = c;
            else if (!first.floor().equals(c.floor())) disagree = true;
            // bases that agree on the floor but not on the highest level leave the highest unknown (no QZ116)
            else if (!java.util.Objects.equals(first.highest(), c.highest())) highestUnknown = true;
        }
        if (first == null || disagree || unplaced) {
            return new StatutoryLevel(null, null, null, null, null, false, disagree, List.copyOf(cited));
        }
        String highest = highestUnknown ? null : first.highest();
        return new StatutoryLevel(level.apply(first.floor()), highest == null ? null : level.apply(highest),
                first.quote(), first.pattern(), first.cite(), certain && !generic && !highestUnknown, false,
                List.copyOf(cited));
    }

    private Cited cited(Basis b, List<Reading> readings) {
        if (readings.isEmpty()) return null;
        List<Reading> placed = readings.stream().filter(Reading::hasLevel).toList();
        if (placed.isEmpty()) {
            Reading r = readings.get(0);
            return new Cited(b.cite(), null, null, r.quote(), r.pattern(), r.direct(), false,
                    readings.stream().allMatch(Reading::generic));
        }
        Reading lowest = placed.get(0);
        String highest = placed.get(0).highest();
        boolean unbounded = highest == null;
        boolean graded = false;
        boolean direct = true;
        for (Reading r : placed) {
            direct &= r.direct();
            if (!r.sameLevels(placed.get(0))) graded = true;
            if (vocabulary.rank(r.floor()) > vocabulary.rank(lowest.floor())) lowest = r;
            if (r.highest() == null) unbounded = true;
            else if (highest == null || vocabulary.rank(r.highest()) < vocabulary.rank(highest)) highest = r.highest();
        }
        return new Cited(b.cite(), lowest.floor(), unbounded ? null : highest, lowest.quote(),
                graded ? "graded" : lowest.pattern(), direct, graded, false);
    }
}
