package quanze.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;

import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;

/**
 * An .xlsx workbook as text tables, within the limits: only the cells the file holds are read (a row is not
 * padded out to its last column), at most {@link #MAX_COLUMNS} columns, and a region merged down a column gives
 * its value to every row it covers.
 */
final class Xlsx {

    /** Columns read per row: A to AMJ. */
    static final int MAX_COLUMNS = 1024;
    /** Cells merged regions may fill in one sheet. */
    static final int MAX_MERGED_FILL = 4_000_000;

    private static final Pattern ENTRY = Pattern.compile("Entry: (.+)");
    private static final Pattern ENTRY_LIMIT = Pattern.compile("MAX_ENTRY_SIZE: (\\d+)");

    private Xlsx() {
    }

    static List<Table> read(Path file, String shown, Sheets.Limits limits) throws InputException {
        ZipCheck.verify(file, shown, limits);
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            requireEverySheet(wb, shown);
            CellValues values = new CellValues(wb);
            List<Table> out = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                out.add(table(wb.getSheetAt(i), wb.isSheetHidden(i) || wb.isSheetVeryHidden(i), shown, limits, values));
            }
            return out;
        } catch (EncryptedDocumentException e) {
            throw new InputException(problem(shown, "the workbook is password-protected: save a copy without a password"));
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new InputException(problem(shown, encrypted(file)
                    ? "the workbook is password-protected: save a copy without a password"
                    : "an OLE2 file, not an .xlsx workbook: a password-protected workbook or an old .xls; save it as"
                    + " .xlsx without a password"));
        } catch (InvalidFormatException | NotOfficeXmlFileException e) {
            String limit = limit(e);
            throw new InputException(problem(shown, limit != null ? limit
                    : "not a readable .xlsx workbook (" + Sheets.firstLine(e.getMessage()) + ")"));
        } catch (IOException | RuntimeException e) {
            String limit = limit(e);
            throw new InputException(problem(shown, limit != null ? limit
                    : "cannot read the workbook: " + Sheets.firstLine(e.getMessage())));
        }
    }

    private static Problem problem(String where, String message) {
        return new Problem(new Location(where, 0, 0), message);
    }

    /** POI skips a sheet the workbook lists when its part is missing: the file is damaged, say so. */
    private static void requireEverySheet(XSSFWorkbook wb, String shown) throws InputException {
        if (wb.getCTWorkbook().getSheets() == null) return;
        Set<String> read = new HashSet<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) read.add(wb.getSheetName(i));
        for (CTSheet s : wb.getCTWorkbook().getSheets().getSheetArray()) {
            if (!read.contains(s.getName())) {
                throw new InputException(problem(shown + "!" + s.getName(),
                        "the workbook lists this sheet but the file does not hold it (a damaged workbook): save it"
                                + " again from the spreadsheet program"));
            }
        }
    }

    private static Table table(XSSFSheet sheet, boolean hidden, String shown, Sheets.Limits limits,
                               CellValues values) throws InputException {
        String where = shown + "!" + sheet.getSheetName();
        if (sheet.getPhysicalNumberOfRows() > limits.maxRows()) {
            throw new InputException(problem(where, "more than " + limits.maxRows() + " rows (raise it with --max-rows)"));
        }
        List<Problem> problems = new ArrayList<>();
        NavigableMap<Integer, RowCells> rows = new TreeMap<>();
        boolean beyond = false;
        for (Row row : sheet) {
            RowCells cells = new RowCells();
            for (Cell cell : row) {
                int c = cell.getColumnIndex();
                if (c >= MAX_COLUMNS) {
                    if (!beyond && cell.getCellType() != CellType.BLANK) {
                        beyond = true;
                        problems.add(problem(where + "!" + Table.letters(c) + (row.getRowNum() + 1), "a value beyond"
                                + " column " + Table.letters(MAX_COLUMNS - 1) + ": only the first " + MAX_COLUMNS
                                + " columns are read"));
                    }
                    continue;
                }
                CellValues.Value v = values.of(cell);
                if (!v.text().isEmpty() || v.error() != null) cells.set(c, v);
            }
            rows.put(row.getRowNum(), cells);
        }
        fillMerged(sheet, rows, where, problems);
        List<Table.Row> out = new ArrayList<>(rows.size());
        rows.forEach((n, cells) -> out.add(new Table.Row(n + 1, cells.texts, cells.errors)));
        return new Table(sheet.getSheetName(), where, out, hidden, problems);
    }

    /** Each merged region's value, as its top-left cell holds it, in the first column of every row it covers. */
    private static void fillMerged(XSSFSheet sheet, NavigableMap<Integer, RowCells> rows, String where,
                                   List<Problem> problems) {
        List<CellRangeAddress> regions;
        try {
            regions = sheet.getMergedRegions();
        } catch (RuntimeException e) {
            problems.add(problem(where, "cannot read the merged cells (" + Sheets.firstLine(e.getMessage()) + "): they"
                    + " are read as empty"));
            return;
        }
        int budget = MAX_MERGED_FILL;
        for (CellRangeAddress r : regions) {
            int c = r.getFirstColumn();
            RowCells top = rows.get(r.getFirstRow());
            if (top == null || c < 0 || c >= MAX_COLUMNS || r.getLastRow() <= r.getFirstRow()) continue;
            CellValues.Value v = top.get(c);
            if (v == null) continue;
            for (RowCells below : rows.subMap(r.getFirstRow(), false, r.getLastRow(), true).values()) {
                budget -= Math.max(1, below.set(c, v));
                if (budget < 0) {
                    problems.add(problem(where, "merged cells cover more than " + MAX_MERGED_FILL + " cells: the rest"
                            + " are read as empty"));
                    return;
                }
            }
        }
    }

    /** The cells of one row, read so far: texts up to the last cell that holds something, errors by column. */
    private static final class RowCells {
        final List<String> texts = new ArrayList<>();
        final Map<Integer, String> errors = new HashMap<>();

        CellValues.Value get(int c) {
            if (errors.containsKey(c)) return CellValues.Value.error(errors.get(c));
            return c < texts.size() && !texts.get(c).isEmpty() ? CellValues.Value.of(texts.get(c)) : null;
        }

        /** Sets an empty cell; returns the slots it took. */
        int set(int c, CellValues.Value v) {
            if (get(c) != null) return 0;
            int added = Math.max(0, c + 1 - texts.size());
            while (texts.size() <= c) texts.add("");
            texts.set(c, v.text());
            if (v.error() != null) errors.put(c, v.error());
            return added + 1;
        }
    }

    /** The message for a zip entry over a limit, found anywhere in the causes POI wraps it in, or null. */
    static String limit(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = c.getMessage();
            if (m == null) continue;
            if (m.contains("MAX_ENTRY_SIZE")) {
                Matcher entry = ENTRY.matcher(m);
                Matcher max = ENTRY_LIMIT.matcher(m);
                return "cannot read the workbook: " + (entry.find() ? entry.group(1).strip() : "a part") + " is larger"
                        + " than " + (max.find() ? max.group(1) + " bytes" : "the limit") + " once inflated (see"
                        + " --max-entry-bytes)";
            }
            if (m.contains("Zip bomb detected")) {
                return "cannot read the workbook: " + Sheets.firstLine(m) + " (raise the limit with --min-inflate-ratio"
                        + " only for a file you trust)";
            }
            if (c.getCause() == c) break;
        }
        return null;
    }

    /** An OLE2 file that holds an encrypted package: a workbook saved with a password. */
    private static boolean encrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
