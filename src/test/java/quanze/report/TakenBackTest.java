package quanze.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.model.CheckResult;
import quanze.script.Lang;
import quanze.support.TestCatalog;

/**
 * Functions of an abolished street office taken back (收归) by the district go up, not down: every summary counts
 * them apart from the powers the city delegates (issue 15), and a function that stays with a street level in force
 * is not taken back.
 */
class TakenBackTest {

    private static Map<String, Object> streetFunction(String id, String origin) {
        Map<String, Object> item = TestCatalog.approval(id);
        item.remove("traits");
        item.remove("scope");
        item.put("type", "other");
        item.put("origin", origin);
        return item;
    }

    @Test
    void aFunctionOfAnAbolishedStreetOfficeIsTakenBackNotDelegated(@TempDir Path tmp) {
        CheckResult r = new TestCatalog().approvals(TestCatalog.approval("a"))
                .category("street", "street-function", List.of(streetFunction("s1", "street"), streetFunction("s2", "street")))
                .check(tmp);
        assertThat(r.delegated()).isEqualTo(1);
        assertThat(r.takenBack()).isEqualTo(2);
        assertThat(Summary.totals(r, Lang.EN)).startsWith("3 items: 1 delegated, 2 taken back by the district, 0 retained");
        assertThat(Summary.totals(r, Lang.ZH_HANS)).startsWith("事项 3 项：下放 1 项，区级收归 2 项，保留 0 项");
    }

    @Test
    void aFunctionThatStaysWithAStreetLevelInForceIsNotTakenBack(@TempDir Path tmp) {
        CheckResult r = new TestCatalog().approvals(TestCatalog.approval("a"))
                .set("levels", List.of(Map.of("id", "city"), Map.of("id", "district"), Map.of("id", "street"),
                        Map.of("id", "community")))
                .category("street", "street-function", List.of(streetFunction("s1", "street")))
                .check(tmp);
        assertThat(r.takenBack()).isZero();
        assertThat(Summary.totals(r, Lang.EN)).startsWith("2 items: 2 delegated, 0 retained");
    }
}
