package quanze.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.code_intelligence.jazzer.junit.FuzzTest;

import quanze.catalog.CatalogReader;
import quanze.engine.Engine;
import quanze.model.Catalog;
import quanze.waiver.WaiverRegister;

/** A waiver register read and applied to the checked example catalog (which has findings to waive). */
class WaiverFuzzTest {

    private static Catalog catalog;

    @FuzzTest(maxDuration = "60s")
    void aWaiverRegisterAppliedToFindings(byte[] data) throws Exception {
        Path file = Files.write(Oracle.scratch("waivers").resolve("waivers.yaml"), data);
        Oracle.holds("waivers.yaml", () -> new Engine(Oracle.RULES).withWaivers(WaiverRegister.read(file,
                "waivers.yaml"), LocalDate.of(2027, 1, 1)).check(catalog()));
    }

    private static synchronized Catalog catalog() throws quanze.model.InputException {
        if (catalog == null) {
            catalog = new CatalogReader().read(Path.of("catalog/examples/before-reform"), "before-reform");
        }
        return catalog;
    }
}
