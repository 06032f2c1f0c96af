package quanze.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.catalog.CatalogReader;
import quanze.model.Catalog;
import quanze.model.InputException;
import quanze.model.Item;

/** A catalog's own `statutory:` words, laid over quanze's, and the errors a broken block gets. */
class CatalogWordsTest {

    @TempDir
    Path tmp;

    private Catalog read(String extra) throws Exception {
        Path dir = tmp.resolve("c");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("catalog.yaml"), Files.readString(Path.of("catalog/examples/read-the-law/catalog.yaml"))
                .replace("levels:\n", extra + "levels:\n"));
        return new CatalogReader().read(dir, "c");
    }

    private static Item item(Catalog c, String id) {
        return c.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theShippedWordsReadTheExample() throws Exception {
        Catalog c = read("");
        assertThat(item(c, "forest-damage").statutory().floor().id()).isEqualTo("county");
        assertThat(item(c, "seed-licence").statutory().floor().id()).isEqualTo("province");
        // a level above every level of the catalog is one of its own, ranked above them
        assertThat(item(c, "seed-licence").statutory().floor().rank()).isLessThan(c.levels().get(0).rank());
        assertThat(item(c, "variety-infringement").statutory().disagree()).isTrue();
    }

    @Test
    void aCatalogMayAddPhrasesAndVerbs() throws Exception {
        // 草原法 Art. 70's 县级人民政府 read, by this catalog's choice, as the county or above; and 整改 a penalty verb
        Catalog c = read("""
                statutory:
                  actors:
                    - {pattern: local-county-up, floor: county, highest: null, words: [县级人民政府草原行政主管部门]}
                  verbs:
                    penalty: [责令限期整改]
                """);
        Item i = item(c, "grassland-vehicles");
        assertThat(i.statutory().pattern()).isEqualTo("local-county-up");
        assertThat(i.statutory().highest()).isNull();
    }

    @Test
    void aBrokenBlockIsAnErrorAtItsPlace() {
        var e = catchThrowableOfType(InputException.class, () -> read("""
                statutory:
                  actor: []
                """));
        assertThat(e.problems().get(0).toString()).contains("catalog.yaml:").contains("unknown field 'actor' in 'statutory'")
                .contains("did you mean 'actors'");
        var level = catchThrowableOfType(InputException.class, () -> read("""
                statutory:
                  actors:
                    - {pattern: x, floor: citty, words: [某级]}
                """));
        assertThat(level.problems().get(0).toString()).contains("unknown floor 'citty' (expected one of: national, province, prefecture, county, township, community)");
    }
}
