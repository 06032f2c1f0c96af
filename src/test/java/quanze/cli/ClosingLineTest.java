package quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The last line of a refused run names what did not happen, in the words of the command that was run (issue 14:
 * "nothing was checked" closed import and generate errors, and a report that could not be written).
 */
class ClosingLineTest {

    @TempDir
    Path tmp;

    private static String last(Run r) {
        var lines = r.err().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void anImportThatReadsNothingSaysNothingWasImported() {
        Run r = Run.of("import", tmp.resolve("no-such-list.csv").toString(), "--out", tmp.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(last(r)).isEqualTo("1 problem in the input; nothing was imported.");
    }

    @Test
    void aGeneratedCatalogThatCannotBeWrittenSaysNothingWasWritten() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Run r = Run.of("generate", "--items", "3", file.resolve("below").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("cannot write:");
        assertThat(last(r)).isEqualTo("1 problem writing the output; nothing was written.");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aReportThatCannotBeWrittenDoesNotClaimTheInputWasBad() {
        Run r = Run.of("check", "--output", tmp.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("in the input").doesNotContain("nothing was checked");
        assertThat(last(r)).isEqualTo("1 problem writing the output; nothing was written.");
    }

    @Test
    void lintOfAMissingRulesFolderIsAnUnreadableInputAsForCheck() {
        Run lint = Run.of("lint", "--rules", tmp.resolve("nonexistent").toString());
        Run check = Run.of("check", "--rules", tmp.resolve("nonexistent").toString());
        assertThat(lint.exit()).isEqualTo(2).isEqualTo(check.exit());
        assertThat(lint.err().lines().findFirst()).isEqualTo(check.err().lines().findFirst());
        assertThat(last(lint)).isEqualTo("1 problem in the input; nothing was linted.");
        assertThat(lint.out()).doesNotContain("error");
    }

    @Test
    void aMissingScenarioFolderSaysNoScenarioWasRun() {
        Run r = Run.of("test", tmp.resolve("none").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(last(r)).isEqualTo("1 problem in the input; no scenario was run.");
        Run lint = Run.of("lint", "--scenarios", tmp.resolve("none").toString());
        assertThat(lint.exit()).isEqualTo(2);
    }
}
