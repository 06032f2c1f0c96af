package quanze.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import quanze.model.Keyed;
import quanze.model.Location;
import quanze.model.Problem;
import quanze.model.Text;
import quanze.schema.Shape;

/**
 * The fields of one YAML mapping, read after {@link Conform} has held the mapping to its declared shape: every
 * unknown field, missing field, wrong type and unknown value is said there, once, from the declaration. A value
 * that is missing or wrong reads here as null (or empty), so binding can go on and report the rest.
 */
final class Fields {

    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("-?\\d{1,9}");

    private final Node.MapNode map;
    private final List<Problem> problems;

    private Fields(Node.MapNode map, List<Problem> problems) {
        this.map = map;
        this.problems = problems;
    }

    /** The fields of {@code node}, checked against {@code shape} ({@code what} names it: "an item"). */
    static Fields of(Node node, Shape.Obj shape, String what, List<Problem> problems) {
        problems.addAll(Conform.check(node, shape, what));
        return read(node, problems);
    }

    /** The fields of {@code node}, already checked as part of a larger value; null when it is no mapping. */
    static Fields read(Node node, List<Problem> problems) {
        return node instanceof Node.MapNode m ? new Fields(m, problems) : null;
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

    /** A field that must be there although the shape lets it go (the bundled principle sets every field). */
    void require(String key, String what) {
        if (!has(key)) problems.add(new Problem(map.at(), what + " needs '" + key + "'"));
    }

    String string(String key) {
        return text(node(key));
    }

    /** The text of a scalar that reads as text (a number as written), else null. */
    static String text(Node n) {
        return n != null && Checks.isText(n) ? ((Node.Scalar) n).text() : null;
    }

    boolean bool(String key, boolean fallback) {
        return node(key) instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.BOOLEAN
                ? Boolean.parseBoolean(s.text()) : fallback;
    }

    Integer integer(String key) {
        String t = node(key) instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.NUMBER ? s.text() : null;
        int v = t != null && WHOLE.matcher(t).matches() ? Integer.parseInt(t) : -1; // -0 is 0, as the shape reads it
        return v >= 0 ? v : null;
    }

    <E extends Enum<E> & Keyed> E enumOf(String key, Class<E> type) {
        return enumValue(node(key), type);
    }

    /** The constant a key names ({@code by-law}), or a Chinese name in either script (行政许可, 行政許可); else null. */
    static <E extends Enum<E> & Keyed> E enumValue(Node n, Class<E> type) {
        String t = n instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.STRING ? s.text() : null;
        if (t == null) return null;
        var e = Keyed.parse(type, t);
        if (e.isEmpty() && quanze.script.Script.han(t)) e = quanze.vocabulary.Vocabulary.bundled().parse(type, t);
        return e.orElse(null);
    }

    <E extends Enum<E> & Keyed> Set<E> enumSet(String key, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        for (Node n : list(key)) {
            E e = enumValue(n, type);
            if (e != null) out.add(e);
        }
        return out;
    }

    /** The elements of a list field; empty when absent or not a list. */
    List<Node> list(String key) {
        return listOf(node(key));
    }

    static List<Node> listOf(Node n) {
        return n instanceof Node.ListNode l ? l.items() : List.of();
    }

    /** The entries of a mapping, in order; empty when absent or not a mapping. */
    static java.util.Set<java.util.Map.Entry<String, Node>> entries(Node n) {
        return n instanceof Node.MapNode m ? m.fields().entrySet() : java.util.Set.of();
    }

    List<String> strings(String key) {
        return map(key, Fields::text);
    }

    <T> List<T> map(String key, Function<Node, T> f) {
        List<T> out = new ArrayList<>();
        for (Node n : list(key)) {
            T t = f.apply(n);
            if (t != null) out.add(t);
        }
        return out;
    }

    /** A name: a string (a number as written: 2024), or {zh, en} with at least one of them. */
    Text text(String key) {
        Node n = node(key);
        if (n instanceof Node.Scalar) {
            String t = text(n);
            return t == null ? null : new Text(t, null);
        }
        Fields f = read(n, problems);
        if (f == null) return null;
        if (f.string("zh") == null && f.string("en") == null) {
            problems.add(new Problem(n.at(), "'" + key + "' needs zh or en"));
        }
        return new Text(f.string("zh"), f.string("en"));
    }
}
