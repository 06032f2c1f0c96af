package quanze.fuzz;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import quanze.catalog.CatalogReader;
import quanze.engine.Engine;
import quanze.model.Catalog;
import quanze.model.CheckResult;
import quanze.model.Severity;
import quanze.report.Format;
import quanze.waiver.WaiverRegister;

/**
 * The whole check path: the fuzzed bytes as a catalog (beside the base catalog when the first byte says so),
 * the fuzzed rest as a waiver register, the bundled rules with every rule traced, the waivers applied, and every
 * report format rendered. Nothing may throw but a well-formed input error.
 */
class CheckPathFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void aCatalogCheckedAndReportedInEveryFormat(FuzzedDataProvider data) throws Exception {
        Path dir = Oracle.scratch("check");
        if (data.consumeBoolean()) Oracle.baseCatalog(dir);
        byte[] waivers = data.consumeBytes(data.consumeInt(0, 4096));
        Files.write(dir.resolve("fuzzed.yaml"), data.consumeRemainingAsBytes());
        Path register = Files.write(Oracle.scratch("check-waivers").resolve("waivers.yaml"), waivers);
        Oracle.holds("cat", () -> {
            Catalog catalog = new CatalogReader().read(dir, "cat");
            CheckResult result = new Engine(Oracle.RULES).checkTracingAll(catalog);
            Oracle.holds("waivers.yaml", () -> {
                var list = WaiverRegister.read(register, "waivers.yaml");
                render(new Engine(Oracle.RULES).withWaivers(list, LocalDate.of(2027, 1, 1)).checkTracingAll(catalog));
            });
            render(result);
        });
    }

    private static void render(CheckResult result) throws java.io.IOException {
        for (Format f : Format.values()) {
            for (Severity failOn : List.of(Severity.ERROR, Severity.WARNING)) {
                f.report(failOn).write(result, OutputStream.nullOutputStream());
            }
        }
    }
}
