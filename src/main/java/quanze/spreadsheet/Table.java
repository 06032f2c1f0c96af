package quanze.spreadsheet;

import java.util.List;
import java.util.Map;

import quanze.model.Problem;

/**
 * One sheet (or a CSV file) as text cells: {@code where} names it in messages ({@code list.xlsx!Sheet1}), a
 * hidden sheet is not looked at for the list, and {@code problems} are what reading it found that concern the
 * whole sheet (reported when the sheet is imported).
 */
public record Table(String name, String where, List<Row> rows, boolean hidden, List<Problem> problems) {

    public Table(String name, String where, List<Row> rows) {
        this(name, where, rows, false, List.of());
    }

    /**
     * A row and its 1-based number in the sheet; {@code errors} are its cells that could not be read (a formula
     * that fails, an error value), by column, each with what is wrong; {@code merged} the columns whose text comes
     * from a region merged down from a row above (the row does not hold it itself).
     */
    public record Row(int number, List<String> cells, Map<Integer, String> errors, java.util.Set<Integer> merged) {

        public Row(int number, List<String> cells) {
            this(number, cells, Map.of(), java.util.Set.of());
        }

        public Row(int number, List<String> cells, Map<Integer, String> errors) {
            this(number, cells, errors, java.util.Set.of());
        }

        /**
         * True when the row holds text of its own: a row whose every cell is filled from regions merged down from
         * above is a layout row of the sheet (it stretches a merged item), not a row of the list.
         */
        public boolean own() {
            if (!errors.isEmpty()) return true;
            for (int c = 0; c < cells.size(); c++) {
                String t = cells.get(c);
                if (t != null && !t.isBlank() && !merged.contains(c)) return true;
            }
            return false;
        }

        public String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
        }

        /** What is wrong with a cell that could not be read, or null. */
        public String error(int column) {
            return errors.get(column);
        }

        public boolean blank() {
            return errors.isEmpty() && cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** {@code list.xlsx!Sheet1!C12}. */
    public String cell(int column, int row) {
        return where + "!" + letters(column) + row;
    }

    static String letters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) sb.insert(0, (char) ('A' + (c - 1) % 26));
        return sb.toString();
    }
}
