package quanze.variant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import quanze.catalog.Node;
import quanze.catalog.Trees;
import quanze.catalog.YamlReader;
import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;

/** The committed file of a variant's expected changes: the CI gate for whoever edits rules or the principle. */
public final class ExpectedChanges {

    static final List<String> TOP = List.of("variant", "changes");
    static final List<String> CHANGE = List.of("item", "field", "before", "after");
    private static final String SHAPE = "an expected-changes file has 'variant:' and a 'changes:' list";

    private ExpectedChanges() {
    }

    /** The file's text for this diff: one line per change, sorted as the diff is. */
    public static String write(Diff d, String baseline) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Expected changes of variant ").append(d.variant()).append(" against ").append(baseline)
                .append(".\n# Written by quanze diff --write-expect; checked by quanze diff --expect.\n");
        sb.append("variant: ").append(q(d.variant())).append("\nchanges:");
        if (d.changes().isEmpty()) sb.append(" []");
        sb.append('\n');
        for (Diff.Change c : d.changes()) {
            sb.append("  - {item: ").append(q(c.item())).append(", field: ").append(q(c.field())).append(", before: ")
                    .append(q(c.before())).append(", after: ").append(q(c.after())).append("}\n");
        }
        return sb.toString();
    }

    private static String q(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    /** Lines saying what differs from the expectation; empty when the diff is exactly as expected. */
    public static List<String> compare(Path file, String shown, Diff d) throws InputException {
        return compare(file, shown, d, new YamlReader());
    }

    /**
     * Like {@link #compare(Path, String, Diff)}, reading the file within {@code yaml}'s limits. Each line says what
     * differs; the caller names the file.
     */
    public static List<String> compare(Path file, String shown, Diff d, YamlReader yaml) throws InputException {
        Expected e = read(file, shown, yaml);
        List<String> out = new ArrayList<>();
        if (!e.variant().equals(d.variant())) {
            out.add("is for variant '" + e.variant() + "', not '" + d.variant() + "'");
        }
        Set<String> actual = new LinkedHashSet<>();
        for (Diff.Change c : d.changes()) actual.add(key(c.item(), c.field(), c.before(), c.after()));
        for (String a : actual) if (!e.changes().contains(a)) out.add("unexpected change: " + a);
        for (String x : e.changes()) if (!actual.contains(x)) out.add("expected change did not happen: " + x);
        return out;
    }

    /** What a file expects: the variant it is for, and its changes as {@link #key}s. */
    private record Expected(String variant, Set<String> changes) {
    }

    /** The file, every field checked for its name and type: a check that cannot be read must not pass. */
    private static Expected read(Path file, String shown, YamlReader yaml) throws InputException {
        Node root = yaml.read(file, shown);
        if (!(root instanceof Node.MapNode m)) {
            throw new InputException(new Problem(root == null ? new Location(shown, 1, 1) : root.at(), SHAPE));
        }
        List<Problem> problems = new ArrayList<>();
        quanze.catalog.Checks.unknownFields(m, TOP, "an expected-changes file", problems);
        String variant = required(m, "variant", "an expected-changes file", TOP, problems);
        Node changes = m.fields().get("changes");
        Set<String> expected = new LinkedHashSet<>();
        if (changes instanceof Node.ListNode list) {
            for (Node n : list.items()) {
                String k = change(n, problems);
                if (k != null) expected.add(k);
            }
        } else if (changes != null || !misspelt(m, "changes", TOP)) {
            problems.add(new Problem(m.at(), SHAPE));
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        return new Expected(variant, expected);
    }

    /** One change, {item, field, before, after}, as its {@link #key}; null when it cannot be read (reported). */
    private static String change(Node n, List<Problem> problems) {
        if (!(n instanceof Node.MapNode c)) {
            problems.add(new Problem(n.at(), "a change must be a mapping {item, field, before, after}, found "
                    + n.describe()));
            return null;
        }
        quanze.catalog.Checks.unknownFields(c, CHANGE, "a change", problems);
        List<String> values = new ArrayList<>();
        for (String field : CHANGE) values.add(required(c, field, "a change", CHANGE, problems));
        return values.contains(null) ? null : key(values.get(0), values.get(1), values.get(2), values.get(3));
    }

    /**
     * The text of a field that must be there; null when it is missing, or not a string (reported at its value). A
     * missing field whose misspelling is there is not reported twice.
     */
    private static String required(Node.MapNode m, String key, String what, List<String> allowed,
                                   List<Problem> problems) {
        Node n = m.fields().get(key);
        if (n == null) {
            if (!misspelt(m, key, allowed)) {
                problems.add(new Problem(m.at(), what + " needs '" + key + "'"));
            }
            return null;
        }
        if (quanze.catalog.Checks.isText(n)) return ((Node.Scalar) n).text();
        problems.add(new Problem(n.at(), "'" + key + "' must be a string, found " + n.describe()));
        return null;
    }

    /** True when an unknown field of {@code m} looks like a misspelling of {@code key} (and is reported as one). */
    private static boolean misspelt(Node.MapNode m, String key, List<String> allowed) {
        return m.fields().keySet().stream()
                .anyMatch(k -> !allowed.contains(k) && !quanze.model.DidYouMean.of(k, List.of(key)).isEmpty());
    }

    private static String key(String item, String field, String before, String after) {
        return item + " " + field + ": " + before + " → " + after;
    }
}
