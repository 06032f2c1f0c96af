package quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import quanze.model.Version;

/** Every command answers --version and -V with the one version (issue 14: subcommands printed nothing). */
class VersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "check", "explain", "candidates", "test", "lint", "rulebook", "diff", "import", "generate"})
    void everyCommandPrintsTheVersionFromThePom(String command) {
        for (String flag : new String[] {"--version", "-V"}) {
            RunAccess r = command.isEmpty() ? RunAccess.of(flag) : RunAccess.of(command, flag);
            assertThat(r.exit()).as(command + " " + flag).isZero();
            assertThat(r.out().strip()).as(command + " " + flag).isEqualTo("quanze " + Version.number());
        }
        assertThat(Version.number()).matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
