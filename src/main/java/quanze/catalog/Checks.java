package quanze.catalog;

import java.util.Collection;
import java.util.List;

import quanze.model.DidYouMean;
import quanze.model.Problem;

/**
 * The checks every YAML reader makes of a mapping, worded once: unknown fields (with the one did-you-mean) and what
 * reads as text. Each problem is placed where the value stands.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Each field of {@code m} that is not {@code allowed}: "unknown field 'x' in WHAT; did you mean …". {@code what}
     * is turned into words only when a field is unknown (the walker names values lazily).
     */
    public static void unknownFields(Node.MapNode m, Collection<String> allowed, Object what, List<Problem> problems) {
        for (String k : m.fields().keySet()) {
            if (!allowed.contains(k)) {
                problems.add(DidYouMean.unknownField(m.keys().get(k), k, String.valueOf(what), List.copyOf(allowed)));
            }
        }
    }

    /** A value read as text: a scalar other than a boolean or null (a number reads as its text). */
    public static boolean isText(Node n) {
        return n instanceof Node.Scalar s && s.text() != null && s.kind() != Node.Scalar.Kind.BOOLEAN;
    }
}
