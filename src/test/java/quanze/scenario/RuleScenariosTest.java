package quanze.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import quanze.engine.RuleBase;
import quanze.support.BrokenRules;

/** Every scenario in rules/tests/ runs as a JUnit test, so the project's test command runs them all. */
class RuleScenariosTest {

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioPasses() throws Exception {
        ScenarioRunner runner = new ScenarioRunner(RuleBase.bundled());
        List<Scenario> scenarios = ScenarioSuite.read(Path.of("rules/tests"), "rules/tests");
        assertThat(scenarios).hasSizeGreaterThan(30);
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.location() + " " + s.name(), () -> {
            var o = runner.run(s);
            assertThat(o.failures()).as("%s: %s%n    rerun: ./quanze test %s --line %d", s.location(), s.name(),
                    s.location().file(), s.location().line()).isEmpty();
        }));
    }

    @Test
    void everyShippedRuleIsFiredBySomeScenario() throws Exception {
        ScenarioRunner runner = new ScenarioRunner(RuleBase.bundled());
        var fired = new java.util.HashSet<String>();
        for (Scenario s : ScenarioSuite.read(Path.of("rules/tests"), "rules/tests")) {
            runner.run(s).firings().forEach(f -> fired.add(f.rule()));
        }
        assertThat(fired).containsAll(RuleBase.bundled().rules().stream().map(r -> r.name()).toList());
    }

    @Test
    void aScopeRuleThatDecidesAloneMakesAScenarioFailReadably() throws Exception {
        Path rules = BrokenRules.scopeRuleDecidingAlone(tmp);
        ScenarioRunner runner = new ScenarioRunner(RuleBase.compile(rules, "broken-rules"));
        var failed = ScenarioSuite.read(Path.of("rules/tests"), "rules/tests").stream().map(runner::run)
                .filter(o -> !o.passed()).toList();
        assertThat(failed).isNotEmpty();
        assertThat(failed).anySatisfy(o -> {
            assertThat(o.scenario().name()).isEqualTo("A cross-district power stays with the city even when it is micro-level");
            assertThat(o.failures()).anySatisfy(f -> assertThat(f).contains("decisions were derived").contains("(a conflict)"));
        });
    }
}
