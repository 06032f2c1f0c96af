package quanze.report;

import java.io.IOException;
import java.io.Writer;

import quanze.model.CheckResult;
import quanze.model.Finding;

/**
 * GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…,title=QZ101::message} per finding, a
 * notice for a waived one, so that findings show on the lines of a pull request.
 */
final class GithubReport implements Report {

    @Override
    public void write(CheckResult r, Writer w) throws IOException {
        for (Finding f : r.findings()) {
            String level = f.waived() ? "notice" : f.severity().key();
            w.write("::" + level + " file=" + prop(f.location().file()));
            if (f.location().line() > 0) {
                w.write(",line=" + f.location().line() + ",col=" + Math.max(1, f.location().column()));
            }
            w.write(",title=" + prop(f.code() + (f.itemId() == null ? "" : " " + f.itemId())) + "::"
                    + data((f.waived() ? "waived (" + f.waiver().reason() + "): " : "") + f.message()
                    + (f.basis() == null ? "" : "\nbasis: " + f.basis())) + "\n");
        }
        w.write(Summary.approvals(r) + "\n" + Summary.totals(r) + "\n");
        w.flush();
    }

    /** The escaping of a workflow command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping of a workflow command's property value. */
    static String prop(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
