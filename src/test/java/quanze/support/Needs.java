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

    /**
     * The folder of real published lists ({@code -Dquanze.realLists}, else {@code $QUANZE_REAL_LISTS}, else
     * {@code ../shared/real-lists}) and its sub-folder {@code sub}; the test is skipped, saying so and what it
     * cannot do, when that folder is absent (they are never copied into the project).
     */
    public static Path realLists(String sub, String without) {
        String p = System.getProperty("quanze.realLists", System.getenv("QUANZE_REAL_LISTS"));
        Path dir = Path.of(p != null && !p.isBlank() ? p : "../shared/real-lists").toAbsolutePath().normalize()
                .resolve(sub);
        if (!Files.isDirectory(dir)) {
            String why = "SKIPPED: the real published lists are not at " + dir + " (set -Dquanze.realLists or"
                    + " QUANZE_REAL_LISTS): " + without;
            System.err.println(why);
            Assumptions.abort(why);
        }
        return dir;
    }

    public static void program(Path executable, String what, String test) {
        if (Files.isExecutable(executable) || System.getenv("CI") != null) return;
        String why = "SKIPPED " + test + ": " + what + " is not installed (" + executable + "; .ci/run installs it)";
        System.err.println(why);
        Assumptions.abort(why);
    }
}
