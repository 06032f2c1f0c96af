package quanze.report;

import java.io.IOException;
import java.io.Writer;

import quanze.model.CheckResult;
import quanze.model.Finding;
import quanze.script.Lang;

import static quanze.script.Labels.label;

/**
 * The report for a terminal: one block per finding ({@code file:line:col: severity CODE item: message} and the
 * legal basis under it), then the summary; labels in the report's language.
 */
final class TextReport implements Report {

    private final Lang lang;

    TextReport(Lang lang) {
        this.lang = lang;
    }

    @Override
    public void write(CheckResult r, Writer sb) throws IOException {
        var info = r.catalog().info();
        String about = info == null ? "" : " (" + info.name().both() + (info.reconstructed() ? label(lang, "reconstructed")
                : "") + ")";
        sb.append(label(lang, "checked", r.catalog().dir(), about, r.catalog().principle().id())).append('\n');
        if (r.findings().isEmpty()) {
            sb.append(label(lang, "noFindings")).append('\n');
        }
        for (Finding f : r.findings()) {
            sb.append(f.location().toString()).append(": ").append(f.waived() ? label(lang, "waived") + " " : "")
                    .append(label(lang, f.severity().key())).append(' ').append(f.code());
            if (f.itemId() != null) sb.append(' ').append(f.itemId());
            sb.append(": ").append(f.message()).append('\n');
            if (f.basis() != null) sb.append("    ").append(label(lang, "basis")).append(": ").append(f.basis()).append('\n');
            if (f.waived()) {
                var w = f.waiver();
                sb.append("    ").append(label(lang, "waived")).append(": ").append(w.reason()).append(" (")
                        .append(label(lang, "approvedBy", w.approvedBy()))
                        .append(w.approvedOn() == null ? "" : label(lang, "on", w.approvedOn()))
                        .append(w.expires() == null ? "" : label(lang, "until", w.expires())).append(")\n");
            }
        }
        organisation(r, sb);
        sb.append(Summary.approvals(r, lang)).append('\n');
        String law = Summary.lawRead(r, lang);
        if (law != null) sb.append(law).append('\n');
        sb.append(Summary.totals(r, lang)).append('\n');
        sb.flush();
    }

    /** The organisation before and after: units of each kind, the stated totals, how many findings are about it. */
    private void organisation(CheckResult r, Writer sb) throws IOException {
        OrganisationSection o = OrganisationSection.of(r);
        if (o == null) return;
        sb.append(label(lang, "orgStates", o.states())).append('\n');
        for (OrganisationSection.Row row : o.rows()) {
            sb.append("  ").append(OrganisationSection.kind(lang, row.kind())).append(": ").append(o.counts(lang, row))
                    .append('\n');
        }
        for (OrganisationSection.Stated t : o.totals()) sb.append("  ").append(o.total(lang, t)).append('\n');
        sb.append("  ").append(label(lang, "orgFindings", o.findings().size())).append('\n');
    }
}
