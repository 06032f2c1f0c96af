package quanze.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.cli.RunAccess;

/**
 * A misspelt level is named where it is written, with the level it may have meant, as a misspelt body is (issue 14:
 * {@code floor: distrct} was placed at the item's key with no suggestion).
 */
class MisspeltReferenceTest {

    @TempDir
    Path tmp;

    @Test
    void aMisspeltFloorIsNamedAtItsValueWithTheLevelItMayHaveMeant() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("c"));
        Path file = dir.resolve("catalog.yaml");
        String text = Files.readString(Path.of("catalog/examples/read-the-law/catalog.yaml"));
        assertThat(text).contains("        floor: prefecture\n");
        Files.writeString(file, text.replaceFirst("        floor: prefecture\n", "        floor: prefectur\n")
                .replaceFirst("management: district-forestry", "management: district-forestr"));
        var lines = Files.readAllLines(file);
        int floorLine = 0;
        int roleLine = 0;
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).equals("        floor: prefectur")) floorLine = k + 1;
            if (roleLine == 0 && lines.get(k).contains("district-forestr,")) roleLine = k + 1;
        }
        RunAccess r = RunAccess.of("check", dir.toString(), "--lang", "en");
        assertThat(r.out()).contains(file + ":" + floorLine + ":16: error QZ113 pesticide-licence: floor names"
                + " 'prefectur', which is not a level of this catalog; did you mean 'prefecture'?");
        int col = lines.get(roleLine - 1).indexOf("district-forestr,") + 1;
        assertThat(r.out()).contains(file + ":" + roleLine + ":" + col + ": error QZ113 seed-licence:"
                + " declared.roles.management names 'district-forestr', which is not a body of this catalog; did you"
                + " mean 'district-forestry'?");
    }
}
