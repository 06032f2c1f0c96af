package quanze.report;

import java.io.IOException;
import java.io.Writer;

import quanze.model.CheckResult;
import quanze.model.Finding;

/**
 * The report for a terminal: one block per finding ({@code file:line:col: severity CODE item: message} and the
 * legal basis under it), then the summary.
 */
final class TextReport implements Report {

    @Override
    public void write(CheckResult r, Writer sb) throws IOException {
        var info = r.catalog().info();
        sb.append("Checked ").append(r.catalog().dir());
        if (info != null) sb.append(" (").append(info.name().both()).append(info.reconstructed() ? ", reconstructed" : "")
                .append(")");
        sb.append(" against the principle ").append(r.catalog().principle().id()).append('\n');
        if (r.findings().isEmpty()) {
            sb.append("No findings.\n");
        }
        for (Finding f : r.findings()) {
            sb.append(f.location().toString()).append(": ").append(f.waived() ? "waived " : "").append(f.severity().key())
                    .append(' ').append(f.code());
            if (f.itemId() != null) sb.append(' ').append(f.itemId());
            sb.append(": ").append(f.message()).append('\n');
            if (f.basis() != null) sb.append("    basis: ").append(f.basis()).append('\n');
            if (f.waived()) {
                var w = f.waiver();
                sb.append("    waived: ").append(w.reason()).append(" (approved by ").append(w.approvedBy())
                        .append(w.approvedOn() == null ? "" : " on " + w.approvedOn())
                        .append(w.expires() == null ? "" : ", until " + w.expires()).append(")\n");
            }
        }
        sb.append(Summary.approvals(r)).append('\n');
        sb.append(Summary.totals(r)).append('\n');
        sb.flush();
    }
}
