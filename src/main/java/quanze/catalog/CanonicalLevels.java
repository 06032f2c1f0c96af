package quanze.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import quanze.model.Level;
import quanze.model.Location;
import quanze.model.Text;
import quanze.vocabulary.Vocabulary;

/** The levels of one catalog as the law's words name them: national … community, each mapped to a catalog level. */
final class CanonicalLevels {

    private final Collection<Level> levels;
    private final Map<String, Level> canonical = new HashMap<>();

    CanonicalLevels(Collection<Level> levels) {
        this.levels = List.copyOf(levels);
    }

    /**
     * The catalog's level for a canonical level id (national … community): the level whose id or name the
     * vocabulary reads as it (city → prefecture, 區 → county); else, for a level above or below every level of the
     * catalog, a level of its own ranked beyond them (the province in a city's catalog), and for one between, the
     * nearest level above.
     */
    Level level(String id) {
        Level known = canonical.get(id);
        if (known != null) return known;
        Vocabulary v = Vocabulary.bundled();
        Map<Integer, Level> byRank = new java.util.TreeMap<>();
        for (Level l : levels) {
            String c = v.levelId(l.id());
            if (c == null && l.name() != null) c = v.levelId(l.name().zh() == null ? "" : l.name().zh());
            if (c == null && l.name() != null && l.name().en() != null) c = v.levelId(l.name().en());
            if (c != null) byRank.putIfAbsent(v.rank(c), l);
        }
        int want = v.rank(id);
        Level out = byRank.get(want);
        if (out == null && !byRank.isEmpty()) {
            int top = ((java.util.TreeMap<Integer, Level>) byRank).firstKey();
            int bottom = ((java.util.TreeMap<Integer, Level>) byRank).lastKey();
            if (want < top) out = synthetic(id, byRank.get(top).rank() - (top - want));
            else if (want > bottom) out = synthetic(id, byRank.get(bottom).rank() + (want - bottom));
            else out = ((java.util.TreeMap<Integer, Level>) byRank).floorEntry(want).getValue();
        }
        if (out == null) out = synthetic(id, want);
        canonical.put(id, out);
        return out;
    }

    private static Level synthetic(String id, int rank) {
        var names = Vocabulary.bundled().levels().stream().filter(l -> l.id().equals(id)).findFirst()
                .map(Vocabulary.LevelWords::names).orElse(Map.of());
        return new Level(id, new Text(names.getOrDefault("zh-Hans", id), names.getOrDefault("en", id)), rank, false,
                new Location("(statutory level)", 0, 0));
    }
}
