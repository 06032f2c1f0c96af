package quanze.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import quanze.model.Problem;
import quanze.spreadsheet.PowerListImporter;
import quanze.spreadsheet.Sheets;

/**
 * A power list as CSV or as an .xlsx workbook (the first byte chooses), read within the limits and converted to
 * a catalog: every problem, whether it refuses the file or one cell, names the file (and sheet and cell).
 */
class SpreadsheetFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void aPowerListImported(FuzzedDataProvider data) throws Exception {
        String name = data.consumeBoolean() ? "list.xlsx" : "list.csv";
        Path file = Files.write(Oracle.scratch("sheet").resolve(name), data.consumeRemainingAsBytes());
        Oracle.holds(name, () -> {
            var tables = Sheets.read(file, name, new Sheets.Limits(10_000, 0.01, 16L << 20, 16L << 20));
            var result = new PowerListImporter(Map.of()).convert(tables, name);
            for (Problem p : result.problems()) {
                if (!p.at().file().startsWith(name) || p.message().isBlank() || p.message().contains("\n")) {
                    throw new AssertionError("a cell problem without its place, or not one line: " + p);
                }
            }
        });
    }
}
