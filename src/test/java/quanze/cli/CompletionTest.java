package quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quanze completion}: picocli's bash/zsh completion of every command and option (issue 14). */
class CompletionTest {

    @TempDir
    Path tmp;

    @Test
    void theScriptCompletesEveryCommandAndItsOptionsAndIsValidBash() throws Exception {
        Run r = Run.of("completion");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("complete -F _complete_quanze", "quanze").contains("--fail-on", "--as-of", "--waivers");
        for (String command : Quanze.COMMANDS.keySet()) assertThat(r.out()).contains(command);
        Path script = Files.writeString(tmp.resolve("quanze.bash"), r.out());
        Process p = new ProcessBuilder("bash", "-c", "source " + script + " && complete -p quanze ./quanze").start();
        String out = new String(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(out).contains("quanze").contains("./quanze");
    }
}
