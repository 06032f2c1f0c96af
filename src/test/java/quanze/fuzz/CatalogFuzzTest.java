package quanze.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

import quanze.catalog.CatalogReader;

/** A catalog folder whose only file is the fuzzed bytes: read, bound and resolved, or refused with places. */
class CatalogFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void aCatalogFile(byte[] data) throws Exception {
        Path dir = Oracle.scratch("catalog");
        Files.write(dir.resolve("fuzzed.yaml"), data);
        Oracle.holds("cat", () -> new CatalogReader().read(dir, "cat"));
    }
}
