package quanze.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static quanze.support.TestCatalog.approval;
import static quanze.support.TestCatalog.declared;
import static quanze.support.TestCatalog.with;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.model.Finding;
import quanze.support.TestCatalog;

/** rules/levels.drl: QZ101, QZ104, QZ108. */
class LevelRulesTest {

    @TempDir
    Path tmp;

    @Test
    void qz101ADelegablePowerDeclaredAtTheCityIsFound() {
        var item = with(approval("a"), "declared", declared("city", "by-law", "city-dept", "city-dept"));
        var r = new TestCatalog().approvals(item).check(tmp);
        Finding f = r.findings().stream().filter(x -> x.code().equals("QZ101")).findFirst().orElseThrow();
        assertThat(f.itemId()).isEqualTo("a");
        assertThat(f.message()).contains("declared at 'city'").contains("delegated to 'district'")
                .contains("[micro]");
        assertThat(f.location().file()).isEqualTo("test/catalog.yaml");
        assertThat(f.location().line()).isGreaterThan(0);
    }

    @Test
    void qz101APowerDeclaredWhereThePrincipleGivesItIsNotFound() {
        assertThat(new TestCatalog().approvals(approval("a")).codes(tmp)).doesNotContain("QZ101");
    }

    @Test
    void qz104APowerBelowItsFloorWithoutEntrustmentIsFound() {
        var item = with(approval("a"), "floor", "city");
        var codes = new TestCatalog().approvals(item).codes(tmp);
        assertThat(codes).contains("QZ104");
    }

    @Test
    void qz104AnEntrustmentWithItsOwnLegalBasisIsAccepted() {
        var item = with(with(approval("a"), "floor", "city"), "declared.source", "entrusted");
        with(item, "declared.entrustment", Map.of("by", "city-dept",
                "basis", List.of(Map.of("law", "行政許可法", "article", "24", "rank", "law"))));
        assertThat(new TestCatalog().approvals(item).codes(tmp)).doesNotContain("QZ104");
    }

    @Test
    void qz104AnEntrustmentWithoutBasisIsNotEnough() {
        var item = with(with(approval("a"), "floor", "city"), "declared.source", "entrusted");
        with(item, "declared.entrustment", Map.of("by", "city-dept"));
        var r = new TestCatalog().approvals(item).check(tmp);
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("QZ104");
            assertThat(f.message()).contains("an entrustment that cites no legal basis");
        });
    }

    @Test
    void qz104AnEntrustmentRestingOnANormativeDocumentOrAPartyRegulationIsNotEnough() {
        for (String rank : List.of("normative-document", "party-regulation")) {
            var item = with(with(approval("a"), "floor", "city"), "declared.source", "entrusted");
            with(item, "declared.entrustment", Map.of("by", "city-dept",
                    "basis", List.of(Map.of("law", "关于委托实施的通知", "article", "2", "rank", rank))));
            var r = new TestCatalog().approvals(item).check(tmp);
            assertThat(r.findings()).as(rank).anySatisfy(f -> {
                assertThat(f.code()).isEqualTo("QZ104");
                assertThat(f.message()).contains("an entrustment resting only on a " + rank + " (关于委托实施的通知), where an"
                        + " entrustment must rest on a law, regulation or rule (行政许可法 Art. 24, 行政处罚法 Art. 20)");
            });
        }
    }

    @Test
    void qz108ARoleHeldByAStreetOfficeIsFound() {
        var item = with(approval("a"), "declared.roles.execution", "street-office");
        var r = new TestCatalog().approvals(item).check(tmp);
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("QZ108");
            assertThat(f.message()).contains("execution by street-office (street)");
        });
    }

    @Test
    void qz108ABodyOfALevelInForceIsNotFound() {
        assertThat(new TestCatalog().approvals(approval("a")).codes(tmp)).doesNotContain("QZ108");
    }
}
