package quanze.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import quanze.model.Location;
import quanze.model.Problem;
import quanze.script.Script;
import quanze.vocabulary.Vocabulary;

/**
 * Where a published list stands in a file: the sheet with the first header row (a name and a type or basis column
 * in its first 20 rows, under any title rows), and every other visible sheet whose header names the same fields
 * (a list split into one sheet per power type), each with its rows of data. A row of data holds text of its own
 * (not only what regions merged down from above fill in) and is not a note under the list.
 */
record ListTable(List<Part> parts, String title) {

    /** One sheet of the list: its header row, the field of each column, its rows of data and its notes. */
    record Part(Table table, int number, Table.Row header, Map<Integer, String> columns, List<Table.Row> rows,
                List<Table.Row> notes) {
    }

    /** Rows searched for the header. */
    static final int HEADER_ROWS = 20;

    /** The list in {@code tables}, or null when no sheet has a header row ({@code export}: quanze's workbook). */
    static ListTable find(List<Table> tables, Vocabulary vocabulary, boolean export) {
        List<Part> parts = new ArrayList<>();
        String title = null;
        List<String> fields = null;
        for (Table t : tables) {
            if (t.hidden()) continue;
            for (int r = 0; r < Math.min(HEADER_ROWS, t.rows().size()); r++) {
                Table.Row header = t.rows().get(r);
                Map<Integer, String> cols = Headers.columns(header, vocabulary, export);
                if (!(cols.containsValue("name") && (cols.containsValue("type") || cols.containsValue("basis")))) continue;
                List<String> these = cols.values().stream().filter(f -> !f.startsWith("extra:")).toList();
                if (fields == null) {
                    fields = these;
                    title = title(t, r);
                } else if (!these.equals(fields)) {
                    break; // another list: not read (said by the caller when it holds rows)
                }
                List<Table.Row> rows = new ArrayList<>();
                List<Table.Row> notes = new ArrayList<>();
                for (Table.Row row : t.rows().subList(r + 1, t.rows().size())) {
                    if (row.blank() || !row.own()) continue;
                    if (note(row, cols)) notes.add(row);
                    else rows.add(row);
                }
                parts.add(new Part(t, parts.size() + 1, header, cols, rows, notes));
                break;
            }
            if (export && !parts.isEmpty()) break;
        }
        return parts.isEmpty() ? null : new ListTable(parts, title);
    }

    /** The title above the header: the first text of the rows above it ({@code 克拉玛依市应急管理局2024年权责清单}). */
    private static String title(Table t, int headerRow) {
        String best = null;
        for (Table.Row row : t.rows().subList(0, headerRow)) {
            for (String cell : row.cells()) {
                if (cell == null || cell.isBlank()) continue;
                String s = cell.strip();
                if (best == null || s.length() > best.length()) best = s;
            }
        }
        return best;
    }

    /**
     * A row that is a note under (or inside) the list, not a power: one whose filled cells all hold one text (a
     * footnote merged across the table: {@code 备注：包括市、区两级…}), or a single cell that is not a name, type or
     * basis (a title or section heading).
     */
    static boolean note(Table.Row row, Map<Integer, String> cols) {
        List<Integer> filled = filled(row);
        if (filled.isEmpty()) return false;
        if (filled.size() == 1) {
            String field = cols.get(filled.get(0));
            if (field == null) return false; // a value under no header: reported at its cell
            if (List.of("name", "type", "basis").contains(field)) return false;
            return !field.equals("seq") || !Script.fold(row.cell(filled.get(0))).matches("[0-9.,，、]+");
        }
        String first = Script.fold(row.cell(filled.get(0)));
        for (int c : filled) if (!Script.fold(row.cell(c)).equals(first)) return false;
        return true;
    }

    /** Every column of a row that holds something, in order (cells that could not be read included). */
    static List<Integer> filled(Table.Row row) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            String text = row.cells().get(c);
            if ((text != null && !text.isBlank()) || row.error(c) != null) out.add(c);
        }
        if (!row.errors().isEmpty()) {
            row.errors().keySet().stream().filter(c -> c >= row.cells().size()).sorted().forEach(out::add);
        }
        return out;
    }

    /**
     * The sheets that hold rows but are not part of the list, said once for the file (with the first few named),
     * so that no row vanishes unseen; none when every sheet with rows is read.
     */
    static List<Problem> unread(List<Table> tables, ListTable list, String shown) {
        List<String> names = new ArrayList<>();
        long rows = 0;
        Table first = null;
        for (Table t : tables) {
            if (t.hidden() || list.parts().stream().anyMatch(p -> p.table() == t)) continue;
            long n = t.rows().stream().filter(r -> !r.blank()).count();
            if (n == 0) continue;
            if (first == null) first = t;
            names.add("'" + t.name() + "'");
            rows += n;
        }
        if (names.isEmpty()) return List.of();
        String which = names.size() == 1 ? "this sheet's " : names.size() + " sheets' (" + String.join(", ",
                names.subList(0, Math.min(5, names.size()))) + (names.size() > 5 ? ", …" : "") + ") ";
        return List.of(new Problem(new Location(names.size() == 1 ? first.where() : shown, 0, 0), "warning: " + which
                + rows + " row" + (rows == 1 ? " is" : "s are") + " not read: no header row there names the fields of"
                + " the list's first sheet"));
    }
}
