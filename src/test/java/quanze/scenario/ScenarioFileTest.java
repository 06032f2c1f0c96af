package quanze.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.model.InputException;
import quanze.model.Problem;

/** Scenario files: a check written in a shape the runner does not read is an error at its place, never skipped. */
class ScenarioFileTest {

    @TempDir
    Path tmp;

    private java.util.List<String> problems(String yaml) throws Exception {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, yaml);
        var e = catchThrowableOfType(InputException.class, () -> ScenarioFile.read(f, "s.yaml"));
        assertThat(e).as(yaml).isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void everyValueOfTheWrongTypeIsReportedAtItsPlaceAllAtOnce() throws Exception {
        assertThat(problems("""
                - name: wrong types
                  given: {item: micro, principle: [micro]}
                  expect: {decision: [delegate], level: ~, roles: [city], findings: QZ999}
                - name: wrong types in findings and roles
                  given: {catalog: ../catalog}
                  expect: {item: x, roles: {policy: [city]}, findings: {present: QZ999, absent: [[QZ101]]}}
                """)).containsExactly(
                "s.yaml:2:17: 'given.item' must be a mapping, found the string 'micro'",
                "s.yaml:2:35: 'given.principle' must be a mapping, found a list",
                "s.yaml:3:22: 'expect.decision' must be a string, found a list",
                "s.yaml:3:41: 'expect.level' must be a string, found an empty value",
                "s.yaml:3:51: 'expect.roles' must be a mapping, found a list",
                "s.yaml:3:69: 'expect.findings' must be a list or a mapping {present, absent}, found the string"
                        + " 'QZ999'",
                "s.yaml:5:20: 'given.catalog' must be a mapping, found the string '../catalog'",
                "s.yaml:6:37: 'expect.roles.policy' must be a string, found a list",
                "s.yaml:6:66: 'expect.findings.present' must be a list, found the string 'QZ999'",
                "s.yaml:6:82: an entry of 'expect.findings.absent' must be a finding code (QZ and three digits), found a list");
    }

    @Test
    void unknownFieldsAnywhereSuggestTheNameMeant() throws Exception {
        assertThat(problems("""
                - name: typos
                  givne: {}
                  given: {itme: {traits: [micro]}}
                  expect: {decison: delegate, roles: {polcy: city}, findings: {prsent: [QZ101]}}
                """)).containsExactly(
                "s.yaml:2:3: unknown field 'givne' in a scenario; did you mean 'given'? (expected one of: name, given,"
                        + " expect)",
                "s.yaml:3:11: unknown field 'itme' in 'given'; did you mean 'item'? (expected one of: item, principle,"
                        + " catalog, asOf, waivers)",
                "s.yaml:4:12: unknown field 'decison' in 'expect'; did you mean 'decision'? (expected one of: item,"
                        + " decision, level, roles, rule, findings)",
                "s.yaml:4:39: unknown role 'polcy' in 'expect.roles'; did you mean 'policy'? (expected one of:"
                        + " policy, standard, inspection, supervision, management, execution, implementation, holder-supervision)",
                "s.yaml:4:64: unknown field 'prsent' in 'expect.findings'; did you mean 'present'? (expected one of:"
                        + " present, absent)");
    }

    @Test
    void partsThatTheRunnerWouldIgnoreAreErrors() throws Exception {
        assertThat(problems("""
                - name: an item beside a whole catalog, an expected item without one
                  given: {catalog: {catalog: {id: c, name: C}}, item: {traits: [micro]}}
                  expect: {findings: []}
                - name: an expected item without a catalog
                  given: {item: {traits: [micro]}}
                  expect: {item: scenario.item, decision: delegate}
                """)).containsExactly(
                "s.yaml:2:49: 'item' beside 'catalog' would be ignored: give a whole catalog (with its own principle"
                        + " block) or an item, not both",
                "s.yaml:6:12: 'item' would be ignored: it names the item to check in a given 'catalog', and there is"
                        + " none (the scenario's own item is checked)");
    }

    @Test
    void theShippedScenarioFilesAreWellFormed() throws Exception {
        assertThat(ScenarioSuite.read(Path.of("rules/tests"), "rules/tests")).isNotEmpty();
    }

    @Test
    void typesTraitsAndRolesMayBeNamedInChineseInEitherScript() throws Exception {
        Path f = tmp.resolve("zh.yaml");
        Files.writeString(f, """
                - name: 一項微觀審批下放到區，市保留監督
                  given:
                    item: {type: 行政許可, traits: [微觀性], scope: within-district,
                           basis: [{law: 建築法, article: "7", rank: law}]}
                  expect: {decision: delegate, roles: {管監督: city, 抓執行: district}, findings: []}
                - name: 一项微观审批下放到区
                  given:
                    item: {type: 行政许可, traits: [微观性], scope: within-district,
                           basis: [{law: 建筑法, article: "7", rank: law}]}
                  expect: {decision: delegate, roles: {管监督: city, 抓执行: district}}
                - name: a role misnamed in Chinese is still a problem
                  given: {item: {traits: [micro]}}
                  expect: {roles: {管政: city}}
                """);
        quanze.cli.RunAccess r = quanze.cli.RunAccess.of("test", f.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains("unknown role '管政' in 'expect.roles'");
        Files.writeString(f, Files.readString(f).replaceAll("(?s)- name: a role misnamed.*", ""));
        quanze.cli.RunAccess ok = quanze.cli.RunAccess.of("test", f.toString());
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("2 passed, 0 failed");
    }
}
