package quanze.waiver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import quanze.catalog.Conform;
import quanze.catalog.Node;
import quanze.catalog.Trees;
import quanze.catalog.YamlReader;
import quanze.model.CheckResult;
import quanze.model.Finding;
import quanze.model.InputException;
import quanze.model.Problem;
import quanze.model.Severity;
import quanze.model.Waiver;
import quanze.schema.FileShapes;

/**
 * The waiver register ({@code waivers.yaml} in the catalog folder, or {@code --waivers FILE}): known
 * exceptions accepted openly, with a reason and an approver. A matching finding is shown as waived and does
 * not fail the run; a waiver past its expiry no longer applies and is itself reported (QZ120); a waiver
 * that matches no finding is reported (QZ121).
 */
public final class WaiverRegister {

    public static final String FILE = "waivers.yaml";
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
        if (root == null) return List.of();
        List<Problem> problems = Conform.check(root, FileShapes.WAIVERS, "a waiver register");
        if (!problems.isEmpty()) throw new InputException(problems);
        List<Waiver> out = new ArrayList<>();
        for (Node n : ((Node.ListNode) root).items()) {
            Node.MapNode m = (Node.MapNode) n;
            out.add(new Waiver(text(m, "item"), text(m, "code"), text(m, "reason"), text(m, "approvedBy"),
                    date(m, "approvedOn"), date(m, "expires"), m.at()));
        }
        return out;
    }

    private static String text(Node.MapNode m, String key) {
        return Trees.textOf(m.fields().get(key));
    }

    private static LocalDate date(Node.MapNode m, String key) {
        String day = text(m, key);
        return day == null ? null : LocalDate.parse(day);
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
