package quanze.spreadsheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import quanze.catalog.Node;
import quanze.catalog.Trees;
import quanze.catalog.YamlReader;
import quanze.model.InputException;
import quanze.model.Keyed;
import quanze.model.Location;
import quanze.model.PowerType;
import quanze.model.Problem;
import quanze.model.Source;
import quanze.vocabulary.Vocabulary;

/**
 * A mapping file ({@code import --mapping}): the words of one list that the vocabulary lacks, each in either script.
 * <pre>
 * columns: {许可依据: basis, 权力事项: name}   # header → field
 * levels: {本级: prefecture}                  # level word → level id
 * types: {行政服务: other}                    # type word → power type
 * sources: {法定: by-law}                     # source word → source
 * </pre>
 */
public final class Mapping {

    static final List<String> KEYS = List.of("columns", "levels", "types", "sources");

    private Mapping() {
    }

    /** The vocabulary with the mapping file's words; every problem at its place, all at once. */
    public static Vocabulary read(Path file, String shown, YamlReader yaml, Vocabulary base) throws InputException {
        Node root = yaml.read(file, shown);
        List<Problem> problems = new ArrayList<>();
        if (!(root instanceof Node.MapNode map)) {
            problems.add(new Problem(root == null ? new Location(shown, 1, 1) : root.at(),
                    "a mapping file is {columns: {HEADER: field, ...}} (and levels, types, sources: {WORD: id, ...})"));
            throw new InputException(problems);
        }
        quanze.catalog.Checks.unknownFields(map, KEYS, "a mapping file", problems);
        if (map.fields().keySet().stream().noneMatch(KEYS::contains) && problems.isEmpty()) {
            problems.add(new Problem(map.at(), "a mapping file is {columns: {HEADER: field, ...}} (and levels, types,"
                    + " sources: {WORD: id, ...})"));
        }
        List<String> fields = new ArrayList<>(base.fields());
        Map<String, String> columns = words(map, "columns", "header", fields,
                f -> fields.contains(f) || f.startsWith("extra:") ? f : null, ", or extra:NAME to keep the column as it is",
                problems);
        List<String> levelIds = base.levels().stream().map(Vocabulary.LevelWords::id).toList();
        Map<String, String> levels = words(map, "levels", "level word", levelIds, f -> levelIds.contains(f) ? f : null,
                "", problems);
        Map<String, String> types = words(map, "types", "type word", Keyed.keys(PowerType.class),
                f -> Keyed.parse(PowerType.class, f).isPresent() ? f : null, "", problems);
        Map<String, String> sources = words(map, "sources", "source word", Keyed.keys(Source.class),
                f -> Keyed.parse(Source.class, f).isPresent() ? f : null, "", problems);
        if (!problems.isEmpty()) throw new InputException(problems);
        return base.with(columns, levels, types, sources);
    }

    /** One block of the file: word → value, each value one of {@code expected}. */
    private static Map<String, String> words(Node.MapNode map, String key, String what, List<String> expected,
                                             Function<String, String> accept, String more, List<Problem> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        Node block = map.fields().get(key);
        if (block == null) return out;
        if (!(block instanceof Node.MapNode m)) {
            problems.add(new Problem(block.at(), "'" + key + "' maps each " + what + " to a name: {WORD: name, ...},"
                    + " found " + block.describe()));
            return out;
        }
        m.fields().forEach((word, v) -> {
            String value = v instanceof Node.Scalar s && s.kind() != Node.Scalar.Kind.NULL ? s.text() : null;
            String label = key.equals("columns") ? "the header" : "the " + what;
            if (value == null || value.isBlank()) {
                problems.add(new Problem(v.at(), label + " '" + word + "' must map to a" + (key.equals("columns")
                        ? " field name" : " name") + ", found " + v.describe()));
            } else if (accept.apply(value) == null) {
                problems.add(new Problem(v.at(), "unknown " + (key.equals("columns") ? "field" : key.replaceAll("s$", ""))
                        + " '" + value + "' for " + label + " '" + word + "'" + quanze.model.DidYouMean.of(value, expected)
                        + " (expected one of: " + String.join(", ", expected) + more + ")"));
            } else {
                out.put(word, value);
            }
        });
        return out;
    }
}
