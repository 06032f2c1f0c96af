package quanze.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;

/**
 * Reads a spreadsheet (xlsx) or a CSV file into text tables. Limits are set deliberately: a zip entry may not
 * inflate more than 100 times (zip bombs), nor be larger than 100 MB; a sheet may have at most 1,000,000 rows.
 * Formulas give their computed value, dates their displayed text; a password-protected, corrupt or non-UTF-8
 * file is an input problem with a message that says what to do.
 */
public final class Sheets {

    /** Rows per sheet, the smallest inflate ratio of a zip entry, the largest entry, the largest file. */
    public record Limits(int maxRows, double minInflateRatio, long maxEntryBytes, long maxFileBytes) {
        public static final Limits DEFAULT = new Limits(1_000_000, 0.01, 100L << 20, 1L << 30);
    }

    private Sheets() {
    }

    public static List<Table> read(Path file, String shown) throws InputException {
        return read(file, shown, Limits.DEFAULT);
    }

    public static List<Table> read(Path file, String shown, Limits limits) throws InputException {
        String name = file.getFileName().toString().toLowerCase();
        quanze.io.InputFiles.requireAtMost(file, shown, limits.maxFileBytes(), "--max-file-bytes");
        if (name.endsWith(".csv")) return List.of(Csv.read(file, shown, limits.maxRows()));
        if (name.endsWith(".xlsx")) return xlsx(file, shown, limits);
        throw new InputException(new Problem(new Location(shown, 0, 0), "not a spreadsheet: expected a .xlsx or .csv file"));
    }

    private static List<Table> xlsx(Path file, String shown, Limits limits) throws InputException {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        List<Table> out = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            DataFormatter format = new DataFormatter();
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : wb) {
                if (sheet.getLastRowNum() > limits.maxRows()) {
                    throw new InputException(new Problem(new Location(shown + "!" + sheet.getSheetName(), 0, 0),
                            "more than " + limits.maxRows() + " rows (raise it with --max-rows)"));
                }
                List<Table.Row> rows = new ArrayList<>();
                for (var row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : format.formatCellValue(cell, eval));
                    }
                    rows.add(new Table.Row(row.getRowNum() + 1, cells));
                }
                out.add(new Table(sheet.getSheetName(), shown + "!" + sheet.getSheetName(), rows));
            }
            return out;
        } catch (EncryptedDocumentException e) {
            throw new InputException(new Problem(new Location(shown, 0, 0),
                    "the workbook is password-protected: save a copy without a password"));
        } catch (org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
            throw new InputException(new Problem(new Location(shown, 0, 0), "an OLE2 file, not an .xlsx workbook: a"
                    + " password-protected workbook or an old .xls; save it as .xlsx without a password"));
        } catch (InvalidFormatException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new InputException(new Problem(new Location(shown, 0, 0), "not a readable .xlsx workbook ("
                    + firstLine(e.getMessage()) + ")"));
        } catch (IOException | RuntimeException e) {
            String m = firstLine(e.getMessage());
            throw new InputException(new Problem(new Location(shown, 0, 0), "cannot read the workbook: " + m
                    + (m.toLowerCase().contains("zip bomb") ? " (raise the limit with --min-inflate-ratio only for a"
                    + " file you trust)" : m.contains("entry") ? " (see --max-entry-bytes)" : "")));
        }
    }

    /**
     * What a library says, as a user should read it: the first line, without the Java class names that POI and
     * XMLBeans put in front ({@code org.apache.xmlbeans.XmlException: error: …}).
     */
    static String firstLine(String s) {
        if (s == null) return "unreadable";
        String line = s.strip().lines().findFirst().orElse("unreadable");
        String before;
        do {
            before = line;
            line = line.replaceFirst("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)?:\\s*", "")
                    .replaceFirst("^error:\\s*", "");
        } while (!line.equals(before));
        line = line.replaceAll("\\b(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*(?:Exception|Error))\\b", "$1");
        return line.isBlank() ? "unreadable" : line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
