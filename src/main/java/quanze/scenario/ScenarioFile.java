package quanze.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import quanze.catalog.Node;
import quanze.catalog.YamlReader;
import quanze.model.InputException;
import quanze.model.Problem;

/** Reads a scenario file: a YAML list of {name, given, expect}. */
public final class ScenarioFile {

    static final Set<String> SCENARIO = Set.of("name", "given", "expect");
    static final Set<String> GIVEN = Set.of("item", "principle", "catalog");
    static final Set<String> EXPECT = Set.of("item", "decision", "level", "roles", "rule", "findings");

    private ScenarioFile() {
    }

    public static List<Scenario> read(Path file, String shown) throws InputException {
        return read(file, shown, new YamlReader());
    }

    /** Like {@link #read(Path, String)}, within {@code yaml}'s limits. */
    public static List<Scenario> read(Path file, String shown, YamlReader yaml) throws InputException {
        Node root = yaml.read(file, shown);
        List<Problem> problems = new ArrayList<>();
        List<Scenario> out = new ArrayList<>();
        if (root == null) return out;
        if (!(root instanceof Node.ListNode list)) {
            throw new InputException(new Problem(root.at(), "a scenario file is a list of scenarios, found "
                    + root.describe()));
        }
        for (Node n : list.items()) {
            if (!(n instanceof Node.MapNode m)) {
                problems.add(new Problem(n.at(), "a scenario must be a mapping with name, given and expect"));
                continue;
            }
            unknown(m, SCENARIO, "a scenario", problems);
            String name = m.fields().get("name") instanceof Node.Scalar s && s.text() != null ? s.text() : null;
            if (name == null) problems.add(new Problem(m.at(), "a scenario needs a 'name' (a sentence)"));
            Node.MapNode given = mapping(m, "given", problems);
            Node.MapNode expect = mapping(m, "expect", problems);
            if (given != null) unknown(given, GIVEN, "given", problems);
            if (expect != null) unknown(expect, EXPECT, "expect", problems);
            if (name != null && given != null && expect != null) out.add(new Scenario(name, given, expect, m.at()));
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        return out;
    }

    private static Node.MapNode mapping(Node.MapNode m, String key, List<Problem> problems) {
        Node n = m.fields().get(key);
        if (n instanceof Node.MapNode map) return map;
        problems.add(new Problem(n == null ? m.at() : n.at(), "a scenario needs '" + key + "' as a mapping"));
        return null;
    }

    private static void unknown(Node.MapNode m, Set<String> allowed, String what, List<Problem> problems) {
        for (String k : m.fields().keySet()) {
            if (!allowed.contains(k)) {
                problems.add(new Problem(m.keys().get(k), "unknown field '" + k + "' in " + what + " (expected one of: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")"));
            }
        }
    }
}
