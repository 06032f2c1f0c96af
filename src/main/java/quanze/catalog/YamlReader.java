package quanze.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.reader.UnicodeReader;

import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;

/**
 * Reads one YAML file into a {@link Node} tree that remembers where each value stands, from SnakeYAML's event
 * parser (no object is ever constructed from a tag). Explicit limits keep a hostile file from exhausting
 * memory; hitting one is an input problem, not a crash. A {@link Stream} receives the elements of chosen
 * lists one by one instead of keeping them, so that a file of a million items never stands in memory whole.
 */
public final class YamlReader {

    /**
     * Limits of one YAML file. Defaults fit a catalog of a million items. An alias (*name) reuses the anchored
     * value without copying it; {@code maxAliasNodes} caps how many values all aliases stand for together,
     * which stops an alias bomb ("billion laughs") before anything walks it.
     */
    public record Limits(long maxBytes, int maxAliases, long maxAliasNodes, int maxDepth) {
        public static final Limits DEFAULT = new Limits(1L << 30, 10_000, 1_000_000, 64);
    }

    /** Receives the elements of the lists at a chosen path, in order, instead of the tree keeping them. */
    public interface Stream {
        /** True for the path of a list whose elements go to {@link #element}; keys, and "*" for list elements. */
        boolean streams(List<String> path);

        /** An element of such a list; {@code owner} is the index of the element holding the list (its category). */
        void element(int owner, Node element);
    }

    private static final String STANDARD_TAG = "tag:yaml.org,2002:";
    /** The only tags read: the core schema's. Any other (!!javax.script..., !custom) is refused, never built. */
    private static final java.util.Set<String> CORE_TAGS = java.util.Set.of("str", "int", "float", "bool", "null",
            "map", "seq").stream().map(t -> STANDARD_TAG + t).collect(java.util.stream.Collectors.toSet());

    private final Limits limits;
    private final LoaderOptions options;

