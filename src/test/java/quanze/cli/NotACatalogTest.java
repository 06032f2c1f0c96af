package quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A power list or a variant given to check gets the command that was meant (issue 14). */
class NotACatalogTest {

    @TempDir
    Path tmp;

    @Test
    void aPowerListPointsToImport() throws Exception {
        Path csv = Files.writeString(tmp.resolve("list.csv"), "职权编码,职权名称\nA1,甲\n");
        Run r = Run.of("check", csv.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(csv + ": a power list, not a catalog folder: import it first (quanze import " + csv
                + " --out DIR), then check DIR\n1 problem in the input; nothing was checked.\n");
    }

    @Test
    void theVariantsFolderPointsToDiff() {
        Run r = Run.of("check", "catalog/huangshi/variants");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("catalog/huangshi/variants: a folder of variants (what-if files), not a catalog:"
                + " compare them with the catalog (quanze diff catalog/huangshi/variants/*.yaml)\n"
                + "1 problem in the input; nothing was checked.\n");
        Run one = Run.of("explain", "x", "catalog/huangshi/variants/micro-only.yaml");
        assertThat(one.err()).startsWith("catalog/huangshi/variants/micro-only.yaml: a variant (what-if file), not a"
                + " catalog folder: compare it with the catalog (quanze diff catalog/huangshi/variants/micro-only.yaml)");
    }

    @Test
    void aBrokenCatalogIsStillReadAndItsProblemsNamed() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("c"));
        Files.writeString(dir.resolve("a.yaml"), "catalog: {id: x\n");
        Run r = Run.of("check", dir.toString());
        assertThat(r.err()).contains("a.yaml:").doesNotContain("variant");
    }
}
