package quanze.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.cli.RunAccess;
import quanze.support.BrokenRules;
import quanze.support.TestCatalog;

/** A custom rule that loops stops with a clear error instead of hanging. */
class RuleLimitsTest {

    @TempDir
    Path tmp;

    @Test
    void aRuleThatNeverStopsFiringIsStoppedByTheFiringLimit() throws Exception {
        Path rules = BrokenRules.copy(tmp);
        Files.writeString(rules.resolve("loop.drl"), """
                package quanze.rules;
                import quanze.model.*;

                rule "A rule that feeds itself forever"
                    @derivation @basis("none: a test of the firing limit")
                when
                    $f : Firing()
                then
                    insert(new Firing($f.itemId(), $f.rule() + "+", null, null));
                end

                rule "A rule that starts the loop for every item"
                    @derivation @basis("none: a test of the firing limit")
                when
                    $i : Item()
                then
                    insert(new Firing($i.id(), "start", null, null));
                end
                """);
        Path catalog = new TestCatalog().approvals(TestCatalog.approval("a")).write(tmp);
        RunAccess r = RunAccess.of("check", catalog.toString(), "--rules", rules.toString(), "--max-firings-per-item", "50");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith(Path.of(rules.toString(), "loop.drl") + ":4:1: rule \"A rule that feeds itself"
                        + " forever\" fired 10051 times: the rules fired more than 10050 times for 1 items and were"
                        + " stopped (a rule that loops?)")
                .contains("--max-firings-per-item").doesNotContain("\tat ");
    }

    @Test
    void aCustomRuleThatThrowsIsNamedWithItsPlaceAndItem() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("throws"));
        Files.writeString(rules.resolve("throws.drl"), """
                package quanze.rules;
                import quanze.model.*;

                rule "A rule that throws"
                when
                    $i : Item()
                then
                    throw new IllegalStateException("no such thing");
                end
                """);
        Path catalog = new TestCatalog().approvals(TestCatalog.approval("a")).write(tmp);
        RunAccess r = RunAccess.of("check", catalog.toString(), "--rules", rules.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(rules.resolve("throws.drl") + ":4:1: rule \"A rule that throws\" failed on item a:"
                + " no such thing (IllegalStateException); nothing was checked\n");
    }

    @Test
    void aFindingsGlobalOfAnotherTypeIsNamedAtItsDeclaration() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("global"));
        Files.writeString(rules.resolve("global.drl"), """
                package quanze.rules;
                import quanze.model.*;
                global String findings;
                rule "A rule"
                when
                    Item()
                then
                end
                """);
        Path catalog = new TestCatalog().approvals(TestCatalog.approval("a")).write(tmp);
        RunAccess r = RunAccess.of("check", catalog.toString(), "--rules", rules.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith(rules.resolve("global.drl") + ":3:1: the global 'findings' is declared as"
                + " java.lang.String;");
    }

    @Test
    void theBundledRulesStayFarBelowTheLimit() {
        RunAccess r = RunAccess.of("check", "catalog/examples/before-reform", "--max-firings-per-item", "10");
        assertThat(r.exit()).isEqualTo(1);
    }
}
