package quanze.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import quanze.catalog.Conform;
import quanze.catalog.Node;
import quanze.catalog.Trees;
import quanze.catalog.YamlReader;
import quanze.model.InputException;
import quanze.model.Problem;
import quanze.schema.FileShapes;

/**
 * Reads a scenario file: a YAML list of {name, given, expect}. Every field is checked for its name and its
 * type, with its place: a check written in a shape the runner does not read would otherwise be skipped, and
 * the scenario pass without testing anything.
 */
public final class ScenarioFile {

    private ScenarioFile() {
    }

    public static List<Scenario> read(Path file, String shown) throws InputException {
        return read(file, shown, new YamlReader());
    }

    /** Like {@link #read(Path, String)}, within {@code yaml}'s limits. */
    public static List<Scenario> read(Path file, String shown, YamlReader yaml) throws InputException {
        Node root = yaml.read(file, shown);
        if (root == null) return List.of();
        List<Problem> problems = Conform.check(root, FileShapes.SCENARIOS, "a scenario file");
        List<Scenario> out = new ArrayList<>();
        // what a scenario means is checked wherever its shape is right, beside the shape's own problems
        for (Node n : root instanceof Node.ListNode l ? l.items() : List.<Node>of()) {
            if (n instanceof Node.MapNode m && m.fields().get("given") instanceof Node.MapNode given
                    && m.fields().get("expect") instanceof Node.MapNode expect) {
                given(given, problems);
                expect(expect, given, problems);
                out.add(new Scenario(Trees.textOf(m.fields().get("name")), given, expect, m.at()));
            }
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        return out;
    }

    /** {@code given}: a partial item and a principle override, or a whole catalog alone. */
    private static void given(Node.MapNode given, List<Problem> problems) {
        if (!given.fields().containsKey("catalog")) return;
        for (String key : List.of("item", "principle")) {
            if (given.fields().containsKey(key)) {
                problems.add(new Problem(given.keys().get(key), "'" + key + "' beside 'catalog' would be ignored:"
                        + " give a whole catalog (with its own principle block) or an item, not both"));
            }
        }
    }

    /** {@code expect}: an item named only where a catalog is given. */
    private static void expect(Node.MapNode expect, Node.MapNode given, List<Problem> problems) {
        if (expect.fields().containsKey("item") && !given.fields().containsKey("catalog")) {
            problems.add(new Problem(expect.keys().get("item"), "'item' would be ignored: it names the item to"
                    + " check in a given 'catalog', and there is none (the scenario's own item is checked)"));
        }
    }
}
