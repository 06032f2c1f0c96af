package quanze.variant;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** The diff of variants in text, Markdown or JSON; each a function of the diffs alone, sorted, no timestamps. */
public enum DiffReport {
    TEXT {
        @Override
        public void write(String baseline, List<Diff> diffs, Writer w) throws IOException {
            for (Diff d : diffs) {
                w.write("Variant " + d.variant() + " against " + baseline + ": " + d.changes().size() + " change"
                        + (d.changes().size() == 1 ? "" : "s") + "\n");
                for (var e : byItem(d).entrySet()) {
                    List<String> what = new java.util.ArrayList<>();
                    java.util.Set<String> causes = new java.util.LinkedHashSet<>();
                    for (Diff.Change c : e.getValue()) {
                        what.add(c.field() + " " + c.before() + " → " + c.after());
                        causes.addAll(c.causes());
                    }
                    w.write("  " + e.getKey() + ": " + String.join("; ", what) + "\n");
                    w.write("      because of " + String.join("; ", causes) + "\n");
                }
                summary(d, w, "  ", "");
                w.write("\n");
            }
            w.flush();
        }
    },
    MARKDOWN {
        @Override
        public void write(String baseline, List<Diff> diffs, Writer w) throws IOException {
            for (Diff d : diffs) {
                w.write("## Variant `" + d.variant() + "` against `" + baseline + "`\n\n");
                if (d.changes().isEmpty()) {
                    w.write("No change.\n\n");
                } else {
                    w.write("| item | what | before | after | cause |\n|---|---|---|---|---|\n");
                    for (Diff.Change c : d.changes()) {
                        w.write("| " + c.item() + " | " + c.field() + " | " + c.before() + " | " + c.after() + " | "
                                + String.join("; ", c.causes()).replace("|", "\\|") + " |\n");
                    }
                    w.write("\n");
                }
                w.write("| summary | before | after |\n|---|---|---|\n");
                summary(d, w, "| ", " |");
                w.write("\n");
            }
            w.flush();
        }
    },
    JSON {
        @Override
        public void write(String baseline, List<Diff> diffs, Writer w) throws IOException {
            JsonGenerator g = new JsonFactory().createGenerator(w).useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", 1);
            g.writeStringField("baseline", baseline);
            g.writeArrayFieldStart("variants");
            for (Diff d : diffs) {
                g.writeStartObject();
                g.writeStringField("id", d.variant());
                g.writeArrayFieldStart("changes");
                for (Diff.Change c : d.changes()) {
                    g.writeStartObject();
                    g.writeStringField("item", c.item());
                    g.writeStringField("field", c.field());
                    g.writeStringField("before", c.before());
                    g.writeStringField("after", c.after());
                    g.writeArrayFieldStart("causes");
                    for (String s : c.causes()) g.writeString(s);
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                summaryJson(g, "before", d.before());
                summaryJson(g, "after", d.after());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
            g.flush();
        }
    };

    public abstract void write(String baseline, List<Diff> diffs, Writer w) throws IOException;

    /** The changes of each item together, items in the order of their first change. */
    private static Map<String, List<Diff.Change>> byItem(Diff d) {
        Map<String, List<Diff.Change>> out = new java.util.LinkedHashMap<>();
        for (Diff.Change c : d.changes()) out.computeIfAbsent(c.item(), k -> new java.util.ArrayList<>()).add(c);
        return out;
    }

    private static void summary(Diff d, Writer w, String open, String close) throws IOException {
        boolean md = close.length() > 0;
        String sep = md ? " | " : "  ";
        if (!md) w.write("  summary: before → after\n");
        row(w, open, close, sep, "delegated approvals", d.before().approvals(), d.after().approvals(), md);
        for (String c : keys(d.before().approvalsByCategory(), d.after().approvalsByCategory())) {
            row(w, open, close, sep, "  approvals delegated in " + c, d.before().approvalsByCategory().getOrDefault(c, 0L),
                    d.after().approvalsByCategory().getOrDefault(c, 0L), md);
        }
        for (String l : keys(d.before().rolesByLevel(), d.after().rolesByLevel())) {
            row(w, open, close, sep, "roles held at " + l, d.before().rolesByLevel().getOrDefault(l, 0L),
                    d.after().rolesByLevel().getOrDefault(l, 0L), md);
        }
        for (String s : List.of("error", "warning")) {
            row(w, open, close, sep, s + "s", d.before().findingsBySeverity().getOrDefault(s, 0L),
                    d.after().findingsBySeverity().getOrDefault(s, 0L), md);
        }
    }

    private static void row(Writer w, String open, String close, String sep, String what, long a, long b, boolean md)
            throws IOException {
        if (md) w.write(open + what.strip() + sep + a + sep + b + close + "\n");
        else w.write(open + "  " + what + ": " + a + " → " + b + (a == b ? "" : "  (" + (b > a ? "+" : "") + (b - a) + ")") + "\n");
    }

    private static TreeSet<String> keys(Map<String, Long> a, Map<String, Long> b) {
        TreeSet<String> k = new TreeSet<>(a.keySet());
        k.addAll(b.keySet());
        return k;
    }

    private static void summaryJson(JsonGenerator g, String name, Diff.Summary s) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("delegatedApprovals", s.approvals());
        g.writeObjectFieldStart("approvalsByCategory");
        for (var e : s.approvalsByCategory().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
        g.writeEndObject();
        g.writeObjectFieldStart("rolesByLevel");
        for (var e : s.rolesByLevel().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
        g.writeEndObject();
        g.writeObjectFieldStart("findingsBySeverity");
        for (var e : s.findingsBySeverity().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
        g.writeEndObject();
        g.writeEndObject();
    }
}
