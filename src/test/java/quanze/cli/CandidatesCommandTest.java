package quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quanze candidates}: what the law allows one level down, and the variant it writes for quanze diff. */
class CandidatesCommandTest {

    @TempDir
    Path tmp;

    private static final String EXAMPLE = "catalog/examples/read-the-law";

    @Test
    void groupsThePowersByWhatTheLawAllowsAndWritesTheFirstGroupAsAVariantThatDiffRuns() throws Exception {
        Path variant = tmp.resolve("law-allows.yaml");
        RunAccess r = RunAccess.of("candidates", EXAMPLE, "--from", "prefecture", "--to", "county", "--format", "json",
                "--write-variant", variant.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("allowed")).extracting(n -> n.get("id").asText()).containsExactly("grassland-vehicles");
        assertThat(j.get("allowed").get(0).get("why").asText()).contains("县级人民政府草原行政主管部门");
        assertThat(j.get("needsTransfer")).extracting(n -> n.get("id").asText()).containsExactly("pesticide-licence");
        assertThat(j.get("keptAbove")).isEmpty();

        assertThat(Files.readString(variant)).contains("grassland-vehicles:").contains("level: county");
        RunAccess diff = RunAccess.of("diff", variant.toString(), EXAMPLE);
        assertThat(diff.exit()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("grassland-vehicles: decision retain → delegate; level prefecture → county")
                .contains("finding QZ116 present → gone").contains("because of items.grassland-vehicles");
    }

    @Test
    void theTextGroupsByCategoryAndTypeWithTheQuote() {
        RunAccess r = RunAccess.of("candidates", EXAMPLE, "--from", "prefecture", "--to", "county");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("The law allows 'county' as it stands: 1\n  forestry\n    penalty (1)\n"
                + "      grassland-vehicles  对机动车辆离开道路在草原上行驶破坏草原植被的处罚\n"
                + "        《中华人民共和国草原法》 Art. 70: 县级人民政府草原行政主管部门责令停止违法行为");
    }

    @Test
    void aLevelTheCatalogLacksIsAUsageError() {
        RunAccess r = RunAccess.of("candidates", EXAMPLE, "--from", "city", "--to", "county");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--from 'city' is not a level of").contains("prefecture, county");
    }
}
