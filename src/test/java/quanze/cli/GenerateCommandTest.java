package quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quanze generate}: deterministic for a seed, checkable, and careful with existing folders. */
class GenerateCommandTest {

    @TempDir
    Path tmp;

    private static String content(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) sb.append(f.getFileName()).append('\n').append(Files.readString(f));
        }
        return sb.toString();
    }

    @Test
    void theSameSeedGivesTheSameCatalogAndAnotherSeedAnother() throws IOException {
        assertThat(Run.of("generate", "--items", "3000", "--seed", "5", tmp.resolve("a").toString()).exit()).isZero();
        assertThat(Run.of("generate", "--items", "3000", "--seed", "5", tmp.resolve("b").toString()).exit()).isZero();
        assertThat(Run.of("generate", "--items", "3000", "--seed", "6", tmp.resolve("c").toString()).exit()).isZero();
        assertThat(content(tmp.resolve("a"))).isEqualTo(content(tmp.resolve("b")))
                .isNotEqualTo(content(tmp.resolve("c")));
    }

    @Test
    void aGeneratedCatalogChecksWithItsDeliberateFaults() {
        Path dir = tmp.resolve("g");
        Run gen = Run.of("generate", "--items", "2000", dir.toString());
        assertThat(gen.out()).contains("wrote 2000 items");
        Run check = Run.of("check", dir.toString());
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("2000 items:").contains("QZ101");
    }

    @Test
    void aFolderThatHoldsFilesIsNotWrittenIntoWithoutForce() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(dir.resolve("mine.txt"), "keep");
        Run r = Run.of("generate", "--items", "10", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("folder is not empty (use --force to write into it)");
        assertThat(Files.readString(dir.resolve("mine.txt"))).isEqualTo("keep");
    }

    @Test
    void theFolderIsGivenAsImportTakesItToo() throws IOException {
        // issue 14: import takes --out DIR, generate only a positional OUT_DIR
        Run r = Run.of("generate", "--items", "10", "--out", tmp.resolve("g").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.list(tmp.resolve("g")).count()).isPositive();
        Run none = Run.of("generate", "--items", "10");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("Missing required parameter: 'OUT_DIR' (or --out DIR)");
        Run twice = Run.of("generate", "--items", "10", "--out", tmp.resolve("x").toString(), tmp.resolve("y").toString());
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("give the folder once");
        Run zero = Run.of("generate", "--items", "0", "--out", tmp.resolve("z").toString());
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("--items");
    }
}
