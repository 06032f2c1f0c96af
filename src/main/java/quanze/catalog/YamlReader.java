package quanze.catalog;

import quanze.model.InputException;
import quanze.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;

import quanze.model.Location;

/**
 * Reads one YAML file into a {@link Node} tree that remembers where each value stands. Explicit limits keep a
 * hostile file from exhausting memory; hitting one is an input problem, not a crash.
 */
public final class YamlReader {

    /**
     * Limits of one YAML file. Defaults fit a catalog of a million items. An alias (*name) reuses the anchored
     * value without copying it; {@code maxAliasNodes} caps how many values all aliases stand for together,
     * which stops an alias bomb ("billion laughs") before anything walks it.
     */
    public record Limits(long maxBytes, int maxCodePoints, int maxAliases, long maxAliasNodes, int maxDepth) {
        public static final Limits DEFAULT = new Limits(1L << 30, Integer.MAX_VALUE, 10_000, 1_000_000, 64);
    }

    private final YAMLFactory factory;
    private final Limits limits;

    public YamlReader(Limits limits) {
        this.limits = limits;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(limits.maxCodePoints());
        options.setMaxAliasesForCollections(Integer.MAX_VALUE); // aliases are resolved and limited below
        options.setNestingDepthLimit(limits.maxDepth());
        options.setAllowDuplicateKeys(true); // reported by us, with both places
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(Integer.MAX_VALUE)
                        .build())
                .build();
    }

    public YamlReader() {
        this(Limits.DEFAULT);
    }

    /** Reads {@code file}; {@code shown} is the name used in messages. Null for an empty file. */
    public Node read(Path file, String shown) throws InputException {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new InputException(new Problem(new Location(shown, 1, 1),
                        "file is " + size + " bytes, over the limit of " + limits.maxBytes()
                                + " bytes (raise it with --max-file-bytes)"));
            }
        } catch (IOException e) {
            throw new InputException(new Problem(new Location(shown, 1, 1), "cannot read file: " + e.getMessage()));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, shown);
        } catch (IOException e) {
            throw new InputException(new Problem(new Location(shown, 1, 1), "cannot read file: " + e.getMessage()));
        }
    }

    public Node read(InputStream in, String shown) throws InputException {
        List<Problem> problems = new ArrayList<>();
        try (JsonParser p = factory.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) return null;
            Node root = new Builder((YAMLParser) p, shown, problems).value(t);
            if (p.nextToken() != null) {
                problems.add(new Problem(at(p.currentTokenLocation(), shown),
                        "a second YAML document in one file (expected exactly one)"));
            }
            if (!problems.isEmpty()) throw new InputException(problems);
            return root;
        } catch (JsonProcessingException e) {
            problems.add(new Problem(at(e.getLocation(), shown), syntax(e)));
            throw new InputException(problems);
        } catch (IOException e) {
            problems.add(new Problem(new Location(shown, 1, 1), "cannot read file: " + e.getMessage()));
            throw new InputException(problems);
        } catch (RuntimeException e) {
            // SnakeYAML reports limits and some syntax errors as unchecked exceptions
            problems.add(new Problem(new Location(shown, 1, 1), "invalid YAML: " + firstLine(e.getMessage())));
            throw new InputException(problems);
        }
    }

    /** Builds the tree of one document, resolving anchors and aliases within the limits. */
    private final class Builder {
        private final YAMLParser p;
        private final String shown;
        private final List<Problem> problems;
        private final Map<String, Anchored> anchors = new HashMap<>();
        private int aliases;
        private long aliasNodes;

        private record Anchored(Node node, long size) {
        }

        Builder(YAMLParser p, String shown, List<Problem> problems) {
            this.p = p;
            this.shown = shown;
            this.problems = problems;
        }

        Node value(JsonToken t) throws IOException, InputException {
            return sized(t).node();
        }

        /** The value starting at {@code t}, and how many values it holds (itself included). */
        private Anchored sized(JsonToken t) throws IOException, InputException {
            Location here = at(p.currentTokenLocation(), shown);
            if (p.isCurrentAlias()) return alias(p.getText(), here);
            String anchor = p.getCurrentAnchor();
            Anchored built = build(t, here);
            if (anchor != null) anchors.put(anchor, built);
            return built;
        }

        private Anchored alias(String name, Location here) throws InputException {
            Anchored a = anchors.get(name);
            if (a == null) {
                problems.add(new Problem(here, "alias '*" + name + "' names no anchor '&" + name + "' above it"));
                return new Anchored(new Node.Scalar(null, Node.Scalar.Kind.NULL, here), 1);
            }
            aliases++;
            aliasNodes += a.size();
            if (aliases > limits.maxAliases() || aliasNodes > limits.maxAliasNodes()) {
                problems.add(new Problem(here, "too many YAML aliases: over " + limits.maxAliases()
                        + " aliases or " + limits.maxAliasNodes() + " values repeated through them (an alias bomb?)"));
                throw new InputException(problems);
            }
            return a;
        }

        private Anchored build(JsonToken t, Location here) throws IOException, InputException {
            switch (t) {
                case START_OBJECT -> {
                    LinkedHashMap<String, Node> fields = new LinkedHashMap<>();
                    HashMap<String, Location> keys = new HashMap<>();
                    long size = 1;
                    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        Location keyAt = at(p.currentTokenLocation(), shown);
                        Anchored v = sized(p.nextToken());
                        size += v.size();
                        if (keys.containsKey(name)) {
                            problems.add(new Problem(keyAt, "duplicate key '" + name + "' (first at line "
                                    + keys.get(name).line() + ")"));
                        } else {
                            keys.put(name, keyAt);
                            fields.put(name, v.node());
                        }
                    }
                    return new Anchored(new Node.MapNode(fields, keys, here), size);
                }
                case START_ARRAY -> {
                    List<Node> items = new ArrayList<>();
                    long size = 1;
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        Anchored v = sized(t);
                        size += v.size();
                        items.add(v.node());
                    }
                    return new Anchored(new Node.ListNode(items, here), size);
                }
                case VALUE_STRING -> {
                    return scalar(p.getText(), Node.Scalar.Kind.STRING, here);
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    return scalar(p.getText(), Node.Scalar.Kind.NUMBER, here);
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return scalar(p.getText(), Node.Scalar.Kind.BOOLEAN, here);
                }
                case VALUE_NULL -> {
                    return scalar(null, Node.Scalar.Kind.NULL, here);
                }
                default -> {
                    // embedded binary and the like: never instantiated, never read as data
                    problems.add(new Problem(here, "unsupported YAML value (" + t + ")"));
                    return scalar(null, Node.Scalar.Kind.NULL, here);
                }
            }
        }

        private Anchored scalar(String text, Node.Scalar.Kind kind, Location here) {
            return new Anchored(new Node.Scalar(text, kind, here), 1);
        }
    }

    private static Location at(JsonLocation loc, String shown) {
        if (loc == null) return new Location(shown, 1, 1);
        return new Location(shown, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    /** SnakeYAML's message without its "in 'reader', line…" marks and source excerpts, on one line. */
    private static String syntax(JsonProcessingException e) {
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        StringBuilder sb = new StringBuilder();
        for (String line : msg.split("\\R")) {
            if (line.startsWith(" in '") || line.startsWith("    ") || line.isBlank()) continue;
            if (sb.length() > 0) sb.append(": ");
            sb.append(line.strip());
        }
        String text = sb.length() == 0 ? "unreadable" : sb.toString();
        return "invalid YAML: " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
    }

    static String firstLine(String s) {
        if (s == null) return "unreadable";
        String line = s.strip().lines().findFirst().orElse("unreadable");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
