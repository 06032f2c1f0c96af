package quanze.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

import quanze.scenario.Scenario;
import quanze.scenario.ScenarioFile;
import quanze.scenario.ScenarioRunner;

/** A scenario file read and every scenario in it run against the bundled rules. */
class ScenarioFuzzTest {

    private static final ScenarioRunner RUNNER = new ScenarioRunner(Oracle.RULES);

    @FuzzTest(maxDuration = "60s")
    void aScenarioFileRun(byte[] data) throws Exception {
        Path file = Files.write(Oracle.scratch("scenario").resolve("fuzzed.yaml"), data);
        Oracle.holds("tests/fuzzed.yaml", () -> {
            for (Scenario s : ScenarioFile.read(file, "tests/fuzzed.yaml")) RUNNER.run(s);
        });
    }
}
