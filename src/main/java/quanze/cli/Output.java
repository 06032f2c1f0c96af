package quanze.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.CommandLine;

import quanze.io.AtomicFile;
import quanze.model.InputException;

/**
 * {@code --output FILE}, said once for every command that writes a report: refused before any work when it cannot
 * be written, then written atomically (a temporary file beside it, then a rename) or, without it, to standard output.
 */
final class Output {

    @CommandLine.Option(names = "--output", paramLabel = "FILE",
            description = "Write to FILE instead of standard output, atomically (a temporary file, then a rename);"
                    + " refused before any work when FILE is a folder or its folder does not exist.")
    Path file;

    /** Refuses, before any work, a FILE that cannot be written; {@code what} names it in the message. */
    void require(String what) throws InputException {
        Workspace.requireWritable(file, what);
    }

    /** Writes the content to FILE, or to {@code out} without one. */
    void write(AtomicFile.Content content, PrintWriter out) throws InputException {
        try {
            if (file != null) {
                AtomicFile.write(file, content);
            } else {
                content.writeTo(out);
                out.flush();
            }
        } catch (IOException e) {
            throw Workspace.cannotWrite(file == null ? "(standard output)" : Workspace.shown(file), e);
        }
    }
}
