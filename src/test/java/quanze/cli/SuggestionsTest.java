package quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A misspelt command or option gets the suggestion a misspelt YAML field gets (issue 14: none before). */
class SuggestionsTest {

    @Test
    void misspeltCommandsAndOptionsSuggestTheNameMeant() {
        RunAccess chek = RunAccess.of("chek");
        assertThat(chek.exit()).isEqualTo(2);
        assertThat(chek.err()).contains("'chek'; did you mean 'check'?");
        RunAccess help = RunAccess.of("help", "chek");
        assertThat(help.exit()).isEqualTo(2);
        assertThat(help.err()).contains("Unknown subcommand 'chek'; did you mean 'check'?");
        for (String command : new String[] {"check", "diff"}) {
            RunAccess fromat = RunAccess.of(command, "--fromat", "json");
            assertThat(fromat.exit()).as(command).isEqualTo(2);
            assertThat(fromat.err()).as(command).contains("Unknown option: '--fromat'; did you mean '--format'?");
        }
        // nothing close: no suggestion
        assertThat(RunAccess.of("zzzzzz").err()).doesNotContain("did you mean");
    }

    @Test
    void aBadFormatIsWordedAlikeByEveryCommand() {
        RunAccess check = RunAccess.of("check", "--format", "xml");
        RunAccess diff = RunAccess.of("diff", "catalog/huangshi/variants/micro-only.yaml", "--format", "xml");
        RunAccess candidates = RunAccess.of("candidates", "--from", "city", "--to", "district", "--format", "xml");
        for (RunAccess r : new RunAccess[] {check, diff, candidates}) {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).startsWith("quanze: Invalid value for option '--format': unknown format 'xml' (expected one of: ");
        }
    }
}
