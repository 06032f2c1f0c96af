package quanze.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.bench.PlainJavaBaseline;
import quanze.catalog.CatalogReader;
import quanze.generate.CatalogGenerator;
import quanze.model.Catalog;
import quanze.model.CheckResult;

/**
 * The rules and an independent plain-Java implementation of them agree, decision by decision and finding by
 * finding, on the shipped catalogs and on generated ones of any size.
 */
class BaselineEquivalenceTest {

    @TempDir
    Path tmp;

    private static void assertSame(Catalog catalog) {
        CheckResult drools = new Engine(RuleBase.bundled()).check(catalog);
        PlainJavaBaseline.Result java = PlainJavaBaseline.run(catalog);
        assertThat(drools.decisions()).hasSameSizeAs(catalog.items());
        assertThat(drools.decisions().stream()
                .map(d -> new PlainJavaBaseline.Outcome(d.itemId(), d.verdict(), d.level(), d.roles())).toList())
                .isEqualTo(java.decisions());
        Comparator<PlainJavaBaseline.Found> order = Comparator.comparing(PlainJavaBaseline.Found::where)
                .thenComparing(PlainJavaBaseline.Found::code)
                .thenComparing(f -> String.valueOf(f.itemId()));
        List<PlainJavaBaseline.Found> fromRules = drools.findings().stream()
                .map(f -> new PlainJavaBaseline.Found(f.code(), f.itemId(), f.location().toString()))
                .sorted(order).toList();
        assertThat(fromRules).isEqualTo(java.findings().stream().sorted(order).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog/huangshi", "catalog/examples/before-reform"})
    void theShippedCatalogs(String dir) throws Exception {
        assertSame(new CatalogReader().read(Path.of(dir), dir));
    }

    @Test
    void aGeneratedCatalogOfTwentyThousandItemsWithFaults() throws Exception {
        Path dir = tmp.resolve("g");
        new CatalogGenerator(new CatalogGenerator.Options(20_000, 7, 8_000)).write(dir, n -> { });
        Catalog catalog = new CatalogReader().read(dir, "g");
        assertThat(catalog.items()).hasSize(20_000);
        assertSame(catalog);
        assertThat(new Engine(RuleBase.bundled()).check(catalog).findings()).extracting(f -> f.code())
                .contains("QZ101", "QZ102", "QZ105", "QZ106", "QZ107", "QZ108", "QZ112", "QZ114");
    }
}
