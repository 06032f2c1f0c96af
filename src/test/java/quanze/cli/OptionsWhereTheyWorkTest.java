package quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each command shows only the options it acts on (issue 14: every command advertised the engine limits). */
class OptionsWhereTheyWorkTest {

    @ParameterizedTest
    @ValueSource(strings = {"check", "explain"})
    void theCommandsThatRunTheRulesOverACatalogTakeTheEngineLimits(String command) {
        assertThat(Run.of(command, "--help").out()).contains("--rule-timeout").contains("--max-firings-per-item");
    }

    @ParameterizedTest
    @ValueSource(strings = {"candidates", "test", "lint", "rulebook", "diff", "import", "generate"})
    void theOthersDoNotAdvertiseThem(String command) {
        Run r = Run.of(command, "--help");
        assertThat(r.out()).doesNotContain("--rule-timeout").doesNotContain("--max-firings-per-item");
        var spec = Quanze.commandLine(new String[0]).getSubcommands().get(command).getCommandSpec();
        assertThat(spec.findOption("--rule-timeout")).isNull();
        assertThat(spec.findOption("--max-firings-per-item")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lint", "rulebook", "test"})
    void theYamlLimitsTheyShowAreTheLimitsTheyReadWith(String command) {
        // issue 14: lint and rulebook showed --max-yaml-depth and read their scenarios without it
        Run r = Run.of(command, "--max-yaml-depth", "2");
        assertThat(r.exit()).as(r.out() + r.err()).isNotZero();
        assertThat(r.out() + r.err()).contains("nested").contains("--max-yaml-depth");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "explain", "test", "lint", "rulebook", "diff"})
    void theCommandsThatReadTheRulesTakeRules(String command) {
        assertThat(Quanze.commandLine(new String[0]).getSubcommands().get(command).getCommandSpec().findOption("--rules"))
                .isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"candidates", "import", "generate", "completion"})
    void theOthersDoNotTakeRules(String command) {
        // issue 14: candidates offered --rules and built a rule base it never ran
        assertThat(Quanze.commandLine(new String[0]).getSubcommands().get(command).getCommandSpec().findOption("--rules"))
                .isNull();
    }
}
