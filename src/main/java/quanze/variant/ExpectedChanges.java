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
import quanze.model.Problem;

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

    /** Like {@link #compare(Path, String, Diff)}, reading the file within {@code yaml}'s limits. */
    public static List<String> compare(Path file, String shown, Diff d, YamlReader yaml) throws InputException {
        Node root = yaml.read(file, shown);
        if (!(root instanceof Node.MapNode m) || !(m.fields().get("changes") instanceof Node.ListNode list)) {
            throw new InputException(new Problem(root == null ? new quanze.model.Location(shown, 1, 1) : root.at(),
                    "an expected-changes file has 'variant:' and a 'changes:' list"));
        }
        String variant = Trees.textOf(m.fields().get("variant"));
        List<String> out = new ArrayList<>();
        if (variant != null && !variant.equals(d.variant())) {
            out.add(shown + ": is for variant '" + variant + "', not '" + d.variant() + "'");
        }
        Set<String> expected = new LinkedHashSet<>();
        for (Node n : list.items()) {
            if (n instanceof Node.MapNode c) {
                expected.add(key(Trees.textOf(c.fields().get("item")), Trees.textOf(c.fields().get("field")),
                        Trees.textOf(c.fields().get("before")), Trees.textOf(c.fields().get("after"))));
            }
        }
        Set<String> actual = new LinkedHashSet<>();
        for (Diff.Change c : d.changes()) actual.add(key(c.item(), c.field(), c.before(), c.after()));
        for (String a : actual) if (!expected.contains(a)) out.add("unexpected change: " + a);
        for (String e : expected) if (!actual.contains(e)) out.add("expected change did not happen: " + e);
        return out;
    }

    private static String key(String item, String field, String before, String after) {
        return item + " " + field + ": " + before + " → " + after;
    }
}
