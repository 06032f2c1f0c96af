package quanze.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import quanze.catalog.Node;
import quanze.catalog.Trees;
import quanze.catalog.YamlReader;
import quanze.model.InputException;
import quanze.model.Keyed;
import quanze.model.Problem;
import quanze.model.Role;

/**
 * Reads a scenario file: a YAML list of {name, given, expect}. Every field is checked for its name and its
 * type, with its place: a check written in a shape the runner does not read would otherwise be skipped, and
 * the scenario pass without testing anything.
 */
public final class ScenarioFile {

    // the names come from the one declaration of the file's shape, which the published schema is made from
    static final Set<String> SCENARIO = Set.copyOf(quanze.schema.FileShapes.SCENARIO.names());
    static final Set<String> GIVEN = Set.copyOf(quanze.schema.FileShapes.GIVEN.names());
    static final Set<String> EXPECT = Set.copyOf(quanze.schema.FileShapes.EXPECT.names());
    static final Set<String> FINDINGS = Set.copyOf(quanze.schema.FileShapes.FINDINGS.names());

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
            quanze.catalog.Checks.unknownFields(m, new java.util.TreeSet<>(SCENARIO), "a scenario", problems);
            String name = m.fields().get("name") instanceof Node.Scalar s && s.text() != null ? s.text() : null;
            if (name == null) problems.add(new Problem(m.at(), "a scenario needs a 'name' (a sentence)"));
            Node.MapNode given = required(m, "given", problems);
            Node.MapNode expect = required(m, "expect", problems);
            if (given != null) given(given, problems);
            if (expect != null) expect(expect, given, problems);
            if (name != null && given != null && expect != null) out.add(new Scenario(name, given, expect, m.at()));
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        return out;
    }

    /** {@code given}: a partial item and a principle override, or a whole catalog alone. */
    private static void given(Node.MapNode given, List<Problem> problems) {
        quanze.catalog.Checks.unknownFields(given, new java.util.TreeSet<>(GIVEN), "given", problems);
        for (String key : List.of("item", "principle", "catalog")) quanze.catalog.Checks.mapping(given, key, problems);
        Node asOf = given.fields().get("asOf");
        if (asOf != null) {
            String day = asOf instanceof Node.Scalar sc ? sc.text() : null;
            boolean date = day != null && day.matches("\\d{4}-\\d{2}-\\d{2}");
            try {
                if (date) java.time.LocalDate.parse(day);
            } catch (java.time.format.DateTimeParseException e) {
                date = false;
            }
            if (!date) {
                problems.add(new Problem(asOf.at(), "expected 'asOf' to be a date YYYY-MM-DD (the day of the check),"
                        + " got " + asOf.describe()));
            }
        }
        if (!given.fields().containsKey("catalog")) return;
        for (String key : List.of("item", "principle")) {
            if (given.fields().containsKey(key)) {
                problems.add(new Problem(given.keys().get(key), "'" + key + "' beside 'catalog' would be ignored:"
                        + " give a whole catalog (with its own principle block) or an item, not both"));
            }
        }
    }

    /** {@code expect}: what the rules must derive, each a field of a known type. */
    private static void expect(Node.MapNode expect, Node.MapNode given, List<Problem> problems) {
        quanze.catalog.Checks.unknownFields(expect, new java.util.TreeSet<>(EXPECT), "expect", problems);
        for (String key : List.of("item", "decision", "level", "rule")) string(expect.fields().get(key), key, problems);
        if (expect.fields().containsKey("item") && given != null && !given.fields().containsKey("catalog")) {
            problems.add(new Problem(expect.keys().get("item"), "'item' would be ignored: it names the item to"
                    + " check in a given 'catalog', and there is none (the scenario's own item is checked)"));
        }
        Node.MapNode roles = quanze.catalog.Checks.mapping(expect, "roles", problems);
        if (roles != null) roles(roles, problems);
        findings(expect.fields().get("findings"), problems);
    }

    /** {@code roles}: a level for each of the seven roles named. */
    private static void roles(Node.MapNode roles, List<Problem> problems) {
        // a role by its key or by its Chinese name in either script (管政策, 抓執行)
        Node.MapNode unknownOnes = new Node.MapNode(new java.util.LinkedHashMap<>(roles.fields()), roles.keys(), roles.at());
        unknownOnes.fields().keySet().removeIf(k -> quanze.vocabulary.Vocabulary.bundled().parse(Role.class, k).isPresent());
        quanze.catalog.Checks.unknownFields(unknownOnes, new java.util.TreeSet<>(Keyed.keys(Role.class)), "roles", problems);
        for (var e : roles.fields().entrySet()) string(e.getValue(), e.getKey(), problems);
    }

    /** {@code findings}: the exact list of codes, or {present: [...], absent: [...]}. */
    private static void findings(Node n, List<Problem> problems) {
        if (n == null) return;
        if (n instanceof Node.ListNode list) {
            codes(list, problems);
        } else if (n instanceof Node.MapNode m) {
            quanze.catalog.Checks.unknownFields(m, new java.util.TreeSet<>(FINDINGS), "findings", problems);
            for (String key : List.of("present", "absent")) {
                Node part = m.fields().get(key);
                if (part instanceof Node.ListNode list) codes(list, problems);
                else if (part != null) problems.add(new Problem(part.at(), "'" + key + "' must be a list of finding"
                        + " codes, found " + part.describe()));
            }
        } else {
            problems.add(new Problem(n.at(), "'findings' must be a list of finding codes or a mapping {present,"
                    + " absent}, found " + n.describe()));
        }
    }

    private static void codes(Node.ListNode list, List<Problem> problems) {
        for (Node code : list.items()) string(code, "a finding code", problems);
    }

    /** The mapping under {@code key}, which a scenario must have. */
    private static Node.MapNode required(Node.MapNode m, String key, List<Problem> problems) {
        if (m.fields().get(key) == null) {
            problems.add(new Problem(m.at(), "a scenario needs '" + key + "' as a mapping"));
            return null;
        }
        return quanze.catalog.Checks.mapping(m, key, problems);
    }

    /** A string value (a number reads as its text); anything else is reported. */
    private static void string(Node n, String what, List<Problem> problems) {
        if (n == null || n instanceof Node.Scalar s && s.text() != null && s.kind() != Node.Scalar.Kind.BOOLEAN) return;
        String name = what.startsWith("a ") ? what : "'" + what + "'";
        problems.add(new Problem(n.at(), name + " must be a string, found " + n.describe()));
    }

}
