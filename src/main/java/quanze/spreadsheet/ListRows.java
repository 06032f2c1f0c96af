package quanze.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import quanze.script.Script;
import quanze.vocabulary.Vocabulary;
/**
 * The rows of one published list as fields: each cell under the field its header names, the rest kept as extra, and
 * what is said of the list (its warnings and problems) in the list's own words. {@link ListFields} reads the fields;
 * {@link ListItems} makes the items.
 */
abstract class ListRows {

    /** The fields read from a row: each field's text, the column it came from, the rest as {@code extra}. */
    record RowValues(Part part, Table.Row row, Map<String, String> v, Map<String, Integer> at,
                             Map<String, String> extra, LevelCells.Levels levels) {
        String get(String field) {
            return v.getOrDefault(field, "");
        }

        String where(String field) {
            return part.table().cell(at.getOrDefault(field, 0), row.number());
        }
    }

    /**
     * A sheet of the list: its header, the field of each column, and (the same for every row) the column of each
     * field and the key under which each other column is kept in {@code extra}.
     */
    record Part(Table table, int number, Table.Row header, Map<Integer, String> columns, Map<String, Integer> at,
                        Map<Integer, String> extraKeys) {
        static Part of(ListTable.Part p) {
            Map<String, Integer> at = new HashMap<>();
            Map<Integer, String> extra = new HashMap<>();
            p.columns().forEach((col, field) -> {
                if (field.startsWith("extra:")) extra.put(col, field.substring(6));
                else if (!field.startsWith("repeat:")) at.putIfAbsent(field, col);
                if (!field.startsWith("repeat:")) extra.putIfAbsent(col, Headers.label(p.header().cell(col)));
            });
            return new Part(p.table(), p.number(), p.header(), p.columns(), Map.copyOf(at), Map.copyOf(extra));
        }
    }

    /**
     * How the list names a field's column ({@code 權力類型} in a traditional list), else the usual word in the
     * list's script.
     */
    String term(RowValues c, String field) {
        Integer col = c.at().get(field);
        String h = col == null ? "" : Headers.label(c.part().header().cell(col));
        return h.isEmpty() ? quanze.script.Labels.label(script, "term." + field) : h;
    }

    /** What a list writes in a cell that has nothing to say. */
    static final Set<String> PLACEHOLDERS = Set.of("/", "//", "-", "--", "—", "——", "－", "无", "暂无", "n/a");

    /** Where the pieces of a basis cell that cannot be read are kept, as written: 实施依据（未读）, in the list's script. */
    String unreadKey(RowValues c) {
        return term(c, "basis") + quanze.script.Labels.label(script, "term.unread");
    }

    final Vocabulary vocabulary;
    final Provisions provisions;
    final ImportContext context;
    final String shown;
    final String prefix;
    final int category;
    final ListTable list;
    final String levelOption;
    final boolean multiSheet;
    /** quanze's own workbook: ids, categories, levels and roles are given, nothing is inferred. */
    final boolean export;
    /** The script the list's headers are written in: what is said of it is said in its words. */
    final quanze.script.Lang script;
    int warnings;
    int skipped;
    /** True when the list's level column names no level in any row: said once, not at each cell. */
    boolean silentLevelColumn;

    ListRows(Vocabulary vocabulary, ImportContext context, String shown, String prefix, int category, ListTable list,
             String levelOption, boolean export) {
        this.export = export;
        this.vocabulary = vocabulary;
        this.provisions = new Provisions(vocabulary);
        this.context = context;
        this.shown = shown;
        this.prefix = prefix;
        this.category = category;
        this.list = list;
        this.levelOption = levelOption;
        this.multiSheet = list.parts().size() > 1;
        this.script = quanze.script.Lang.of(list.parts().get(0).header().cells());
    }

    // ---- cells ---------------------------------------------------------------------------------------------------

