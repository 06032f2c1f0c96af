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
        Path report = Files.createDirectories(Path.of("target/it-kill/sigkill")).resolve("report.json");
        Process p = exportCaughtMidWrite(report);
        p.destroyForcibly(); // SIGKILL: nothing of quanze runs after it
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(report)).isEqualTo("the old report\n");
        try (Stream<Path> s = Files.list(report.getParent())) {
            s.filter(f -> f.getFileName().toString().endsWith(".tmp")).forEach(f -> f.toFile().delete());
        }
    }

    @Test
    void interruptingTheProcessMidWriteLeavesTheOldReportAndNoTemporaryFile() throws Exception {
        Path report = Files.createDirectories(Path.of("target/it-kill/sigterm")).resolve("report.json");
        Process p = exportCaughtMidWrite(report);
        p.destroy(); // SIGTERM, as from Ctrl-C or a CI job cancelled
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(report)).isEqualTo("the old report\n");
        try (Stream<Path> s = Files.list(report.getParent())) {
            assertThat(s.map(f -> f.getFileName().toString())).containsExactly("report.json");
        }
    }

    /** Starts a check whose JSON report (about 48 MB) replaces {@code report}, and returns once 1 MB is written. */
    private static Process exportCaughtMidWrite(Path report) throws Exception {
        Path catalog = Path.of("target/it-kill/g50k");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        synchronized (KilledExportIT.class) {
            if (!Files.isDirectory(catalog)) {
                Process gen = new ProcessBuilder(java, "-jar", "target/quanze.jar", "generate", "--items", "50000",
                        catalog.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                assertThat(gen.waitFor(300, TimeUnit.SECONDS)).isTrue();
            }
        }
        Path dir = report.getParent();
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(f -> f.toFile().delete());
        }
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
        assertThat(p.isAlive()).as("the run is still writing").isTrue();
        return p;
    }
}
