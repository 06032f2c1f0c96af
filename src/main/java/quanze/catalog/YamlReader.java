package quanze.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import quanze.model.Location;

/**
 * Reads one YAML file into a {@link Node} tree that remembers where each value stands. Explicit limits keep a
 * hostile file from exhausting memory; hitting one is an input problem, not a crash.
 */
public final class YamlReader {

    /** Limits of one YAML file. Defaults fit a catalog of a million items. */
    public record Limits(long maxBytes, int maxCodePoints, int maxAliases, int maxDepth) {
        public static final Limits DEFAULT = new Limits(1L << 30, Integer.MAX_VALUE, 50, 64);
    }

    private final YAMLFactory factory;
    private final Limits limits;

    public YamlReader(Limits limits) {
        this.limits = limits;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(limits.maxCodePoints());
        options.setMaxAliasesForCollections(limits.maxAliases());
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
            Node root = value(p, t, shown, problems);
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

    private Node value(JsonParser p, JsonToken t, String shown, List<Problem> problems) throws IOException {
        Location here = at(p.currentTokenLocation(), shown);
        switch (t) {
            case START_OBJECT -> {
                LinkedHashMap<String, Node> fields = new LinkedHashMap<>();
                HashMap<String, Location> keys = new HashMap<>();
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Location keyAt = at(p.currentTokenLocation(), shown);
                    Node v = value(p, p.nextToken(), shown, problems);
                    if (keys.containsKey(name)) {
                        problems.add(new Problem(keyAt, "duplicate key '" + name + "' (first at line "
                                + keys.get(name).line() + ")"));
                    } else {
                        keys.put(name, keyAt);
                        fields.put(name, v);
                    }
                }
                return new Node.MapNode(fields, keys, here);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(value(p, t, shown, problems));
                }
                return new Node.ListNode(items, here);
            }
            case VALUE_STRING -> {
                return new Node.Scalar(p.getText(), Node.Scalar.Kind.STRING, here);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Node.Scalar(p.getText(), Node.Scalar.Kind.NUMBER, here);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node.Scalar(p.getText(), Node.Scalar.Kind.BOOLEAN, here);
            }
            case VALUE_NULL -> {
                return new Node.Scalar(null, Node.Scalar.Kind.NULL, here);
            }
            default -> {
                // tags that would build objects, embedded binary and the like: never instantiated
                problems.add(new Problem(here, "unsupported YAML value (" + t + ")"));
                return new Node.Scalar(null, Node.Scalar.Kind.NULL, here);
            }
        }
    }

    private static Location at(JsonLocation loc, String shown) {
        if (loc == null) return new Location(shown, 1, 1);
        return new Location(shown, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    private static String syntax(JsonProcessingException e) {
        return "invalid YAML: " + firstLine(e.getOriginalMessage());
    }

    static String firstLine(String s) {
        if (s == null) return "unreadable";
        String line = s.strip().lines().findFirst().orElse("unreadable");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
