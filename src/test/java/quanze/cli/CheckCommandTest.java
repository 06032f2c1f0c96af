package quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.support.TestCatalog;

/** {@code quanze check}, run in process: output, formats, exit codes. */
class CheckCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theHuangshiCatalogIsCleanAndSaysWhatWasDelegated() {
        Run r = Run.of("check");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("No findings.")
                .endsWith("23 approval items in 7 categories delegated\n"
                        + "49 items: 41 delegated, 3 taken back by the district, 5 retained; 0 errors, 0 warnings\n");
    }

    @Test
    void theBeforeReformListFailsWithTheFindingsTheReformAddressed() {
        Run r = Run.of("check", "catalog/examples/before-reform");
        assertThat(r.exit()).isEqualTo(1);
        for (String code : List.of("QZ101", "QZ102", "QZ103", "QZ104", "QZ105", "QZ106", "QZ107", "QZ108", "QZ109",
                "QZ110", "QZ111", "QZ112", "QZ113", "QZ114", "QZ122")) {
            assertThat(r.out()).as(code).containsPattern("error " + code + "[ :]|warning " + code + "[ :]");
        }
        assertThat(r.out()).contains("catalog/examples/before-reform/40-street-functions.yaml:")
                .contains("basis: 撤銷街道辦事處");
    }

    @Test
    void jsonCarriesItemsAndFindingsWithASchemaVersion() throws IOException {
        Run r = Run.of("check", "catalog/examples/before-reform", "--format", "json");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        JsonNode item = json.get("items").get(0);
        assertThat(item.fieldNames()).toIterable().contains("id", "category", "kind", "decision", "roles", "reasons");
        assertThat(item.get("roles").get("supervision").asText()).isEqualTo("city");
        JsonNode finding = json.get("findings").get(0);
        assertThat(finding.fieldNames()).toIterable()
                .contains("code", "severity", "item", "file", "line", "message", "basis");
        assertThat(json.get("summary").get("errors").asInt()).isPositive();
    }

    @Test
    void theReportGoesToAFileWrittenWhole() throws IOException {
        Path out = tmp.resolve("report.json");
        Files.writeString(out, "old");
        Run r = Run.of("check", "--format", "json", "--output", out.toString());
        assertThat(r.exit()).isZero();
        // the report is in the file; the log says where, and what was found (issue 14: it printed nothing)
        assertThat(r.out()).isEqualTo("wrote " + out + ": 49 items: 41 delegated, 3 taken back by the district, 5 retained; 0 errors, 0 warnings\n");
        assertThat(new ObjectMapper().readTree(out.toFile()).get("summary").get("items").asInt()).isEqualTo(49);
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void failOnWarningTurnsAWarningIntoExitOne() {
        var item = TestCatalog.with(TestCatalog.approval("a"), "accountability", List.of());
        Path dir = new TestCatalog().approvals(item).write(tmp);
        assertThat(Run.of("check", dir.toString()).exit()).isZero();
        Run strict = Run.of("check", dir.toString(), "--fail-on", "warning");
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.out()).contains("warning QZ107 a:");
    }

    @Test
    void aBrokenCatalogExitsTwoWithPlacesAndNoStackTrace() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("broken"));
        String yaml = new TestCatalog().approvals(TestCatalog.approval("a")).yaml()
                .replace("scope:", "scoop:").replace("\"licensing\"", "\"licence\"");
        Files.writeString(dir.resolve("catalog.yaml"), yaml);
        Run r = Run.of("check", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).containsPattern("catalog.yaml:\\d+:\\d+: unknown field 'scoop' in an item; did you mean 'scope'\\?")
                .containsPattern("catalog.yaml:\\d+:\\d+: unknown type 'licence'")
                .containsPattern("catalog.yaml:\\d+:\\d+: missing required field 'scope' in an item")
                .contains("3 problems in the input; nothing was checked.")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingFolderAndABadOptionAreUsageErrors() {
        Run missing = Run.of("check", tmp.resolve("nope").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such catalog folder");
        Run bad = Run.of("check", "--format", "pdf");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown format 'pdf' (expected one of: text, json, sarif, junit, github, markdown, html, xlsx)");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithTheFlagThatRaisesIt() {
        Run r = Run.of("check", "--max-file-bytes", "1000");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).containsPattern("catalog/huangshi/\\d\\d-\\w+\\.yaml:1:1: file is \\d+ bytes, over the limit of 1000"
                + " bytes \\(raise it with --max-file-bytes\\)");
    }

    @Test
    void theYamlLimitsHaveFlagsThatTheirMessagesName() {
        Run deep = Run.of("check", "--max-yaml-depth", "3");
        assertThat(deep.exit()).isEqualTo(2);
        assertThat(deep.err()).contains("nested deeper than 3 levels (raise it with --max-yaml-depth)");
    }

    @Test
    void customRulesCompiledAtRunTimeGiveTheSameReport() {
        Run bundled = Run.of("check", "catalog/examples/before-reform", "--format", "json");
        Run custom = Run.of("check", "catalog/examples/before-reform", "--format", "json", "--rules", "rules");
        assertThat(custom.exit()).isEqualTo(bundled.exit());
        assertThat(custom.out()).isEqualTo(bundled.out());
    }

    @Test
    void anOutputThatCannotBeWrittenIsRefusedBeforeAnyWorkAndNoFolderIsMade() {
        Path missing = tmp.resolve("no/such/r.json");
        Run r = Run.of("check", "--output", missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("r.json: its folder").contains("does not exist (create it first)");
        assertThat(tmp.resolve("no")).doesNotExist();
        Run folder = Run.of("check", "--output", tmp.toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).contains(": is a folder: give a file name for the report").doesNotContain("tmp -> ");
        for (String[] args : new String[][] {{"diff", "catalog/huangshi/variants/micro-only.yaml", "--output", missing.toString()},
                {"rulebook", "--output", missing.toString()},
                {"candidates", "--from", "city", "--to", "district", "--output", missing.toString()}}) {
            Run other = Run.of(args);
            assertThat(other.exit()).as(args[0]).isEqualTo(2);
            assertThat(other.err()).as(args[0]).contains("does not exist (create it first)");
        }
        assertThat(tmp.resolve("no")).doesNotExist();
    }
}
