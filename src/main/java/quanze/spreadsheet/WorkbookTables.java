package quanze.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;

/**
 * The sheets of an open workbook (.xlsx or .xls) as text tables, within the limits: only the cells the file holds
 * are read (a row is not padded out to its last column), at most {@link #MAX_COLUMNS} columns, and a region merged
 * down a column gives its value to every row it covers (marked as merged: such a row may hold nothing of its own).
 */
final class WorkbookTables {

    /** Columns read per row: A to AMJ. */
    static final int MAX_COLUMNS = 1024;
    /** Cells merged regions may fill in one sheet. */
    static final int MAX_MERGED_FILL = 4_000_000;

    private WorkbookTables() {
    }

    static List<Table> read(Workbook wb, String shown, Sheets.Limits limits) throws InputException {
        CellValues values = new CellValues(wb);
        List<Table> out = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            out.add(table(wb.getSheetAt(i), wb.isSheetHidden(i) || wb.isSheetVeryHidden(i), shown, limits, values));
        }
        return out;
    }

    static Problem problem(String where, String message) {
        return new Problem(new Location(where, 0, 0), message);
    }

    private static Table table(Sheet sheet, boolean hidden, String shown, Sheets.Limits limits, CellValues values)
            throws InputException {
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
                if (!v.text().isEmpty() || v.error() != null) cells.set(c, v, false);
            }
            rows.put(row.getRowNum(), cells);
        }
        fillMerged(sheet, rows, where, problems);
        List<Table.Row> out = new ArrayList<>(rows.size());
        rows.forEach((n, cells) -> out.add(new Table.Row(n + 1, cells.texts, cells.errors, cells.merged)));
        return new Table(sheet.getSheetName(), where, out, hidden, problems);
    }

    /**
     * Each merged region's value, as its top-left cell holds it, in every row it covers (in its first column: a
     * region merged across columns is one cell of its row).
     */
    private static void fillMerged(Sheet sheet, NavigableMap<Integer, RowCells> rows, String where,
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
            if (c < 0 || c >= MAX_COLUMNS || r.getLastRow() <= r.getFirstRow()) continue;
            CellValues.Value v = top == null ? null : top.get(c);
            if (v == null) v = CellValues.Value.of(""); // an empty region shows nothing, whatever lies under it
            for (RowCells below : rows.subMap(r.getFirstRow(), false, r.getLastRow(), true).values()) {
                budget -= Math.max(1, below.set(c, v, true));
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
        final Set<Integer> merged = new HashSet<>();

        CellValues.Value get(int c) {
            if (errors.containsKey(c)) return CellValues.Value.error(errors.get(c));
            return c < texts.size() && !texts.get(c).isEmpty() ? CellValues.Value.of(texts.get(c)) : null;
        }

        /**
         * Sets a cell; returns the slots it took. A cell a merged region covers shows the region's value, whatever
         * the file holds under it (a reader of the sheet never sees that).
         */
        int set(int c, CellValues.Value v, boolean fromMerge) {
            if (!fromMerge && get(c) != null) return 0;
            int added = Math.max(0, c + 1 - texts.size());
            while (texts.size() <= c) texts.add("");
            texts.set(c, v.text());
            errors.remove(c);
            if (v.error() != null) errors.put(c, v.error());
            if (fromMerge) merged.add(c);
            return added + 1;
        }
    }
}
