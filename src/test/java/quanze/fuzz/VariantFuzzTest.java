package quanze.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

import quanze.variant.DiffReport;
import quanze.variant.ExpectedChanges;
import quanze.variant.Variant;
import quanze.variant.VariantReader;
import quanze.variant.Variants;

/** A variant file applied to the base catalog and diffed, with causes: or refused with places. */
class VariantFuzzTest {

    private static Variants base;

    @FuzzTest(maxDuration = "60s")
    void aVariantDiffedAgainstTheBaseCatalog(byte[] data) throws Exception {
        Path dir = Oracle.scratch("variant");
        Path file = Files.write(dir.resolve("fuzzed.yaml"), data);
        Oracle.holds("variant", () -> {
            Variant v = new VariantReader().read(file, "variant/fuzzed.yaml");
            var diff = variants().diff(v);
            for (DiffReport r : DiffReport.values()) r.write("base", java.util.List.of(diff), java.io.Writer.nullWriter());
            ExpectedChanges.write(diff, "base");
        });
    }

    private static synchronized Variants variants() throws quanze.model.InputException {
        if (base == null) {
            base = new Variants(Path.of("src/test/resources/hostile/base"), "base", Oracle.RULES, Path.of("rules"));
        }
        return base;
    }
}
