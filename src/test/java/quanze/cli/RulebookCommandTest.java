package quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quanze rulebook} writes the same document wherever it is run from (issue 14). */
class RulebookCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theHeaderNamesQuanzesOwnPathsNotTheWorkingFolders() throws Exception {
        // a quanze home that is not the working folder, as when ./quanze is run from another folder
        Path home = tmp.resolve("quanze-home");
        Files.createDirectories(home.resolve("rules/tests"));
        try (var s = Files.list(Path.of("rules"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) Files.copy(p, home.resolve("rules").resolve(p.getFileName()));
        }
        try (var s = Files.list(Path.of("rules/tests"))) {
            for (Path p : s.toList()) Files.copy(p, home.resolve("rules/tests").resolve(p.getFileName()));
        }
        String before = System.getProperty("quanze.home");
        System.setProperty("quanze.home", home.toString());
        try {
            Run r = Run.of("rulebook");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).startsWith("# Rulebook\n\nGenerated from `rules/*.drl` and the scenarios in `rules/tests` by")
                    .doesNotContain(tmp.toString());
            assertThat(r.out()).isEqualTo(Files.readString(Path.of("docs/rulebook.md")));
        } finally {
            if (before == null) System.clearProperty("quanze.home");
            else System.setProperty("quanze.home", before);
        }
    }
}
