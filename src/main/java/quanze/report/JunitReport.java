package quanze.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import quanze.model.CheckResult;
import quanze.model.Finding;
import quanze.model.Item;
import quanze.model.Severity;

/**
 * JUnit XML for CI dashboards: a test suite per category, a test case per item, a failure per finding at or
 * above {@code --fail-on} (waived findings are not failures); findings about the catalog as a whole go to a
 * suite of their own.
 */
final class JunitReport implements Report {

    private final Severity failOn;

    JunitReport(Severity failOn) {
        this.failOn = failOn;
    }

    @Override
    public void write(CheckResult r, Writer w) throws IOException {
        Map<String, List<Finding>> byItem = new LinkedHashMap<>();
        Map<String, List<Finding>> waivedByItem = new LinkedHashMap<>();
        List<Finding> catalogWide = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (f.waived() && f.itemId() != null) waivedByItem.computeIfAbsent(f.itemId(), k -> new ArrayList<>()).add(f);
            if (f.waived() || f.severity().ordinal() > failOn.ordinal()) continue;
            if (f.itemId() == null) catalogWide.add(f);
            else byItem.computeIfAbsent(f.itemId(), k -> new ArrayList<>()).add(f);
        }
        Map<String, List<Item>> suites = new LinkedHashMap<>();
        for (Item i : r.catalog().items()) suites.computeIfAbsent(i.categoryId(), k -> new ArrayList<>()).add(i);
        int tests = r.catalog().items().size() + 1;
        long failures = byItem.values().stream().mapToLong(List::size).sum() + catalogWide.size();
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<testsuites name=\"quanze check " + esc(r.catalog().dir()) + "\" tests=\"" + tests + "\" failures=\""
                + failures + "\" errors=\"0\">\n");
        w.write("  <testsuite name=\"(catalog)\" tests=\"1\" failures=\"" + catalogWide.size() + "\" errors=\"0\">\n");
        testcase(w, "(catalog)", "catalog " + r.catalog().dir(), catalogWide, List.of());
        w.write("  </testsuite>\n");
        for (var s : suites.entrySet()) {
            long f = s.getValue().stream().mapToLong(i -> byItem.getOrDefault(i.id(), List.of()).size()).sum();
            w.write("  <testsuite name=\"" + esc(s.getKey()) + "\" tests=\"" + s.getValue().size() + "\" failures=\""
                    + f + "\" errors=\"0\">\n");
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Item i : s.getValue()) {
                boolean first = seen.add(i.id());
                testcase(w, s.getKey(), i.id(), first ? byItem.getOrDefault(i.id(), List.of()) : List.of(),
                        first ? waivedByItem.getOrDefault(i.id(), List.of()) : List.of());
            }
            w.write("  </testsuite>\n");
        }
        w.write("</testsuites>\n");
        w.flush();
    }

    private static void testcase(Writer w, String classname, String name, List<Finding> failures, List<Finding> waived)
            throws IOException {
        if (failures.isEmpty() && waived.isEmpty()) {
            w.write("    <testcase classname=\"" + esc(classname) + "\" name=\"" + esc(name) + "\"/>\n");
            return;
        }
        w.write("    <testcase classname=\"" + esc(classname) + "\" name=\"" + esc(name) + "\">\n");
        for (Finding f : failures) {
            w.write("      <failure type=\"" + f.code() + "\" message=\"" + esc(f.code() + " " + f.message()) + "\">"
                    + esc(f.location() + ": " + f.severity().key() + " " + f.code() + ": " + f.message()
                    + (f.basis() == null ? "" : "\nbasis: " + f.basis())) + "</failure>\n");
        }
        if (!waived.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (Finding f : waived) {
                sb.append("waived ").append(f.code()).append(": ").append(f.message()).append("\n  waiver: ")
                        .append(f.waiver().reason()).append(" (approved by ").append(f.waiver().approvedBy()).append(")\n");
            }
            w.write("      <system-out>" + esc(sb.toString()) + "</system-out>\n");
        }
        w.write("    </testcase>\n");
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') sb.append(' ');
                    else sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
