package quanze.report;

import java.io.IOException;
import java.io.Writer;

import quanze.model.CheckResult;
import quanze.model.Finding;
import quanze.model.Severity;
import quanze.script.Lang;

import static quanze.script.Labels.label;

/** A summary and a findings table fit for a pull-request comment, labelled in the report's language. */
final class MarkdownReport implements Report {

    private final Lang lang;

    MarkdownReport(Lang lang) {
        this.lang = lang;
    }

    @Override
    public void write(CheckResult r, Writer w) throws IOException {
        var info = r.catalog().info();
        w.write("## " + label(lang, "mdTitle", info == null ? r.catalog().dir() : info.name().both()) + "\n\n");
        w.write("| | |\n|---|---|\n");
        w.write("| " + label(lang, "catalog") + " | `" + r.catalog().dir() + "` |\n");
        w.write("| " + label(lang, "principle") + " | " + r.catalog().principle().id() + " |\n");
        w.write("| " + label(lang, "figItems") + " | " + Summary.split(r, lang, r.catalog().items().size()) + " |\n");
        w.write("| " + label(lang, "delegatedApprovals") + " | " + label(lang, "approvalsIn", r.delegatedApprovals(),
                r.delegatedApprovalCategories()) + " |\n");
        String law = Summary.lawRead(r, lang, "lawReadCount");
        if (law != null) w.write("| " + label(lang, "statutoryLevel") + " | " + law + " |\n");
        OrganisationSection o = OrganisationSection.of(r);
        if (o != null) {
            java.util.List<String> kinds = new java.util.ArrayList<>();
            for (OrganisationSection.Row row : o.rows()) {
                kinds.add(OrganisationSection.kind(lang, row.kind()) + " " + o.counts(lang, row));
            }
            w.write("| " + label(lang, "organisation") + " | " + cell(o.states() + ": " + String.join("; ", kinds)) + " |\n");
            for (OrganisationSection.Stated t : o.totals()) w.write("| | " + cell(o.total(lang, t)) + " |\n");
        }
        w.write("| " + label(lang, "findings") + " | " + label(lang, "errors", r.count(Severity.ERROR)) + label(lang, "list")
                + label(lang, "warnings", r.count(Severity.WARNING)) + label(lang, "list")
                + label(lang, "waivedCount", r.waived()) + " |\n\n");
        if (r.findings().isEmpty()) {
            w.write(label(lang, "noFindings") + "\n");
            w.flush();
            return;
        }
        w.write("| | " + label(lang, "code") + " | " + label(lang, "item") + " | " + label(lang, "where") + " | "
                + label(lang, "finding") + " | " + label(lang, "basis") + " |\n|---|---|---|---|---|---|\n");
        for (Finding f : r.findings()) {
            String mark = label(lang, f.waived() ? "waived" : f.severity().key());
            w.write("| " + mark + " | " + f.code() + " | " + (f.itemId() == null ? "" : "`" + f.itemId() + "`") + " | `"
                    + f.location() + "` | " + cell(f.message()) + (f.waived() ? " — " + label(lang, "waived") + ": "
                    + cell(f.waiver().reason()) : "") + " | " + cell(f.basis() == null ? "" : f.basis()) + " |\n");
        }
        w.flush();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
