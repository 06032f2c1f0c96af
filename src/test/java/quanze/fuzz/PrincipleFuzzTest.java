package quanze.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

import quanze.catalog.CatalogReader;

/** A second file beside a valid catalog (seeded with principle blocks): the principle override and its checks. */
class PrincipleFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void aPrincipleBesideACatalog(byte[] data) throws Exception {
        Path dir = Oracle.scratch("principle");
        Oracle.baseCatalog(dir);
        Files.write(dir.resolve("principle.yaml"), data);
        Oracle.holds("cat", () -> new CatalogReader().read(dir, "cat"));
    }
}
