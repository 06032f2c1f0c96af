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
 * exceptions accepted openly, with a reason and an approver, read here and judged by the rules of
 * {@code rules/waivers.drl} ({@link quanze.engine.Engine#withWaivers}): a matching finding is shown as waived and does
 * not fail the run; a waiver past its expiry no longer applies and is itself reported (QZ120); a waiver that matches
 * no finding is reported (QZ121).
 */
public final class WaiverRegister {

    public static final String FILE = "waivers.yaml";

    private WaiverRegister() {
    }

    public static List<Waiver> read(Path file, String shown) throws InputException {
        return read(file, shown, new YamlReader());
    }

    /** Reads the register at {@code file} (none there: no waivers) with {@code yaml}'s limits. */
    public static List<Waiver> read(Path file, String shown, YamlReader yaml) throws InputException {
        if (!Files.exists(file)) return List.of();
        return of(yaml.read(file, shown));
    }

    /** The waivers of a register already read ({@code null}: none), held to the register's shape. */
    public static List<Waiver> of(Node root) throws InputException {
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

    /** Where a catalog's own register is. */
    public static Path of(Path catalogDir) {
        return catalogDir.resolve(FILE);
    }
}
