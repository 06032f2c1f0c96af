package quanze.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
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

    static final String STANDARD_TAG = "tag:yaml.org,2002:";
    /** The only tags read: the core schema's. Any other (!!javax.script..., !custom) is refused, never built. */
    static final java.util.Set<String> CORE_TAGS = java.util.Set.of("str", "int", "float", "bool", "null",
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
        YamlBuilder b = new YamlBuilder(limits, parser, shown, problems, stream);
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

    static Location at(Mark m, String shown) {
        if (m == null) return new Location(shown, 1, 1);
        return new Location(shown, m.getLine() + 1, m.getColumn() + 1);
    }
}
