package quanze.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A test skipped for a missing program says so where the test summary is (issue 14: it was skipped silently). */
class NeedsTest {

    @Test
    void aMissingProgramSkipsTheTestAndSaysSoOnTheConsole() {
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            if (System.getenv("CI") == null) {
                assertThatThrownBy(() -> Needs.program(Path.of("/no/such/chromium"), "Chromium", "SomeIT"))
                        .isInstanceOf(TestAbortedException.class);
                assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("SKIPPED SomeIT: Chromium is not installed"
                        + " (/no/such/chromium; .ci/run installs it)\n");
            } else { // under CI a missing program fails the test that needs it instead
                assertThatCode(() -> Needs.program(Path.of("/no/such/chromium"), "Chromium", "SomeIT")).doesNotThrowAnyException();
            }
        } finally {
            System.setErr(before);
        }
    }
}
