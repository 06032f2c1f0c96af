package quanze.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * A test that needs a program outside Java (Chromium, LibreOffice): skipped when it is missing, saying so on the
 * console where the test summary is (not only in a report file); under CI (the variable CI set), never skipped.
 */
public final class Needs {

    private Needs() {
    }

    public static void program(Path executable, String what, String test) {
        if (Files.isExecutable(executable) || System.getenv("CI") != null) return;
        String why = "SKIPPED " + test + ": " + what + " is not installed (" + executable + "; .ci/run installs it)";
        System.err.println(why);
        Assumptions.abort(why);
    }
}
