package quanze.vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import quanze.model.Keyed;
import quanze.model.PowerType;
import quanze.model.Source;
import quanze.script.Script;

/**
 * The words of published power lists and what each means: headers, the ten power types, levels, sources of
 * power, the tags of legal sources, roles, traits and scopes. The words are data
 * ({@code quanze/vocabulary/vocabulary.yaml}); every lookup folds both sides ({@link Script#fold}), so a word is
 * found in either script, with or without spaces and line breaks inside it. {@link #with} adds a mapping
 * file's words.
 */
public final class Vocabulary {

    /**
     * A level of government: its id, the names an import gives it by language tag ({@code zh-Hans}, {@code zh-Hant},
     * {@code en}), and the words lists use for it ({@code folded}: each word's key, in the same order).
     */
    public record LevelWords(String id, Map<String, String> names, List<String> words, List<String> folded) {
        public LevelWords(String id, Map<String, String> names, List<String> words) {
            this(id, names, words, words.stream().map(Script::fold).toList());
        }
    }

    private final Map<String, String> headers;
    private final Map<Class<?>, Map<String, String>> enums;
    private final Map<String, List<String>> typeCues;
    private final List<LevelWords> levels;
    private final Map<String, String> levelIds;
    private final Map<String, String> tags;
    private final Map<String, List<String>> enactors;
    private final Set<String> words;

    Vocabulary(Map<String, String> headers, Map<Class<?>, Map<String, String>> enums,
                       Map<String, List<String>> typeCues, List<LevelWords> levels, Map<String, String> tags,
                       Map<String, List<String>> enactors, Set<String> words) {
        this.headers = headers;
        this.enums = enums;
        this.typeCues = typeCues;
        this.levels = levels;
        this.tags = tags;
        this.enactors = enactors;
        this.words = words;
        Map<String, String> ids = new HashMap<>();
        for (LevelWords l : levels) {
            ids.put(Script.fold(l.id()), l.id());
            for (String w : l.words()) ids.putIfAbsent(Script.fold(w), l.id());
        }
        this.levelIds = ids;
    }

    private static final class Bundled {
        static final Vocabulary VOCABULARY = VocabularyFile.load();
    }

    /** The vocabulary shipped with quanze. */
    public static Vocabulary bundled() {
        return Bundled.VOCABULARY;
    }

    /**
     * This vocabulary with a mapping file's words: {@code columns} header → field, {@code levels} word → level id,
     * {@code types} word → type key, {@code sources} word → source key. The mapping's words come first.
     */
    public Vocabulary with(Map<String, String> columns, Map<String, String> levelWords, Map<String, String> typeWords,
                           Map<String, String> sourceWords) {
        Map<String, String> h = new HashMap<>(headers);
        columns.forEach((w, f) -> h.put(Script.fold(w), f));
        Map<Class<?>, Map<String, String>> e = new HashMap<>(enums);
        Map<String, String> t = new HashMap<>(enums.get(PowerType.class));
        typeWords.forEach((w, k) -> t.put(Script.fold(w), k));
        e.put(PowerType.class, t);
        Map<String, String> s = new HashMap<>(enums.get(Source.class));
        sourceWords.forEach((w, k) -> s.put(Script.fold(w), k));
        e.put(Source.class, s);
        List<LevelWords> l = new ArrayList<>();
        for (LevelWords lw : levels) {
            List<String> ws = new ArrayList<>();
            levelWords.forEach((w, id) -> {
                if (id.equals(lw.id())) ws.add(w);
            });
            ws.addAll(lw.words());
            l.add(new LevelWords(lw.id(), lw.names(), List.copyOf(ws)));
        }
        Set<String> all = new LinkedHashSet<>(words);
        all.addAll(columns.keySet());
        all.addAll(levelWords.keySet());
        all.addAll(typeWords.keySet());
        all.addAll(sourceWords.keySet());
        return new Vocabulary(h, e, typeCues, List.copyOf(l), tags, enactors, Collections.unmodifiableSet(all));
    }

    /** Every word of the vocabulary, as written. */
    public Set<String> words() {
        return words;
    }

    /** The field a header names ({@code 事项名称} → name), or null. */
    public String field(String header) {
        return headers.get(Script.fold(header));
    }

