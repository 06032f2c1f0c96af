package quanze.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import quanze.model.Basis;

/**
 * Shares equal strings, lists and bases among the items of a catalog: a million items repeat the same laws,
 * responsibilities and body ids, and keeping one copy of each keeps memory proportional to what is distinct.
 */
final class Interner {

    private final Map<Object, Object> seen = new HashMap<>();

    String of(String s) {
        return s == null ? null : intern(s);
    }

    <T> List<T> list(List<T> list) {
        return list.isEmpty() ? List.of() : intern(List.copyOf(list));
    }

    Basis basis(Basis b) {
        return intern(b);
    }

    @SuppressWarnings("unchecked")
    private <T> T intern(T value) {
        return (T) seen.computeIfAbsent(value, v -> v);
    }
}
