package quanze.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;

/** Builds the tree of one YAML document from SnakeYAML's events, resolving anchors and aliases within the limits. */
final class YamlBuilder {
    private final YamlReader.Limits limits;
    private final Parser p;
    private final String shown;
    private final List<Problem> problems;
    private final YamlReader.Stream stream;
    final List<String> path = new ArrayList<>();
    private final Map<String, Anchored> anchors = new HashMap<>();
    /** The index of the element being read in each enclosing list, innermost last. */
    private final List<Integer> indexes = new ArrayList<>();

    /** A streamed list belongs to the element of the list around it (items to their category). */
    private int owner() {
        return indexes.isEmpty() ? 0 : indexes.get(indexes.size() - 1);
    }
    Location deepest;
    private int aliases;
    private long aliasNodes;

    private record Anchored(Node node, long size) {
    }

    YamlBuilder(YamlReader.Limits limits, Parser p, String shown, List<Problem> problems, YamlReader.Stream stream) {
        this.limits = limits;
        this.p = p;
        this.shown = shown;
        this.problems = problems;
        this.stream = stream;
        this.deepest = new Location(shown, 1, 1);
    }

    Node document() throws InputException {
        expect(Event.ID.StreamStart);
        if (p.checkEvent(Event.ID.StreamEnd)) return null;
        expect(Event.ID.DocumentStart);
        Node root = value(p.getEvent()).node();
        expect(Event.ID.DocumentEnd);
        if (!p.checkEvent(Event.ID.StreamEnd)) {
            problems.add(new Problem(at(p.peekEvent().getStartMark(), shown),
                    "a second YAML document in one file (expected exactly one)"));
        }
        return root;
    }

    private void expect(Event.ID id) {
        Event e = p.getEvent();
        if (!e.is(id)) throw new YAMLException("expected " + id + " but found " + e.getEventId());
    }

    private Anchored value(Event e) throws InputException {
        Location here = YamlReader.at(e.getStartMark(), shown);
        deepest = here;
        if (e instanceof AliasEvent a) {
            Anchored target = alias(a.getAnchor(), here);
            // an alias where a streamed list belongs (items: *shared) streams the anchored list's items
            if (stream != null && stream.streams(path) && target.node() instanceof Node.ListNode l) {
                int owner = owner();
                for (Node item : l.items()) stream.element(owner, item);
            }
            return target;
        }
        String anchor = ((NodeEvent) e).getAnchor();
        Anchored built = build(e, here);
        if (anchor != null) anchors.put(anchor, built);
        return built;
    }

    private Anchored alias(String name, Location here) throws InputException {
        Anchored a = anchors.get(name);
        if (a == null) {
            problems.add(new Problem(here, "alias '*" + name + "' names no anchor '&" + name + "' above it"));
            return scalar(null, Node.Scalar.Kind.NULL, here);
        }
        aliases++;
        aliasNodes += a.size();
        if (aliases > limits.maxAliases() || aliasNodes > limits.maxAliasNodes()) {
            problems.add(new Problem(here, "too many YAML aliases: over " + limits.maxAliases()
                    + " aliases or " + limits.maxAliasNodes() + " values repeated through them (an alias bomb?"
                    + " raise it with --max-yaml-aliases)"));
            throw new InputException(problems);
        }
        return a;
    }

