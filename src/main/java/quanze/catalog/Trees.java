package quanze.catalog;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import quanze.model.InputException;
import quanze.model.Location;

/** Building and merging YAML trees for scenarios: defaults under what a scenario gives. */
public final class Trees {

    private Trees() {
    }

    public static Node.MapNode parse(String yaml, String shown) {
        try {
            return (Node.MapNode) new YamlReader().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                    shown, null);
        } catch (InputException e) {
            throw new IllegalStateException("built-in scenario default does not parse: " + e.getMessage(), e);
        }
    }

    /** {@code base} with {@code over}'s fields on top; mappings merge key by key, anything else is replaced. */
    public static Node.MapNode merge(Node.MapNode base, Node.MapNode over) {
        LinkedHashMap<String, Node> fields = new LinkedHashMap<>(base.fields());
        Map<String, Location> keys = new HashMap<>(base.keys());
        for (var e : over.fields().entrySet()) {
            Node old = fields.get(e.getKey());
            Node now = old instanceof Node.MapNode om && e.getValue() instanceof Node.MapNode nm ? merge(om, nm) : e.getValue();
            fields.put(e.getKey(), now);
            keys.put(e.getKey(), over.keys().get(e.getKey()));
        }
        return new Node.MapNode(fields, keys, over.at());
    }

    public static Node.MapNode with(Node.MapNode m, String key, Node value) {
        LinkedHashMap<String, Node> fields = new LinkedHashMap<>(m.fields());
        Map<String, Location> keys = new HashMap<>(m.keys());
        fields.put(key, value);
        keys.putIfAbsent(key, value.at());
        return new Node.MapNode(fields, keys, m.at());
    }

    public static Node.MapNode without(Node.MapNode m, String key) {
        LinkedHashMap<String, Node> fields = new LinkedHashMap<>(m.fields());
        Map<String, Location> keys = new HashMap<>(m.keys());
        fields.remove(key);
        keys.remove(key);
        return new Node.MapNode(fields, keys, m.at());
    }

    public static Node.ListNode list(Location at, Node... items) {
        return new Node.ListNode(List.of(items), at);
    }

    public static Node.Scalar text(String s, Location at) {
        return new Node.Scalar(s, Node.Scalar.Kind.STRING, at);
    }

    public static String textOf(Node n) {
        return n instanceof Node.Scalar s ? s.text() : null;
    }
}