    /** The fields of a row, or null (with problems) when an imported cell cannot be read. */
    RowValues cells(Part part, Table.Row row, Map<Integer, List<Table.Row>> unheaded) {
        Map<String, String> v = new LinkedHashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        boolean readable = true;
        for (int col : ListTable.filled(row)) {
            String field = part.columns().get(col);
            if (field == null) {
                unheaded.computeIfAbsent(col, k -> new ArrayList<>()).add(row);
                continue;
            }
            if (field.startsWith("repeat:")) continue; // said at its header
            String error = row.error(col);
            int control = error == null ? Cells.control(row.cell(col)) : -1;
            if (control >= 0) error = String.format("a control character (U+%04X) in the cell: remove it", control);
            if (error != null) {
                add(Notice.problem(part.table().cell(col, row.number()), error));
                readable = false;
                continue;
            }
            String text = row.cell(col);
            if (field.startsWith("extra:")) {
                extra.put(part.extraKeys().get(col), text);
            } else if (text.length() <= 4 && PLACEHOLDERS.contains(Script.fold(text))) {
                // a field holding only a placeholder (/, —, 无) holds nothing: the cell is kept in extra as written
                extra.put(part.extraKeys().get(col), text);
            } else {
                v.put(field, text);
            }
        }
        if (!readable) {
            skipped++;
            return null;
        }
        return new RowValues(part, row, v, part.at(), extra, LevelCells.read(v.getOrDefault("level", ""), vocabulary));
    }

    /**
     * Values in a column without a header, said once a column (a table of counts beside the list is ten cells of
     * one column): its first cell, how many there are, and the first few values.
     */
    void unheaded(ListTable.Part p, int col, List<Table.Row> rows) {
        Table.Row first = rows.get(0);
        String where = p.table().cell(col, first.number());
        List<String> values = rows.stream().filter(r -> r.error(col) == null).limit(3).map(r -> "'" + cut(r.cell(col)) + "'")
                .toList();
        String shown = values.isEmpty() ? "" : " (" + String.join(", ", values) + (rows.size() > values.size() ? ", …" : "")
                + ")";
        String what = rows.size() == 1 ? "a value in a column without a header" + shown + " is not imported"
                : rows.size() + " values in a column without a header, to row " + rows.get(rows.size() - 1).number() + shown
                + ", are not imported";
        warn(where, what + ": give the column a header (or map it with --mapping) or clear the "
                + (rows.size() == 1 ? "cell" : "cells"));
    }

    /** A column whose header repeats an earlier one: said at its header (only the first is read). */
    void repeats(ListTable.Part p) {
        p.columns().forEach((c, f) -> {
            if (!f.startsWith("repeat:")) return;
            String field = f.substring("repeat:".length());
            int first = p.columns().entrySet().stream().filter(e -> e.getValue().equals(field))
                    .findFirst().map(Map.Entry::getKey).orElse(c);
            warn(p.table().cell(c, p.header().number()), "a second '" + Headers.label(p.header().cell(c))
                    + "' column (the first is " + Table.letters(first) + "): only the first is read");
        });
    }

    // ---- small things --------------------------------------------------------------------------------------------

    /**
     * A list cell: one entry per line (responsibilities, accountability), or per ；when it has no line breaks —
     * except in quanze's workbook, which writes one a line (an entry may hold a ；): a workbook from before the
     * {@code imported (data)} column joined them with ；.
     */
    List<String> lines(RowValues c, String field) {
        String cell = c.get(field);
        if (cell.isBlank()) return List.of();
        boolean oneALine = cell.contains("\n") || export && c.at().containsKey("imported_data");
        return split(cell, oneALine ? "\n" : "；;");
    }

    static List<String> split(String s, String seps) {
        List<String> out = new ArrayList<>();
        if (s == null || s.isBlank()) return out;
        for (String p : s.split("[" + seps + "]")) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    static String empty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static String cut(String s) {
        String one = s.strip().replace("\r", "").replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }

    void warn(String where, String message) {
        add(Notice.warning(where, message));
    }

    void add(Notice n) {
        if (n.warning()) warnings++;
        context.notices.add(n);
    }
}
