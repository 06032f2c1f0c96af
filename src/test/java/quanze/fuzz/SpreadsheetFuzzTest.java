package quanze.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import quanze.model.Problem;
import quanze.spreadsheet.PowerListImporter;
import quanze.spreadsheet.Sheets;

/**
 * A power list as CSV, .xlsx or .xls (the first byte chooses the name; the format is told by the bytes), read within
 * the limits and converted to a catalog: every problem, whether it refuses the file or one cell, names the file
 * (and sheet and cell), and the catalog it makes binds.
 */
class SpreadsheetFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void aPowerListImported(FuzzedDataProvider data) throws Exception {
        String name = List.of("list.xlsx", "list.csv", "list.xls").get(data.consumeInt(0, 2));
        Path file = Files.write(Oracle.scratch("sheet").resolve(name), data.consumeRemainingAsBytes());
        Oracle.holds(name, () -> {
            var tables = Sheets.read(file, name, new Sheets.Limits(10_000, 0.01, 16L << 20, 16L << 20));
            var result = new PowerListImporter(quanze.vocabulary.Vocabulary.bundled(), null)
                    .convert(List.of(new PowerListImporter.Input(name, tables)), n -> { });
            if (result.draft() != null) result.draft().resolve("out");
            for (Problem p : result.notices().stream().map(quanze.spreadsheet.Notice::problem).toList()) {
                if (!p.at().file().startsWith(name) || p.message().isBlank() || p.message().contains("\n")) {
                    throw new AssertionError("a cell problem without its place, or not one line: " + p);
                }
            }
        });
    }
}
