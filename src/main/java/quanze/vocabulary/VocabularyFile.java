package quanze.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import quanze.model.Keyed;
import quanze.model.PowerType;
import quanze.model.Rank;
import quanze.model.Role;
import quanze.model.Scope;
import quanze.model.Source;
import quanze.model.Trait;
import quanze.script.Script;

/** Reads the bundled vocabulary ({@code vocabulary.yaml}): every word, checked against the keys it names. */
final class VocabularyFile {

    private static final String RESOURCE = "/quanze/vocabulary/vocabulary.yaml";

    private VocabularyFile() {
    }

    @SuppressWarnings("unchecked")
    static Vocabulary load() {
        Map<String, Object> data;
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            data = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> words = new LinkedHashSet<>();
        Map<String, String> headers = new HashMap<>();
        byField((Map<String, List<Object>>) data.get("headers"), headers, words);
        Map<Class<?>, Map<String, String>> enums = new HashMap<>();
        enums.put(PowerType.class, byKey(PowerType.class, (Map<String, List<Object>>) data.get("types"), words));
        enums.put(Source.class, byKey(Source.class, (Map<String, List<Object>>) data.get("sources"), words));
        enums.put(Role.class, byKey(Role.class, (Map<String, List<Object>>) data.get("roles"), words));
        enums.put(Trait.class, byKey(Trait.class, (Map<String, List<Object>>) data.get("traits"), words));
        enums.put(Scope.class, byKey(Scope.class, (Map<String, List<Object>>) data.get("scopes"), words));
        Map<String, List<String>> cues = new LinkedHashMap<>();
        ((Map<String, List<Object>>) data.get("typeCues")).forEach((type, list) -> {
            requireKey(PowerType.class, type);
            cues.put(type, strings(list));
            words.addAll(strings(list));
        });
        List<Vocabulary.LevelWords> levels = new ArrayList<>();
        for (Map<String, Object> l : (List<Map<String, Object>>) data.get("levels")) {
            List<String> ws = strings((List<Object>) l.get("words"));
            Map<String, String> names = Map.copyOf((Map<String, String>) l.get("name"));
            levels.add(new Vocabulary.LevelWords((String) l.get("id"), names, ws));
            words.addAll(ws);
            words.add(names.get("zh-Hans"));
            words.add(names.get("zh-Hant"));
        }
        Map<String, String> tags = new HashMap<>();
        Map<String, Rank> ranks = new HashMap<>();
        for (Rank r : Rank.values()) ranks.put(r.key(), r);
        ((Map<String, String>) data.get("tags")).forEach((tag, rank) -> {
            if (!rank.equals("by-enactor")) requireKey(Rank.class, rank);
            tags.put(Script.fold(tag), rank);
            words.add(tag);
        });
        enums.put(Rank.class, tags.entrySet().stream().filter(e -> !e.getValue().equals("by-enactor"))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        Map<String, List<String>> enactors = new HashMap<>();
        ((Map<String, List<Object>>) data.get("enactors")).forEach((k, v) -> {
            enactors.put(k, strings(v));
            words.addAll(strings(v));
        });
        // the place words share the enactors' map: kinds of lists of words, by name
        ((Map<String, List<Object>>) data.get("divisions")).forEach((level, v) -> {
            enactors.put("division." + level, strings(v));
            words.addAll(strings(v));
        });
        enactors.put("departmentWords", strings((List<Object>) data.get("departmentWords")));
        enactors.put("notPlaces", strings((List<Object>) data.get("notPlaces")));
        words.addAll(enactors.get("departmentWords"));
        words.addAll(enactors.get("notPlaces"));
        return new Vocabulary(headers, enums, cues, List.copyOf(levels), tags, enactors,
                Collections.unmodifiableSet(words));
    }

    private static void byField(Map<String, List<Object>> source, Map<String, String> out, Set<String> words) {
        source.forEach((field, list) -> {
            for (String w : strings(list)) {
                out.putIfAbsent(Script.fold(w), field);
                words.add(w);
            }
        });
    }

    private static <E extends Enum<E> & Keyed> Map<String, String> byKey(Class<E> type, Map<String, List<Object>> source,
                                                                        Set<String> words) {
        Map<String, String> out = new HashMap<>();
        source.forEach((key, list) -> {
            requireKey(type, key);
            for (String w : strings(list)) {
                out.putIfAbsent(Script.fold(w), key);
                words.add(w);
            }
        });
        return out;
    }

    private static <E extends Enum<E> & Keyed> void requireKey(Class<E> type, String key) {
        if (Keyed.parse(type, key).isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": '" + key + "' is not a " + type.getSimpleName());
        }
    }

    private static List<String> strings(List<Object> list) {
        return list == null ? List.of() : list.stream().map(String::valueOf).toList();
    }
}
