package quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A run killed while it writes a large report leaves the old report whole: the new one goes to a temporary
 * file in the same folder and only a rename puts it in place.
 */
class KilledExportIT {

    @Test
    void killingTheProcessMidWriteLeavesTheOldReport() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/it-kill"));
        Path catalog = dir.resolve("g50k");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if (!Files.isDirectory(catalog)) {
            Process gen = new ProcessBuilder(java, "-jar", "target/quanze.jar", "generate", "--items", "50000",
                    catalog.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(gen.waitFor(300, TimeUnit.SECONDS)).isTrue();
        }
        Path report = dir.resolve("report.json");
        Files.writeString(report, "the old report\n");
        Process p = new ProcessBuilder(java, "-jar", "target/quanze.jar", "check", catalog.toString(), "--format", "json",
                "--output", report.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path tmp = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (tmp == null && System.nanoTime() < deadline && p.isAlive()) {
            try (Stream<Path> s = Files.list(dir)) {
                tmp = s.filter(f -> f.getFileName().toString().startsWith(".report.json.")
                        && f.getFileName().toString().endsWith(".tmp")).findFirst().orElse(null);
            }
            if (tmp != null) {
                long size = 0;
                while (size < 1_000_000 && p.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                    size = Files.exists(tmp) ? Files.size(tmp) : size;
                }
            } else {
                Thread.sleep(5);
            }
        }
        assertThat(tmp).as("the report is being written to a temporary file").isNotNull();
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(report)).isEqualTo("the old report\n");
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(f -> f.getFileName().toString().endsWith(".tmp")).forEach(f -> f.toFile().delete());
        }
    }
}