    private Anchored build(Event e, Location here) throws InputException {
        if (e instanceof CollectionStartEvent c && c.getTag() != null && !YamlReader.CORE_TAGS.contains(c.getTag())) {
            problems.add(new Problem(here, "unsupported YAML tag '" + c.getTag() + "' (tags are not read)"));
        }
        if (path.size() > limits.maxDepth()) {
            problems.add(new Problem(here, "nested deeper than " + limits.maxDepth() + " levels (raise it with"
                    + " --max-yaml-depth)"));
            throw new InputException(problems);
        }
        switch (e.getEventId()) {
            case MappingStart -> {
                LinkedHashMap<String, Node> fields = new LinkedHashMap<>();
                HashMap<String, Location> keys = new HashMap<>();
                List<Node> merges = new ArrayList<>(0);
                long size = 1;
                while (!p.checkEvent(Event.ID.MappingEnd)) {
                    Event k = p.getEvent();
                    Location keyAt = YamlReader.at(k.getStartMark(), shown);
                    String name = k instanceof ScalarEvent s ? s.getValue() : null;
                    if (k instanceof ScalarEvent s && s.getTag() != null && !s.getTag().equals("!")
                            && !s.getTag().equals(YamlReader.STANDARD_TAG + "str")) {
                        problems.add(new Problem(keyAt, "unsupported YAML tag '" + s.getTag() + "' on the key '"
                                + name + "' (tags are not read)"));
                    }
                    if (name == null) {
                        problems.add(new Problem(keyAt, "a mapping key must be a plain name, found "
                                + (k instanceof AliasEvent ? "an alias" : "a list or mapping")));
                        value(k); // read past the whole key, so that its value is read as the value
                    }
                    path.add(name);
                    Anchored v = value(p.getEvent());
                    path.remove(path.size() - 1);
                    size += v.size();
                    if (name == null) continue;
                    if (name.equals("<<")) {
                        merges.add(v.node()); // a merge key: its mapping's fields, unless given here
                        continue;
                    }
                    if (keys.containsKey(name)) {
                        problems.add(new Problem(keyAt, "duplicate key '" + name + "' (first at line "
                                + keys.get(name).line() + ")"));
                    } else {
                        keys.put(name, keyAt);
                        fields.put(name, v.node());
                    }
                }
                p.getEvent();
                for (Node m : merges) {
                    for (Node one : m instanceof Node.ListNode l ? l.items() : List.of(m)) {
                        if (one instanceof Node.MapNode mm) {
                            mm.fields().forEach((k, v) -> {
                                if (!fields.containsKey(k)) {
                                    fields.put(k, v);
                                    keys.put(k, mm.keys().get(k));
                                }
                            });
                        } else {
                            problems.add(new Problem(one.at(), "a merge key '<<' takes a mapping, found "
                                    + one.describe()));
                        }
                    }
                }
                return new Anchored(new Node.MapNode(fields, keys, here), size);
            }
            case SequenceStart -> {
                boolean streaming = stream != null && stream.streams(path);
                // an anchored list is kept whole as well, for the aliases that repeat it
                boolean keep = !streaming || ((SequenceStartEvent) e).getAnchor() != null;
                int owner = streaming ? owner() : -1;
                List<Node> items = new ArrayList<>();
                long size = 1;
                path.add("*");
                indexes.add(0);
                for (int i = 0; !p.checkEvent(Event.ID.SequenceEnd); i++) {
                    indexes.set(indexes.size() - 1, i);
                    Anchored v = value(p.getEvent());
                    size += v.size();
                    if (streaming) stream.element(owner, v.node());
                    if (keep) items.add(v.node());
                }
                path.remove(path.size() - 1);
                indexes.remove(indexes.size() - 1);
                p.getEvent();
                return new Anchored(new Node.ListNode(items, here), size);
            }
            case Scalar -> {
                return scalar((ScalarEvent) e, here);
            }
            default -> throw new YAMLException("unexpected " + e.getEventId());
        }
    }

    private Anchored scalar(ScalarEvent s, Location here) {
        String v = s.getValue();
        String tag = s.getTag();
        if (tag != null && !tag.equals("!")) {
            if (!YamlReader.CORE_TAGS.contains(tag)) {
                problems.add(new Problem(here, "unsupported YAML tag '" + tag + "' (tags are not read)"));
                return scalar(v, Node.Scalar.Kind.STRING, here);
            }
            String t = tag.substring(YamlReader.STANDARD_TAG.length());
            Node.Scalar.Kind kind = switch (t) {
                case "int", "float" -> Node.Scalar.Kind.NUMBER;
                case "bool" -> Node.Scalar.Kind.BOOLEAN;
                case "null" -> Node.Scalar.Kind.NULL;
                default -> Node.Scalar.Kind.STRING;
            };
            // an explicit tag must fit its value: '!!bool yes' is not a boolean in YAML 1.2's core schema
            if (kind != Node.Scalar.Kind.STRING && Scalars.kindOf(v) != kind
                    && !(kind == Node.Scalar.Kind.NULL && v.isEmpty())) {
                problems.add(new Problem(here, "'" + v + "' is not a valid !!" + t + " (YAML 1.2 core schema: "
                        + switch (t) {
                            case "bool" -> "true or false";
                            case "null" -> "null, ~ or nothing";
                            default -> "a number";
                        } + ")"));
                return scalar(v, Node.Scalar.Kind.STRING, here);
            }
            return scalar(v, kind, here);
        }
        if (!s.isPlain()) return scalar(v, Node.Scalar.Kind.STRING, here);
        return scalar(v, Scalars.kindOf(v), here);
    }

    private Anchored scalar(String text, Node.Scalar.Kind kind, Location here) {
        return new Anchored(new Node.Scalar(kind == Node.Scalar.Kind.NULL ? null : text, kind, here), 1);
    }

    private static Location at(Mark m, String shown) {
        return YamlReader.at(m, shown);
    }
}
