package quanze.report;

import java.io.IOException;
import java.io.Writer;

import quanze.model.CheckResult;
import quanze.model.Finding;
import quanze.model.Severity;

/** A summary and a findings table fit for a pull-request comment. */
final class MarkdownReport implements Report {

    @Override
    public void write(CheckResult r, Writer w) throws IOException {
        var info = r.catalog().info();
        w.write("## quanze check: " + (info == null ? r.catalog().dir() : info.name().both()) + "\n\n");
        w.write("| | |\n|---|---|\n");
        w.write("| catalog | `" + r.catalog().dir() + "` |\n");
        w.write("| principle | " + r.catalog().principle().id() + " |\n");
        w.write("| items | " + r.catalog().items().size() + ": " + r.delegated() + " delegated, " + r.retained()
                + " retained |\n");
        w.write("| delegated approvals | " + r.delegatedApprovals() + " in " + r.delegatedApprovalCategories()
                + " categories |\n");
        w.write("| findings | " + r.count(Severity.ERROR) + " errors, " + r.count(Severity.WARNING) + " warnings, "
                + r.waived() + " waived |\n\n");
        if (r.findings().isEmpty()) {
            w.write("No findings.\n");
            w.flush();
            return;
        }
        w.write("| | code | item | where | finding | basis |\n|---|---|---|---|---|---|\n");
        for (Finding f : r.findings()) {
            String mark = f.waived() ? "waived" : f.severity() == Severity.ERROR ? "error" : "warning";
            w.write("| " + mark + " | " + f.code() + " | " + (f.itemId() == null ? "" : "`" + f.itemId() + "`") + " | `"
                    + f.location() + "` | " + cell(f.message()) + (f.waived() ? " — waived: " + cell(f.waiver().reason()) : "")
                    + " | " + cell(f.basis() == null ? "" : f.basis()) + " |\n");
        }
        w.flush();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
