package quanze.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.support.BrokenRules;

/** quanze lint on the shipped rules, and on rules broken on purpose. */
class LintTest {

    @TempDir
    Path tmp;

    private static List<LintFinding> lint(Path rules) {
        return Lint.run(new Lint.Target(rules, rules == null ? "rules" : "my-rules", Path.of("rules"),
                Path.of("rules/tests"), "rules/tests"));
    }

    @Test
    void theShippedRulesAreCleanWithFullCoverage() {
        assertThat(lint(null)).isEmpty();
    }

    @Test
    void aScopeRuleThatDecidesAloneIsAConflictWithACounterexample() throws IOException {
        Path rules = BrokenRules.scopeRuleDecidingAlone(tmp);
        List<LintFinding> found = lint(rules);
        assertThat(found).anySatisfy(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.message()).contains("get more than one decision (a conflict)")
                    .endsWith("the smallest: scope=cross-district");
            assertThat(f.scenario()).contains("item: {scope: cross-district}").contains("expect:");
        });
    }

    @Test
    void droppingTheRuleThatRetainsABlockedPowerLeavesAGap() throws IOException {
        Path rules = BrokenRules.copy(tmp);
        Path decisions = rules.resolve("decisions.drl");
        String drl = Files.readString(decisions);
        int start = drl.indexOf("rule \"A power the principle does not delegate stays with the city");
        int end = drl.indexOf("\nend\n", start) + 5;
        Files.writeString(decisions, drl.substring(0, start) + drl.substring(end));
        assertThat(lint(rules)).anySatisfy(f -> {
            assertThat(f.message()).contains("get no decision (a gap)").endsWith("the smallest: traits=[]");
            assertThat(f.scenario()).contains("item: {traits: []}");
        });
    }

    @Test
    void droppingTheLawfulRouteRuleLeavesRoutesNeitherLawfulNorFound() throws IOException {
        Path rules = BrokenRules.copy(tmp);
        Path routes = rules.resolve("routes.drl");
        String drl = Files.readString(routes);
        int start = drl.indexOf("rule \"" + RouteSpace.LAWFUL + "\"");
        int end = drl.indexOf("\nend\n", start) + 5;
        Files.writeString(routes, drl.substring(0, start) + drl.substring(end));
        assertThat(lint(rules)).anySatisfy(f -> assertThat(f.message()).startsWith("route space: ")
                .contains("are neither lawful nor found (a gap)"));
    }

    @Test
    void aCodeGivenToTwoRulesIsAnError() throws IOException {
        Path rules = BrokenRules.copy(tmp);
        Path legality = rules.resolve("legality.drl");
        String drl = Files.readString(legality);
        String changed = drl.replace("@code(\"QZ107\")", "@code(\"QZ105\")");
        assertThat(changed).isNotEqualTo(drl);
        Files.writeString(legality, changed);
        assertThat(lint(rules)).anySatisfy(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.message()).startsWith("finding code QZ105 belongs to 2 rules")
                    .contains("\"Every power has a legal basis\"")
                    .contains("\"Every power has responsibility items and accountability cases\"");
            assertThat(f.location().toString()).startsWith("my-rules/legality.drl:");
        });
    }

    @Test
    void aNatureRuleThatIgnoresTheRouteIsAGapInTheNatureSpace() throws IOException {
        Path rules = BrokenRules.copy(tmp);
        Path routes = rules.resolve("routes.drl");
        String drl = Files.readString(routes);
        // the rule now asks only whether the nature may exercise the type, whatever the route
        String changed = drl.replace("!$p.natureMay(declared.exercisedBy().nature(), type, declared.source))",
                "!$p.natureMay(declared.exercisedBy().nature(), type, null))");
        assertThat(changed).isNotEqualTo(drl);
        Files.writeString(routes, changed);
        assertThat(lint(rules)).anySatisfy(f -> assertThat(f.message()).startsWith("nature space: ")
                .contains("with no QZ123 (a gap)"));
    }

    @Test
    void aRuleWithoutCodeOrBasisAndABadNameIsAnError() throws IOException {
        Path rules = BrokenRules.copy(tmp);
        Files.writeString(rules.resolve("extra.drl"), """
                package quanze.rules;
                import quanze.model.*;

                rule "check"
                when
                    $i : Item(id == "never")
                then
                end
                """);
        List<LintFinding> found = lint(rules);
        assertThat(found).filteredOn(f -> f.location().toString().startsWith("my-rules/extra.drl:4:1"))
                .extracting(LintFinding::message)
                .anySatisfy(m -> assertThat(m).contains("is not named as a sentence"))
                .anySatisfy(m -> assertThat(m).contains("neither @code"))
                .anySatisfy(m -> assertThat(m).contains("has no @basis"));
        assertThat(found).anySatisfy(f -> assertThat(f.message()).isEqualTo("no scenario fires rule \"check\""));
    }

    @Test
    void drlThatDoesNotCompileIsReportedWithFileAndLine() throws IOException {
        Path rules = BrokenRules.copy(tmp);
        Files.writeString(rules.resolve("bad.drl"), "package quanze.rules;\nimport quanze.model.*;\n\n"
                + "rule \"A broken rule that reads a field no item has\"\nwhen\n    $i : Item(nosuchfield == 1)\nthen\nend\n");
        assertThat(lint(rules)).singleElement().satisfies(f -> {
            assertThat(f.location().toString()).isEqualTo("my-rules/bad.drl:6:1");
            assertThat(f.message()).startsWith("rule does not compile:");
        });
    }
}
