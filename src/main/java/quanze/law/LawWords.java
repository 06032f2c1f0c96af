package quanze.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import quanze.model.Keyed;
import quanze.model.PowerType;
import quanze.script.Script;

/**
 * The words quanze reads the law's levels by ({@code quanze/vocabulary/statutory.yaml}): level phrases and the
 * pattern each is, organ words, relative organs, and the verbs of each power type. Every word is kept folded
 * ({@link Script#fold}), so that a text in either script matches. {@link #with} lays a catalog's own words over
 * them (its words first).
 */
public final class LawWords {

    private static final String RESOURCE = "/quanze/vocabulary/statutory.yaml";

    /** A level phrase: the pattern it is, the levels it allows (canonical ids; highest null when unbounded). */
    public record Phrase(String word, String folded, String pattern, String floor, String highest) {
    }

    /** A verb; {@code parts} has two ends when the verb is written with … (处…罚款). */
    public record Verb(String word, List<String> parts) {
    }

    final List<Phrase> phrases;
    final List<String> organs;
    final List<String> relative;
    final List<String> by;
    final List<String> via;
    final List<String> references;
    final List<String> plans;
    final int directSpan;
    final int subjectSpan;
    final List<String> holders;
    final Map<PowerType, List<Verb>> verbs;

    private LawWords(List<Phrase> phrases, List<String> organs, List<String> relative, List<String> by, List<String> via,
                     List<String> references, List<String> plans, int directSpan, int subjectSpan, List<String> holders, Map<PowerType, List<Verb>> verbs) {
        List<Phrase> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt((Phrase p) -> -p.folded().length()));
        this.phrases = List.copyOf(sorted);
        this.organs = longestFirst(organs);
        this.relative = longestFirst(relative);
        this.by = longestFirst(by);
        this.via = longestFirst(via);
        this.references = longestFirst(references);
        this.plans = longestFirst(plans);
        this.directSpan = directSpan;
        this.subjectSpan = subjectSpan;
        this.holders = longestFirst(holders);
        this.verbs = verbs;
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> out = new ArrayList<>(words.stream().map(Script::fold).distinct().toList());
        out.sort(Comparator.comparingInt(s -> -s.length()));
        return List.copyOf(out);
    }

    private static final class Bundled {
        static final LawWords WORDS = load();
    }

    /** The words shipped with quanze. */
    public static LawWords bundled() {
        return Bundled.WORDS;
    }

    private static LawWords load() {
        try (InputStream in = LawWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Map<String, Object> data = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() { });
            return from(data, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Words from a map of the file's shape: {@code actors} (pattern, floor, highest, words), {@code organs},
     * {@code relative}, {@code by}, {@code via}, {@code references}, {@code plans}, {@code holders}, {@code directSpan}, {@code subjectSpan}, {@code verbs} (by power type key). Parts it lacks come from
     * {@code base} (null: none). Throws {@link IllegalArgumentException} naming what is wrong.
     */
    @SuppressWarnings("unchecked")
    public static LawWords from(Map<String, Object> data, LawWords base) {
        List<Phrase> phrases = new ArrayList<>();
        Object actors = data.get("actors");
        if (actors != null) {
            for (Object o : (List<Object>) actors) {
                Map<String, Object> a = (Map<String, Object>) o;
                String pattern = String.valueOf(a.get("pattern"));
                String floor = (String) a.get("floor");
                String highest = (String) a.get("highest");
                for (String w : strings(a.get("words"))) phrases.add(new Phrase(w, Script.fold(w), pattern, floor, highest));
            }
        }
        if (base != null) phrases.addAll(base.phrases);
        List<String> organs = join(data.get("organs"), base == null ? null : base.organs);
        List<String> relative = join(data.get("relative"), base == null ? null : base.relative);
        List<String> by = join(data.get("by"), base == null ? null : base.by);
        List<String> via = join(data.get("via"), base == null ? null : base.via);
        List<String> references = join(data.get("references"), base == null ? null : base.references);
        List<String> plans = join(data.get("plans"), base == null ? null : base.plans);
        int span = data.get("directSpan") instanceof Number n ? n.intValue() : base == null ? 40 : base.directSpan;
        int subject = data.get("subjectSpan") instanceof Number n ? n.intValue() : base == null ? 60 : base.subjectSpan;
        List<String> holders = join(data.get("holders"), base == null ? null : base.holders);
        Map<PowerType, List<Verb>> verbs = new EnumMap<>(PowerType.class);
        Map<String, Object> vs = data.get("verbs") == null ? Map.of() : (Map<String, Object>) data.get("verbs");
        for (PowerType t : PowerType.values()) {
            List<Verb> list = new ArrayList<>();
            for (String w : strings(vs.get(t.key()))) {
                List<String> parts = new ArrayList<>();
                for (String p : w.split("…|\\.\\.\\.")) if (!p.isBlank()) parts.add(Script.fold(p));
                list.add(new Verb(w, List.copyOf(parts)));
            }
            if (base != null) list.addAll(base.verbs.get(t));
            verbs.put(t, List.copyOf(list));
        }
        for (String k : vs.keySet()) {
            if (Keyed.parse(PowerType.class, k).isEmpty()) {
                throw new IllegalArgumentException("verbs: '" + k + "' is not a power type (expected one of "
                        + String.join(", ", Keyed.keys(PowerType.class)) + ")");
            }
        }
        return new LawWords(phrases, organs, relative, by, via, references, plans, span, subject, holders, verbs);
    }

    private static List<String> join(Object mine, List<String> base) {
        List<String> out = new ArrayList<>(strings(mine));
        if (base != null) out.addAll(base);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        if (o == null) return List.of();
        if (!(o instanceof List<?> l)) throw new IllegalArgumentException("expected a list of words, got '" + o + "'");
        return ((List<Object>) l).stream().map(String::valueOf).toList();
    }

    /** This vocabulary with {@code data} (a catalog's {@code statutory:} block) laid over it. */
    public LawWords with(Map<String, Object> data) {
        return from(data, this);
    }

    public List<Verb> verbs(PowerType type) {
        return verbs.getOrDefault(type, List.of());
    }
}
