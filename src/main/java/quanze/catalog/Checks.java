package quanze.catalog;

import java.util.Collection;
import java.util.List;

import quanze.model.DidYouMean;
import quanze.model.Problem;

/**
 * The checks every YAML reader makes of a mapping, worded once: unknown fields (with the one did-you-mean), a block
 * that must be a mapping or a list, a field that must be text. Each problem is placed where the value stands.
 */
public final class Checks {

    private Checks() {
    }

    /** Each field of {@code m} that is not {@code allowed}: "unknown field 'x' in WHAT; did you mean …". */
    public static void unknownFields(Node.MapNode m, Collection<String> allowed, String what, List<Problem> problems) {
        for (String k : m.fields().keySet()) {
            if (!allowed.contains(k)) problems.add(DidYouMean.unknownField(m.keys().get(k), k, what, List.copyOf(allowed)));
        }
    }

    /** The mapping under {@code key}, or null when absent or (reported) of another type. */
    public static Node.MapNode mapping(Node.MapNode m, String key, List<Problem> problems) {
        Node n = m.fields().get(key);
        if (n == null || n instanceof Node.MapNode) return (Node.MapNode) n;
        problems.add(new Problem(n.at(), "'" + key + "' must be a mapping, found " + n.describe()));
        return null;
    }

    /** The entries of the list under {@code key}: none when absent or empty, reported when of another type. */
    public static List<Node> list(Node.MapNode m, String key, List<Problem> problems) {
        Node n = m.fields().get(key);
        if (n == null || n instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.NULL) return List.of();
        if (n instanceof Node.ListNode l) return l.items();
        problems.add(new Problem(n.at(), "'" + key + "' must be a list, found " + n.describe()));
        return List.of();
    }

    /** The text under {@code key}, or null when absent or (reported) not {@code what} ("a string", "a file name"). */
    public static String string(Node.MapNode m, String key, String what, List<Problem> problems) {
        Node n = m.fields().get(key);
        if (n == null) return null;
        if (isText(n)) return ((Node.Scalar) n).text();
        problems.add(new Problem(n.at(), "'" + key + "' must be " + what + ", found " + n.describe()));
        return null;
    }

    /** A value read as text: a scalar other than a boolean or null (a number reads as its text). */
    public static boolean isText(Node n) {
        return n instanceof Node.Scalar s && s.text() != null && s.kind() != Node.Scalar.Kind.BOOLEAN;
    }
}