    /** The fields headers can name. */
    public Set<String> fields() {
        return new LinkedHashSet<>(headers.values());
    }

    /**
     * The constant a word names, by its key ({@code licensing}) or by a Chinese word of the vocabulary in either
     * script ({@code 行政许可}, {@code 行政許可}, {@code 01}): power types, sources, ranks (by tag), roles, traits and
     * scopes.
     */
    public <E extends Enum<E> & Keyed> Optional<E> parse(Class<E> type, String word) {
        if (word == null) return Optional.empty();
        Optional<E> byKey = Keyed.parse(type, word.strip());
        if (byKey.isPresent()) return byKey;
        Map<String, String> m = enums.get(type);
        String key = m == null ? null : m.get(Script.fold(word));
        return key == null ? Optional.empty() : Keyed.parse(type, key);
    }

    /** The Chinese words that name each constant of {@code type}, for messages ("行政许可, 行政处罚, …"). */
    public <E extends Enum<E> & Keyed> List<String> names(Class<E> type) {
        return words.stream().filter(w -> Script.han(w) && parse(type, w).isPresent()).toList();
    }

    /** The power-type words a name may end with, by type key. */
    public Map<String, List<String>> typeCues() {
        return typeCues;
    }

    /** The levels of government, top to bottom. */
    public List<LevelWords> levels() {
        return levels;
    }

    /** The level id a word names ({@code 县市区级} → county, {@code county} → county), or null. */
    public String levelId(String word) {
        return levelIds.get(Script.fold(word));
    }

    /** The rank a 【tag】 gives ({@code 法律} → law), {@code by-enactor}, or null for a tag the vocabulary lacks. */
    public String tag(String tag) {
        return tags.get(Script.fold(tag));
    }

    /**
     * A list of words by name: the enactors ({@code provinces}, {@code stateCouncil}, {@code congress},
     * {@code government}), the last words of places by level ({@code division.prefecture}…), the words that end a
     * place in a department's name ({@code departmentWords}) and those that only look like places
     * ({@code notPlaces}).
     */
    public List<String> enactors(String kind) {
        return enactors.getOrDefault(kind, List.of());
    }

    /** The words of {@link #enactors(String)}, folded (computed once). */
    public List<String> folded(String kind) {
        return folded.computeIfAbsent(kind, k -> enactors(k).stream().map(Script::fold).toList());
    }

    private final Map<String, List<String>> folded = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The level of the place a name begins with, and the place as written: {@code 克拉玛依市医疗保障局} →
     * prefecture, 克拉玛依市; {@code 广安市广安区发展和改革局} → county, 广安市广安区. Null when it names no place.
     */
    public String[] place(String name) {
        if (name == null) return null;
        String written = name.strip();
        String text = Script.foldInPlace(written);
        int end = text.length();
        for (String w : enactors("departmentWords")) {
            int k = text.indexOf(w);
            if (k >= 0 && k < end) end = k;
        }
        String level = null;
        int levelRank = -1;
        int placeEnd = -1;
        for (int i = 0; i < end; i++) {
            boolean skipped = false;
            for (String not : enactors("notPlaces")) {
                if (text.startsWith(not, i)) {
                    i += not.length() - 1;
                    skipped = true;
                    break;
                }
            }
            if (skipped) continue;
            String found = null;
            String foundLevel = null;
            for (int r = 0; r < levels.size(); r++) {
                for (String w : enactors("division." + levels.get(r).id())) {
                    if (text.startsWith(w, i) && (found == null || w.length() > found.length())) {
                        found = w;
                        foundLevel = levels.get(r).id();
                    }
                }
            }
            // a place's name comes before its level word; alone, the word is the level itself (市机关事务管理局)
            if (found == null || i == 0 && found.length() < end) continue;
            int rank = rank(foundLevel);
            if (rank > levelRank) {
                levelRank = rank;
                level = foundLevel;
            }
            placeEnd = i + found.length();
            i = placeEnd - 1;
        }
        return level == null ? null : new String[] {level, written.substring(0, placeEnd)};
    }

    /** A level's place from the top (national 0), or -1 for an id the vocabulary lacks. */
    public int rank(String levelId) {
        for (int r = 0; r < levels.size(); r++) if (levels.get(r).id().equals(levelId)) return r;
        return -1;
    }
}
