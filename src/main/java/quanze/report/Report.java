package quanze.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import quanze.model.CheckResult;

/** Renders a check result. Output is deterministic: sorted, no timestamps. */
public interface Report {

    /** Streams the report to {@code out}: a report of a million items is never held whole in memory. */
    void write(CheckResult result, Writer out) throws IOException;

    /** The report as bytes: UTF-8 text, unless the format is binary (xlsx). */
    default void write(CheckResult result, java.io.OutputStream out) throws IOException {
        Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
        write(result, w);
        w.flush();
    }

    /** True for a format that cannot go to a terminal. */
    default boolean binary() {
        return false;
    }

    default String render(CheckResult result) {
        StringWriter w = new StringWriter();
        try {
            write(result, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
