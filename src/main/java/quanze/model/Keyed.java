package quanze.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Enums of the catalog format are written in YAML as lower-case kebab words: {@code BY_LAW -> by-law}. */
public interface Keyed {

    String name();

    default String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E> & Keyed> Optional<E> parse(Class<E> type, String key) {
        return Optional.ofNullable(type.cast(Lookup.BY_KEY.get(type).get(key)));
    }

    /** Each enum's constants by key, computed once per enum (parsing a million items asks often). */
    final class Lookup {
        static final ClassValue<java.util.Map<String, Object>> BY_KEY = new ClassValue<>() {
            @Override
            protected java.util.Map<String, Object> computeValue(Class<?> type) {
                java.util.Map<String, Object> m = new java.util.HashMap<>();
                for (Object e : type.getEnumConstants()) m.put(((Keyed) e).key(), e);
                return java.util.Map.copyOf(m);
            }
        };

        private Lookup() {
        }
    }

    static <E extends Enum<E> & Keyed> List<String> keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyed::key).toList();
    }
}
