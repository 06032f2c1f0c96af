package quanze.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import quanze.model.Location;

/** A YAML value with the place it was read from: what the binder walks to report {@code file:line:col}. */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.Scalar {

    Location at();

    /** What this node is, in words for an error message: "a mapping", "a list", "a string". */
    String describe();

    record MapNode(LinkedHashMap<String, Node> fields, Map<String, Location> keys, Location at) implements Node {
        public String describe() {
            return "a mapping";
        }
    }

    record ListNode(List<Node> items, Location at) implements Node {
        public String describe() {
            return "a list";
        }
    }

    /** A scalar; {@code text} is null for YAML null, {@code quoted} tells a string from a number or boolean. */
    record Scalar(String text, Kind kind, Location at) implements Node {
        public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

        public String describe() {
            return switch (kind) {
                case STRING -> "the string '" + text + "'";
                case NUMBER -> "the number " + text;
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "an empty value";
            };
        }
    }
}
