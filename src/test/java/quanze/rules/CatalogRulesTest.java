package quanze.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static quanze.support.TestCatalog.approval;
import static quanze.support.TestCatalog.with;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.support.TestCatalog;

/** rules/catalog.drl: QZ111, QZ112, QZ113. */
class CatalogRulesTest {

    @TempDir
    Path tmp;

    @Test
    void qz111ACountThatDoesNotMatchIsFound() {
        var r = new TestCatalog().expect(1, 2).approvals(approval("a")).check(tmp);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("QZ111");
            assertThat(f.itemId()).isNull();
            assertThat(f.message()).isEqualTo("expected 2 approval items in 1 categories delegated, but the rules"
                    + " delegate 1 items in 1 categories");
        });
    }

    @Test
    void qz111AMatchingCountIsNotFound() {
        assertThat(new TestCatalog().expect(1, 2).approvals(approval("a"), approval("b")).codes(tmp)).isEmpty();
    }

    @Test
    void qz111NothingDelegatedAgainstAnExpectationIsFound() {
        var item = with(approval("a"), "traits", java.util.List.of());
        with(item, "declared", TestCatalog.declared("city", "by-law", "city-dept", "city-dept"));
        assertThat(new TestCatalog().expect(1, 1).approvals(item).codes(tmp)).containsExactly("QZ111");
    }

    @Test
    void qz112TheSameIdTwiceIsFoundOnce() {
        var r = new TestCatalog().approvals(approval("a"), approval("a")).check(tmp);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("QZ112");
            assertThat(f.message()).contains("item id 'a' is used again");
        });
    }

    @Test
    void qz112TheSameNameWithAnotherTypeIsFound() {
        var b = with(with(approval("b"), "name", java.util.Map.of("zh", "審批 a")), "type", "other");
        var r = new TestCatalog().approvals(approval("a"), b).check(tmp);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("QZ112");
            assertThat(f.itemId()).isEqualTo("b");
            assertThat(f.message()).contains("another type: licensing there, other here");
        });
    }

    @Test
    void qz112DistinctItemsAreNotFound() {
        assertThat(new TestCatalog().approvals(approval("a"), approval("b")).codes(tmp)).isEmpty();
    }

    @Test
    void qz113AnUnknownBodyIsFoundWhereItIsNamed() {
        var r = new TestCatalog().approvals(with(approval("a"), "declared.roles.policy", "city-nobody")).check(tmp);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("QZ113");
            assertThat(f.message()).isEqualTo("declared.roles.policy names 'city-nobody', which is not a body of"
                    + " this catalog");
        });
    }

    @Test
    void qz113AnUnknownLevelIsFound() {
        assertThat(new TestCatalog().approvals(with(approval("a"), "floor", "province")).codes(tmp))
                .contains("QZ113");
    }

    @Test
    void qz113APrincipleThatNamesNoLevelOfTheCatalogIsFound() {
        var r = new TestCatalog().set("principle", java.util.Map.of("delegateTo", "distrct"))
                .approvals(approval("a")).check(tmp);
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("QZ113");
            assertThat(f.message()).isEqualTo("principle.delegateTo names 'distrct', which is not a level of this"
                    + " catalog; did you mean 'district'?");
        });
    }

    @Test
    void qz113KnownReferencesAreNotFound() {
        assertThat(new TestCatalog().approvals(approval("a")).codes(tmp)).doesNotContain("QZ113");
    }
}
