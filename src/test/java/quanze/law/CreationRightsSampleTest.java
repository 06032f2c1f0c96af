package quanze.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import quanze.catalog.CatalogReader;
import quanze.cli.RunAccess;
import quanze.engine.Engine;
import quanze.engine.RuleBase;
import quanze.model.Catalog;

/**
 * Precision of who may create what (QZ106, QZ124, QZ125) on the real Karamay lists, against the labelled findings
 * in {@code src/test/resources/quanze/creation/labelled.yaml}. The lists are read from {@code ../shared/real-lists}
 * where they are; without them the test is skipped and says so.
 */
class CreationRightsSampleTest {

    @TempDir
    Path tmp;

    record Label(String item, String code, Boolean right, String why) {
    }

    record Labels(List<Label> findings, List<Label> mustNotFire) {
    }

    @Test
    void everyCreationFindingOnTheRealListsIsLabelledAndRight() throws Exception {
        Path karamay = quanze.support.Needs.realLists("karamay",
                "the precision of who-may-create findings cannot be measured");
        Path out = tmp.resolve("karamay");
        RunAccess imported = RunAccess.of("import", karamay.toString(), "--out", out.toString());
        assertThat(imported.exit()).as(imported.err()).isIn(0, 1);
        Catalog catalog = new CatalogReader().read(out, "karamay");
        Set<String> codes = Set.of("QZ106", "QZ124", "QZ125");
        Map<String, String> found = new TreeMap<>();
        new Engine(RuleBase.bundled()).check(catalog).findings().stream().filter(f -> codes.contains(f.code()))
                .forEach(f -> found.put(f.itemId() + " " + f.code(), f.message()));

        Labels labels = new ObjectMapper(new YAMLFactory()).readValue(
                Path.of("src/test/resources/quanze/creation/labelled.yaml").toFile(), Labels.class);
        Map<String, Label> labelled = labels.findings().stream()
                .collect(Collectors.toMap(l -> l.item() + " " + l.code(), l -> l));
        assertThat(found.keySet()).as("every finding is labelled, and every labelled finding is found: %s", found)
                .isEqualTo(labelled.keySet());
        Set<String> mustNot = labels.mustNotFire().stream().map(Label::item).collect(Collectors.toSet());
        assertThat(found.keySet().stream().map(k -> k.split(" ")[0])).as("rows that must give no creation finding")
                .noneMatch(mustNot::contains);
        long right = labelled.values().stream().filter(l -> Boolean.TRUE.equals(l.right())).count();
        System.out.printf("who-may-create on the Karamay lists: %d findings, %d judged right (precision %.0f%%);"
                + " %d rows that must not fire do not%n", found.size(), right, 100.0 * right / Math.max(1, found.size()),
                mustNot.size());
        assertThat(right).as("precision: every finding judged right").isEqualTo(found.size());
    }
}
