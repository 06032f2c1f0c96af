package quanze.spreadsheet;

import java.util.LinkedHashMap;
import java.util.Map;

import quanze.catalog.CatalogWorkbook;
import quanze.vocabulary.Vocabulary;

/**
 * Which field of an item each column of a header row fills: the words of the vocabulary (in either script, across
 * spaces and line breaks: {@code 事项⏎名称}), or the columns of quanze's own workbook; any other header is kept as
 * {@code extra:HEADER}. {@code 实施层级及权限} is one header over two columns in published lists: the left the
 * level, the right what the level may do ({@code authority}), whether the right cell repeats the header or is empty.
 */
final class Headers {

    private Headers() {
    }

    /**
     * The field of each column: known names, else {@code extra:NAME}; a column whose field an earlier column already
     * has is {@code repeat:FIELD} (only the first is read).
     */
    static Map<Integer, String> columns(Table.Row header, Vocabulary vocabulary, boolean export) {
        Map<Integer, String> cols = new LinkedHashMap<>();
        int levelColumn = -1;
        for (int c = 0; c < header.cells().size(); c++) {
            String raw = clean(header.cell(c));
            if (raw.isEmpty()) {
                // the right half of 实施层级及权限, where the sheet did not merge the two
                if (levelColumn >= 0 && c == levelColumn + 1 && !cols.containsValue("authority")) cols.put(c, "authority");
                continue;
            }
            String known = export && CatalogWorkbook.itemField(raw) != null ? CatalogWorkbook.itemField(raw)
                    : vocabulary.field(raw);
            String field = known != null ? known : "extra:" + label(raw);
            if (field.equals("level") && cols.containsValue("level") && !cols.containsValue("authority")) {
                field = "authority";
            }
            if (field.equals("level")) levelColumn = c;
            cols.put(c, cols.containsValue(field) ? "repeat:" + field : field);
        }
        return cols;
    }

    /**
     * A header as written, without what copying it from a web page or converting the file twice leaves in it: a
     * byte-order mark, zero-width spaces and joiners are removed, no-break and other wide spaces become spaces.
     */
    static String clean(String raw) {
        return raw.replaceAll("[\\uFEFF\\u200B\\u200C\\u200D\\u2060]", "")
                .replaceAll("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]", " ").strip();
    }

    /** A header as the key of an item's {@code extra}: line breaks and the spaces beside Chinese text removed. */
    static String label(String raw) {
        return clean(raw).replaceAll("\\s*[\\r\\n]+\\s*", "")
                .replaceAll("(?<=\\p{IsHan})\\s+|\\s+(?=\\p{IsHan})", "")
                .replaceAll("\\s+", " ");
    }
}