    public YamlReader(Limits limits) {
        this.limits = limits;
        this.options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE); // the file-size limit bounds it
        options.setMaxAliasesForCollections(Integer.MAX_VALUE); // aliases are resolved and limited below
        options.setNestingDepthLimit(limits.maxDepth());
        options.setAllowDuplicateKeys(true); // reported by us, with both places
        options.setProcessComments(false);
    }

    public YamlReader() {
        this(Limits.DEFAULT);
    }

    /** Reads {@code file}; {@code shown} is the name used in messages. Null for an empty file. */
    public Node read(Path file, String shown) throws InputException {
        return read(file, shown, null);
    }

    public Node read(Path file, String shown, Stream stream) throws InputException {
        quanze.io.InputFiles.requireAtMost(file, shown, limits.maxBytes(), "--max-file-bytes");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, shown, stream);
        } catch (SpecialCharacter e) {
            throw e.at(file, shown);
        } catch (IOException e) {
            throw new InputException(new Problem(new Location(shown, 1, 1), "cannot read file: " + e.getMessage()));
        }
    }

    public Node read(InputStream in, String shown, Stream stream) throws InputException {
        List<Problem> problems = new ArrayList<>();
        Parser parser = new ParserImpl(new StreamReader(new UnicodeReader(in)), options);
        Builder b = new Builder(parser, shown, problems, stream);
        try {
            Node root = b.document();
            if (!problems.isEmpty()) throw new InputException(problems);
            return root;
        } catch (StackOverflowError e) {
            // a depth limit raised beyond what this thread's stack can hold: the tree is given up, not the run
            problems.add(new Problem(b.deepest, "nested " + b.path.size() + "+ levels deep, more than Java's stack"
                    + " can read here (lower --max-yaml-depth, or give Java a larger stack with"
                    + " QUANZE_JAVA_OPTS=-Xss64m)"));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = String.valueOf(e.getProblem());
            String context = String.valueOf(e.getContext());
            boolean atEnd = problem.contains("end of stream") || problem.contains("<stream end>");
            boolean longKey = context.contains("simple key") && problem.contains("could not find expected ':'");
            // an unclosed quote or bracket is reported where it opens, not where the file ends
            if ((atEnd || longKey) && e.getContextMark() != null) m = e.getContextMark();
            problems.add(new Problem(at(m, shown), "invalid YAML: " + oneLine(e) + (longKey
                    ? " (a key must fit on one line in at most 1,024 characters, and be followed by ': ')" : "")));
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            problems.add(new Problem(new Location(shown, 1, 1), SpecialCharacter.message(e.getCodePoint())));
            throw new SpecialCharacter(problems, e.getPosition(), e.getCodePoint());
        } catch (YAMLException e) {
            problems.add(new Problem(new Location(shown, 1, 1), e.getCause() instanceof CharacterCodingException
                    ? quanze.io.InputFiles.notUtf8(shown, "UTF-8") : "invalid YAML: " + firstLine(e.getMessage())));
        }
        throw new InputException(problems);
    }

    /**
     * A character YAML does not allow (a NUL, a control character): SnakeYAML knows only its position in the
     * text, so the file is read again to name its line and column.
     */
    private static final class SpecialCharacter extends InputException {
        private final transient List<Problem> problems;
        private final int position;
        private final int codePoint;

        SpecialCharacter(List<Problem> problems, int position, int codePoint) {
            super(problems);
            this.problems = problems;
            this.position = position;
            this.codePoint = codePoint;
        }

        static String message(int codePoint) {
            return "invalid YAML: the character U+" + String.format("%04X", codePoint) + " is not allowed in YAML"
                    + " text (a control character: remove it, or write it as an escape in a double-quoted string)";
        }

        InputException at(Path file, String shown) {
            int line = 1;
            int col = 1;
            try {
                String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
                int i = text.startsWith("\uFEFF") ? 1 : 0;
                for (int n = 0; n < position && i < text.length(); n++) {
                    int cp = text.codePointAt(i);
                    i += Character.charCount(cp);
                    if (cp == '\n') {
                        line++;
                        col = 1;
                    } else {
                        col++;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return this;
            }
            List<Problem> out = new ArrayList<>();
            String special = message(codePoint);
            for (Problem p : problems) {
                out.add(p.message().equals(special) ? new Problem(new Location(shown, line, col), special) : p);
            }
            return new InputException(out);
        }
    }

    /** "while parsing a flow mapping: expected ',' or '}', but got :". */
    private static String oneLine(MarkedYAMLException e) {
        StringBuilder sb = new StringBuilder();
        if (e.getContext() != null) sb.append(e.getContext().strip());
        if (e.getProblem() != null) sb.append(sb.length() > 0 ? ": " : "").append(e.getProblem().strip());
        return sb.length() == 0 ? firstLine(e.getMessage()) : sb.toString();
    }

    static String firstLine(String s) {
        if (s == null) return "unreadable";
        String line = s.strip().lines().findFirst().orElse("unreadable");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static Location at(Mark m, String shown) {
        if (m == null) return new Location(shown, 1, 1);
        return new Location(shown, m.getLine() + 1, m.getColumn() + 1);
    }

    /** Builds the tree of one document, resolving anchors and aliases within the limits. */
    private final class Builder {
        private final Parser p;
        private final String shown;
        private final List<Problem> problems;
        private final Stream stream;
        private final List<String> path = new ArrayList<>();
        private final Map<String, Anchored> anchors = new HashMap<>();
        /** The index of the element being read in each enclosing list, innermost last. */
        private final List<Integer> indexes = new ArrayList<>();

        /** A streamed list belongs to the element of the list around it (items to their category). */
        private int owner() {
            return indexes.isEmpty() ? 0 : indexes.get(indexes.size() - 1);
        }
        private Location deepest;
        private int aliases;
        private long aliasNodes;

        private record Anchored(Node node, long size) {
        }

        Builder(Parser p, String shown, List<Problem> problems, Stream stream) {
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
            Location here = at(e.getStartMark(), shown);
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
            if (e instanceof CollectionStartEvent c && c.getTag() != null && !CORE_TAGS.contains(c.getTag())) {
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
                        Location keyAt = at(k.getStartMark(), shown);
                        String name = k instanceof ScalarEvent s ? s.getValue() : null;
                        if (k instanceof ScalarEvent s && s.getTag() != null && !s.getTag().equals("!")
                                && !s.getTag().equals(STANDARD_TAG + "str")) {
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
                if (!CORE_TAGS.contains(tag)) {
                    problems.add(new Problem(here, "unsupported YAML tag '" + tag + "' (tags are not read)"));
                    return scalar(v, Node.Scalar.Kind.STRING, here);
                }
                String t = tag.substring(STANDARD_TAG.length());
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
    }
}
