package quanze.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import quanze.engine.RuleBase;

/** docs/rulebook.md is what the rules and scenarios make of it today. */
class RulebookTest {

    @Test
    void theCommittedRulebookIsUpToDate() throws Exception {
        String now = Rulebook.render(RuleBase.bundled(), Path.of("rules"), "rules", Path.of("rules/tests"), "rules/tests");
        assertThat(Files.readString(Path.of("docs/rulebook.md")))
                .as("docs/rulebook.md is out of date: run ./quanze rulebook --output docs/rulebook.md")
                .isEqualTo(now);
        assertThat(now).contains("### A grassroots, foundational or micro-level power is delegated to the district")
                .contains("- **QZ104**, error");
    }
}
