package quanze.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import quanze.catalog.ItemDraft;
import quanze.model.Body;
import quanze.model.Category;
import quanze.model.CategoryKind;
import quanze.model.Location;
import quanze.model.Text;
import quanze.script.Script;

/**
 * What the lists of one import share: the categories, the items made so far, the ids they took, the levels they
 * use (with the words the lists wrote for each), and one body per distinct 行使主体 across files (with the offices,
 * 承办机构, under each).
 */
final class ImportContext {

    final List<Category> categories = new ArrayList<>();
    final Map<String, Integer> categoryIndex = new HashMap<>();
    final List<ItemDraft> items = new ArrayList<>();
    final List<Notice> notices = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    /** The levels the items are declared at, with the first word a list wrote for each. */
    final Map<String, String> levelWords = new LinkedHashMap<>();
    private final Map<String, BodyDraft> bodies = new LinkedHashMap<>();
    /** Simplified and traditional characters counted in the names read, to name what the lists did not. */
    long simplified;
    long traditional;

    /** A body as it is found: its id, its name as first written, its parent, and the levels of its items. */
    static final class BodyDraft {
        final String id;
        final String name;
        final String parent;
        final Location at;
        final Map<String, Integer> levels = new LinkedHashMap<>();

        BodyDraft(String id, String name, String parent, Location at) {
            this.id = id;
            this.name = name;
            this.parent = parent;
            this.at = at;
        }

        /** The level most of its items are declared at (the first of them on a tie); {@code fallback} if none. */
        String level(String fallback) {
            String best = fallback;
            int n = 0;
            for (var e : levels.entrySet()) {
                if (e.getValue() > n) {
                    n = e.getValue();
                    best = e.getKey();
                }
            }
            return best;
        }
    }

    /** The category of a list (or of a category column), made on first use; its index among the categories. */
    int category(String id, String name, CategoryKind kind, Location at) {
        return categoryIndex.computeIfAbsent(id, k -> {
            categories.add(new Category(k, new Text(name, null), kind, null, at));
            return categories.size() - 1;
        });
    }

    /** The body a name stands for (the same name in either script, spaces aside, is one body). */
    String body(String name, String parent, String level, Location at) {
        String key = (parent == null ? "" : parent + "/") + Script.fold(name);
        BodyDraft b = bodies.computeIfAbsent(key, k -> new BodyDraft("body-" + (bodies.size() + 1), name, parent, at));
        if (level != null) b.levels.merge(level, 1, Integer::sum);
        return b.id;
    }

    /** An id not taken yet: {@code wanted}, else {@code wanted-2}, {@code wanted-3}… */
    String id(String wanted) {
        if (ids.add(wanted)) return wanted;
        for (int n = 2; ; n++) {
            String next = wanted + "-" + n;
            if (ids.add(next)) return next;
        }
    }

    void level(String id, String word) {
        if (word == null) levelWords.putIfAbsent(id, null);
        else if (levelWords.get(id) == null) levelWords.put(id, word);
    }

    void count(String text) {
        int[] c = Script.count(text);
        traditional += c[0];
        simplified += c[1];
    }

    /** The bodies, each at the level most of its items are declared at; an office at its parent's. */
    List<Body> bodies(String fallback) {
        Map<String, String> levelOf = new HashMap<>();
        List<Body> out = new ArrayList<>();
        for (BodyDraft b : bodies.values()) {
            String level = b.parent == null ? b.level(fallback) : levelOf.getOrDefault(b.parent, b.level(fallback));
            levelOf.put(b.id, level);
            // a list's 承办机构 is an internal office of the organ that exercises the power, not a branch office
            out.add(new Body(b.id, new Text(b.name, null), level, null, b.parent, null,
                    b.parent == null ? null : quanze.model.Nature.INTERNAL_OFFICE, null, b.at));
        }
        return out;
    }
}
