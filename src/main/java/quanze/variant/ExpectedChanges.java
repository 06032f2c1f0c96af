package quanze.variant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import quanze.catalog.Conform;
import quanze.catalog.Node;
import quanze.catalog.Trees;
import quanze.catalog.YamlReader;
import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;
import quanze.schema.FileShapes;

/** The committed file of a variant's expected changes: the CI gate for whoever edits rules or the principle. */
public final class ExpectedChanges {


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
        if (root == null) {
            throw new InputException(new Problem(new Location(shown, 1, 1), "an expected-changes file needs 'variant'"
                    + " and 'changes'; this one is empty"));
        }
        List<Problem> problems = Conform.check(root, FileShapes.EXPECTED_CHANGES, "an expected-changes file");
        if (!problems.isEmpty()) throw new InputException(problems);
        Node.MapNode m = (Node.MapNode) root;
        Set<String> expected = new LinkedHashSet<>();
        for (Node n : m.fields().get("changes") instanceof Node.ListNode l ? l.items() : List.<Node>of()) {
            Node.MapNode c = (Node.MapNode) n;
            expected.add(key(text(c, "item"), text(c, "field"), text(c, "before"), text(c, "after")));
        }
        return new Expected(text(m, "variant"), expected);
    }

    private static String text(Node.MapNode m, String key) {
        return Trees.textOf(m.fields().get(key));
    }

    private static String key(String item, String field, String before, String after) {
        return item + " " + field + ": " + before + " → " + after;
    }
}
