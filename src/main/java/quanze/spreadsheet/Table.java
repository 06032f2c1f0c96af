package quanze.spreadsheet;

import java.util.List;

/** One sheet (or a CSV file) as text cells: {@code where} names it in messages ({@code list.xlsx!Sheet1}). */
public record Table(String name, String where, List<Row> rows) {

    /** A row and its 1-based number in the sheet. */
    public record Row(int number, List<String> cells) {
        public String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
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
