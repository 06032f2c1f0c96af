package quanze.spreadsheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The headers power lists use, Chinese and English, and which field of an item each one fills. */
final class Headers {

    private Headers() {
    }

    /** Header names (lower case, no spaces) by field. */
    static final Map<String, List<String>> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("id", List.of("事項編碼id", "事項編碼", "職權編碼", "權力編碼", "編碼", "id", "code"));
        HEADERS.put("name", List.of("事項名稱name(zh)", "事項名稱", "職權名稱", "權力名稱", "名稱", "name", "name(zh)"));
        HEADERS.put("name_en", List.of("name(en)"));
        HEADERS.put("category", List.of("類別category", "類別", "category"));
        HEADERS.put("kind", List.of("類別種類kind", "kind"));
        HEADERS.put("type", List.of("職權類型type", "職權類型", "事項類型", "權力類型", "類型", "type"));
        HEADERS.put("basis", List.of("法定依據basis", "法定依據", "設定依據", "實施依據", "依據", "basis", "legalbasis"));
        HEADERS.put("basis_data", List.of("basis(data)"));
        HEADERS.put("floor", List.of("法定層級下限floor", "floor"));
        HEADERS.put("traits", List.of("特徵traits", "traits"));
        HEADERS.put("scope", List.of("範圍scope", "scope"));
        HEADERS.put("responsibilities", List.of("責任事項responsibilities", "責任事項", "responsibilities"));
        HEADERS.put("accountability", List.of("追責情形accountability", "追責情形", "accountability"));
        HEADERS.put("level", List.of("行使層級declaredlevel", "行使層級", "level", "declaredlevel"));
        HEADERS.put("source", List.of("權力來源source", "權力來源", "source"));
        HEADERS.put("body", List.of("實施主體", "implementingbody", "body"));
        for (String r : List.of("policy", "standard", "inspection", "supervision", "management", "execution",
                "implementation")) {
            HEADERS.put("role." + r, List.of(r));
        }
        HEADERS.put("service", List.of("service"));
        HEADERS.put("origin", List.of("origin"));
        HEADERS.put("note", List.of("備註note", "備註", "note"));
        HEADERS.put("entrustment_data", List.of("entrustment(data)"));
    }

    /**
     * The field of each column of a header row: known names, the mapping file, else {@code extra:NAME}; a column
     * whose field an earlier column already has is {@code repeat:FIELD} (only the first is read).
     */
    static Map<Integer, String> columns(Table.Row header, Map<String, String> mapping) {
        Map<Integer, String> cols = new LinkedHashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            String raw = clean(header.cell(c));
            if (raw.isEmpty()) continue;
            String field = field(raw, mapping);
            cols.put(c, cols.containsValue(field) ? "repeat:" + field : field);
        }
        return cols;
    }

    private static String field(String raw, Map<String, String> mapping) {
        String mapped = mapping.get(raw);
        if (mapped != null) return mapped;
        String key = raw.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        for (var e : HEADERS.entrySet()) {
            if (e.getValue().contains(key)) return e.getKey();
        }
        return "extra:" + raw;
    }

    /**
     * A header as written, without what copying it from a web page or converting the file twice leaves in it: a
     * byte-order mark, zero-width spaces and joiners are removed, no-break and other wide spaces become spaces.
     */
    static String clean(String raw) {
        return raw.replaceAll("[\\uFEFF\\u200B\\u200C\\u200D\\u2060]", "")
                .replaceAll("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]", " ").strip();
    }
}
