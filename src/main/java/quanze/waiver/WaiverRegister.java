package quanze.waiver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import quanze.catalog.Node;
import quanze.catalog.Trees;
import quanze.catalog.YamlReader;
import quanze.model.CheckResult;
import quanze.model.Finding;
import quanze.model.InputException;
import quanze.model.Problem;
import quanze.model.Severity;
import quanze.model.Waiver;

/**
 * The waiver register ({@code waivers.yaml} in the catalog folder, or {@code --waivers FILE}): known
 * exceptions accepted openly, with a reason and an approver. A matching finding is shown as waived and does
 * not fail the run; a waiver past its expiry no longer applies and is itself reported (QZ120); a waiver
 * that matches no finding is reported (QZ121).
 */
public final class WaiverRegister {

    public static final String FILE = "waivers.yaml";
    static final List<String> FIELDS = quanze.schema.FileShapes.WAIVER.names();
    static final String QZ120_BASIS = "Waiver register: a waiver applies until its expiry date, then the finding counts again";
    static final String QZ121_BASIS = "Waiver register: a waiver that matches no finding is stale and should be removed";

    private WaiverRegister() {
    }

    public static List<Waiver> read(Path file, String shown) throws InputException {
        return read(file, shown, new YamlReader());
    }

    /** Reads the register at {@code file} (none there: no waivers) with {@code yaml}'s limits. */
    public static List<Waiver> read(Path file, String shown, YamlReader yaml) throws InputException {
        if (!Files.exists(file)) return List.of();
        Node root = yaml.read(file, shown);
        List<Waiver> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (root == null) return out;
        if (!(root instanceof Node.ListNode list)) {
            throw new InputException(new Problem(root.at(), "a waiver register is a list of waivers"));
        }
        for (Node n : list.items()) {
            if (!(n instanceof Node.MapNode m)) {
                problems.add(new Problem(n.at(), "a waiver must be a mapping (item, code, reason, approvedBy, …)"));
                continue;
            }
            quanze.catalog.Checks.unknownFields(m, FIELDS, "a waiver", problems);
            String item = text(m, "item", true, problems);
            String code = text(m, "code", true, problems);
            String reason = text(m, "reason", true, problems);
            String approvedBy = text(m, "approvedBy", true, problems);
            LocalDate approvedOn = date(m, "approvedOn", problems);
            LocalDate expires = date(m, "expires", problems);
            if (item != null && code != null && reason != null && approvedBy != null) {
                out.add(new Waiver(item, code, reason, approvedBy, approvedOn, expires, m.at()));
            }
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        return out;
    }

    /** The text of a field; null when it is missing or empty (reported if required) or not a string (reported). */
    private static String text(Node.MapNode m, String key, boolean required, List<Problem> problems) {
        Node n = m.fields().get(key);
        if (n instanceof Node.Scalar s && s.kind() != Node.Scalar.Kind.BOOLEAN) {
            if (s.text() != null && !s.text().isBlank()) return s.text();
            n = null; // "key:" with nothing after it, or blank: as good as missing
        }
        if (n == null) {
            if (required) problems.add(new Problem(m.at(), "a waiver needs '" + key + "'"
                    + (key.equals("reason") || key.equals("approvedBy") ? " (no exception without a reason and an approver)" : "")));
            return null;
        }
        problems.add(new Problem(n.at(), "'" + key + "' must be a string, found " + n.describe()));
        return null;
    }

    /** An optional date; written but empty (which would read as never expiring) is reported, as is anything else. */
    private static LocalDate date(Node.MapNode m, String key, List<Problem> problems) {
        Node n = m.fields().get(key);
        if (n == null) return null;
        String v = n instanceof Node.Scalar s && s.kind() != Node.Scalar.Kind.BOOLEAN ? s.text() : null;
        if (v != null) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(new Problem(n.at(), "'" + key + "' must be a date YYYY-MM-DD, found "
                + (v != null ? "'" + v + "'" : n.describe())));
        return null;
    }

    /** The result with waived findings marked, plus QZ120 for expired and QZ121 for unmatched waivers. */
    public static CheckResult apply(CheckResult r, List<Waiver> waivers, LocalDate asOf) {
        List<Finding> out = new ArrayList<>();
        boolean[] used = new boolean[waivers.size()];
        for (Finding f : r.findings()) {
            Finding now = f;
            for (int i = 0; i < waivers.size(); i++) {
                Waiver w = waivers.get(i);
                if (w.code().equals(f.code()) && w.item().equals(f.itemId())) {
                    used[i] = true;
                    if (!w.expiredOn(asOf)) now = f.waivedBy(w);
                }
            }
            out.add(now);
        }
        for (int i = 0; i < waivers.size(); i++) {
            Waiver w = waivers.get(i);
            if (w.expiredOn(asOf)) {
                out.add(new Finding("QZ120", Severity.WARNING, w.item(), w.location(), "the waiver of " + w.code()
                        + " for '" + w.item() + "' (approved by " + w.approvedBy() + ") expired on " + w.expires()
                        + " and no longer applies (as of " + asOf + ")", QZ120_BASIS, "A waiver applies until it expires"));
            } else if (!used[i]) {
                out.add(new Finding("QZ121", Severity.WARNING, w.item(), w.location(), "the waiver of " + w.code()
                        + " for '" + w.item() + "' matches no finding" + noSuchItem(r, w.item()), QZ121_BASIS,
                        "A waiver matches a finding"));
            }
        }
        out.sort(java.util.Comparator.comparing(Finding::location).thenComparing(Finding::code)
                .thenComparing(Finding::message));
        return r.withFindings(List.copyOf(out));
    }

    /** ": the catalog has no item 'x'; did you mean 'y'?" for a waiver naming an item that is not there, else "". */
    private static String noSuchItem(CheckResult r, String item) {
        if (r.catalog() == null) return "";
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (var i : r.catalog().items()) ids.add(i.id());
        return ids.contains(item) ? "" : ": the catalog has no item '" + item + "'" + quanze.model.DidYouMean.of(item, ids);
    }

    /** Where a catalog's own register is. */
    public static Path of(Path catalogDir) {
        return catalogDir.resolve(FILE);
    }
}
