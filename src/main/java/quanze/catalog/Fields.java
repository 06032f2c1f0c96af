package quanze.catalog;

import quanze.model.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import quanze.model.Keyed;
import quanze.model.Location;
import quanze.model.Text;

/**
 * Reads the fields of one YAML mapping, checking names, types and enum values, and collecting every problem
 * instead of stopping at the first. A field that is missing or wrong reads as null (or empty), so binding can
 * go on and report the rest.
 */
final class Fields {

    private final Node.MapNode map;
    private final List<Problem> problems;

    private Fields(Node.MapNode map, List<Problem> problems) {
        this.map = map;
        this.problems = problems;
    }

    /** The fields of {@code node}, which must be a mapping with only the {@code allowed} keys. */
    static Fields of(Node node, String what, Collection<String> allowed, List<Problem> problems) {
        if (!(node instanceof Node.MapNode m)) {
            problems.add(new Problem(node.at(), what + " must be a mapping, found " + node.describe()));
            return null;
        }
        Checks.unknownFields(m, allowed, what, problems);
        return new Fields(m, problems);
    }

    Location at() {
        return map.at();
    }

    boolean has(String key) {
        return map.fields().containsKey(key);
    }

    Node node(String key) {
        return map.fields().get(key);
    }

    Location keyAt(String key) {
        return map.keys().getOrDefault(key, map.at());
    }

    /** Where the value of {@code key} stands (a misspelt value is named there), or the mapping's start. */
    Location valueAt(String key) {
        Node n = node(key);
        return n != null ? n.at() : map.at();
    }

    Set<String> keys() {
        return map.fields().keySet();
    }

    void require(String key, String what) {
        if (!has(key)) problems.add(new Problem(map.at(), "missing required field '" + key + "' in " + what));
    }

    String string(String key, boolean required, String what) {
        Node n = node(key);
        if (n == null) {
            if (required) require(key, what);
            return null;
        }
        return scalarText(n, key, problems);
    }

    static String scalarText(Node n, String key, List<Problem> problems) {
        if (n instanceof Node.Scalar s && s.kind() != Node.Scalar.Kind.NULL
                && s.kind() != Node.Scalar.Kind.BOOLEAN) {
            return s.text();
        }
        problems.add(new Problem(n.at(), "'" + key + "' must be a string, found " + n.describe()));
        return null;
    }

    Boolean bool(String key, boolean fallback) {
        Node n = node(key);
        if (n == null) return fallback;
        if (n instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.BOOLEAN) return Boolean.parseBoolean(s.text());
        problems.add(new Problem(n.at(), "'" + key + "' must be true or false, found " + n.describe()));
        return fallback;
    }

    Integer integer(String key, boolean required, String what) {
        Node n = node(key);
        if (n == null) {
            if (required) require(key, what);
            return null;
        }
        if (n instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.NUMBER) {
            try {
                int v = Integer.parseInt(s.text());
                if (v >= 0) return v;
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        problems.add(new Problem(n.at(), "'" + key + "' must be a whole number of 0 or more, found " + n.describe()));
        return null;
    }

    <E extends Enum<E> & Keyed> E enumOf(String key, Class<E> type, boolean required, String what) {
        Node n = node(key);
        if (n == null) {
            if (required) require(key, what);
            return null;
        }
        return enumValue(n, key, type, problems);
    }

    static <E extends Enum<E> & Keyed> E enumValue(Node n, String key, Class<E> type, List<Problem> problems) {
        String text = n instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.STRING ? s.text() : null;
        if (text != null) {
            var e = Keyed.parse(type, text);
            // a Chinese word in either script (行政许可, 行政許可) names the constant too
            if (e.isEmpty() && quanze.script.Script.han(text)) e = quanze.vocabulary.Vocabulary.bundled().parse(type, text);
            if (e.isPresent()) return e.get();
        }
        List<String> keys = Keyed.keys(type);
        problems.add(new Problem(n.at(), (text == null ? "'" + key + "' must be one of the names below, found "
                + n.describe() : "unknown " + key + " '" + text + "'" + quanze.model.DidYouMean.of(text, keys))
                + " (expected one of: " + String.join(", ", keys) + ")"));
        return null;
    }

    <E extends Enum<E> & Keyed> Set<E> enumSet(String key, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        for (Node n : list(key)) {
            E e = enumValue(n, key, type, problems);
            if (e != null) out.add(e);
        }
        return out;
    }

    /** The elements of a list field; empty when absent or not a list (the latter reported). */
    List<Node> list(String key) {
        Node n = node(key);
        if (n == null) return List.of();
        return listOf(n, key, problems);
    }

    static List<Node> listOf(Node n, String key, List<Problem> problems) {
        if (n instanceof Node.ListNode l) return l.items();
        if (n instanceof Node.Scalar s && (s.kind() == Node.Scalar.Kind.NULL
                || s.kind() == Node.Scalar.Kind.STRING && s.text().isEmpty())) {
            return List.of(); // "key:" with nothing after it
        }
        problems.add(new Problem(n.at(), "'" + key + "' must be a list, found " + n.describe()));
        return List.of();
    }

    List<String> strings(String key) {
        return map(key, n -> scalarText(n, key, problems));
    }

    <T> List<T> map(String key, Function<Node, T> f) {
        List<T> out = new ArrayList<>();
        for (Node n : list(key)) {
            T t = f.apply(n);
            if (t != null) out.add(t);
        }
        return out;
    }

    Text text(String key, boolean required, String what) {
        Node n = node(key);
        if (n == null) {
            if (required) require(key, what);
            return null;
        }
        // a name may be a number as written (2024, 1e3, .inf): its text, not its value
        if (n instanceof Node.Scalar s && (s.kind() == Node.Scalar.Kind.STRING || s.kind() == Node.Scalar.Kind.NUMBER)) {
            return new Text(s.text(), null);
        }
        if (!(n instanceof Node.MapNode)) {
            problems.add(new Problem(n.at(), "'" + key + "' must be a string or a mapping {zh, en}, found "
                    + n.describe()));
            return null;
        }
        Fields f = Fields.of(n, "'" + key + "'", List.of("zh", "en"), problems);
        if (f == null) return null;
        String zh = f.string("zh", false, key);
        String en = f.string("en", false, key);
        if (zh == null && en == null) {
            problems.add(new Problem(n.at(), "'" + key + "' needs zh or en"));
        }
        return new Text(zh, en);
    }
}
