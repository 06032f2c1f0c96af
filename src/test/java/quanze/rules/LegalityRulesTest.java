package quanze.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static quanze.support.TestCatalog.approval;
import static quanze.support.TestCatalog.with;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.support.TestCatalog;

/** rules/legality.drl: QZ105, QZ106, QZ107. */
class LegalityRulesTest {

    @TempDir
    Path tmp;

    @Test
    void qz105APowerWithoutLegalBasisIsFound() {
        var r = new TestCatalog().approvals(with(approval("a"), "basis", List.of())).check(tmp);
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("QZ105");
            assertThat(f.basis()).contains("職權法定");
        });
    }

    @Test
    void qz105APowerWithALawIsNotFound() {
        assertThat(new TestCatalog().approvals(approval("a")).codes(tmp)).doesNotContain("QZ105");
    }

    @Test
    void qz106ALicenceCreatedByADepartmentalRuleIsFound() {
        var item = with(approval("a"), "basis", List.of(Map.of("law", "住宅室內裝飾裝修管理辦法", "article", "13",
                "rank", "departmental-rule")));
        var r = new TestCatalog().approvals(item).check(tmp);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("QZ106");
            assertThat(f.message()).contains("住宅室內裝飾裝修管理辦法").contains("departmental-rule");
            assertThat(f.basis()).contains("行政許可法 Art. 14-17");
        });
    }

    @Test
    void qz106ALicenceWithALocalRegulationBesideTheRuleIsNotFound() {
        var item = with(approval("a"), "basis", List.of(
                Map.of("law", "某辦法", "article", "3", "rank", "departmental-rule"),
                Map.of("law", "湖北省某條例", "article", "5", "rank", "local-regulation")));
        assertThat(new TestCatalog().approvals(item).codes(tmp)).doesNotContain("QZ106");
    }

    @Test
    void qz106AFilingResTingOnANormativeDocumentIsNotALicence() {
        var item = with(with(approval("a"), "type", "other"), "basis",
                List.of(Map.of("law", "某通知", "article", "2", "rank", "normative-document")));
        assertThat(new TestCatalog().approvals(item).codes(tmp)).doesNotContain("QZ106");
    }

    @Test
    void qz107APowerWithoutAccountabilityCasesIsAWarning() {
        var r = new TestCatalog().approvals(with(approval("a"), "accountability", List.of())).check(tmp);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("QZ107");
            assertThat(f.severity().key()).isEqualTo("warning");
            assertThat(f.message()).contains("accountability cases");
        });
    }

    @Test
    void qz107APowerWithBothListsIsNotFound() {
        assertThat(new TestCatalog().approvals(approval("a")).codes(tmp)).doesNotContain("QZ107");
    }
}
