package quanze.spreadsheet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import quanze.model.Basis;
import quanze.model.CategoryKind;
import quanze.model.Keyed;
import quanze.model.Location;
import quanze.model.Problem;
import quanze.model.Scope;
import quanze.model.Service;
import quanze.model.Source;
import quanze.model.Trait;

/**
 * Turns a published power list (one row per power, under Chinese or English headers; a title row above is
 * fine) into a catalog: the data of its YAML file, and every problem with its cell. A workbook exported by
 * quanze also carries its catalog, levels, bodies and categories sheets, and comes back as the same catalog.
 */
public final class PowerListImporter {

    /** The catalog as YAML-ready data, the problems found, and how many rows became items. */
    public record Result(Map<String, Object> catalog, List<Problem> problems, int items) {
    }

    private final Map<String, String> mapping;

    /** {@code mapping}: extra header names (as written in the file) to fields, from a mapping file. */
    /** The fields a mapping file may map a header to. */
    public static java.util.Set<String> fields() {
        return java.util.Collections.unmodifiableSet(Headers.HEADERS.keySet());
    }

    public PowerListImporter(Map<String, String> mapping) {
        this.mapping = mapping;
    }

    /** {@code shown}: the file's path as the user sees it, naming it in problems (the catalog id is its base name). */
    public Result convert(List<Table> tables, String shown) {
        return convert(tables, shown, n -> { });
    }

    /** As {@link #convert(List, String)}, telling {@code progress} every 1,000 rows. */
    public Result convert(List<Table> tables, String shown, java.util.function.IntConsumer progress) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Table> byName = new HashMap<>();
        for (Table t : tables) byName.put(t.name(), t);
        Table items = byName.getOrDefault("事項 Items", null);
        List<Table> visible = tables.stream().filter(t -> !t.hidden()).toList();
        int headerRow = -1;
        Map<Integer, String> columns = null;
        for (Table t : items != null && !items.hidden() ? List.of(items) : visible) {
            for (int r = 0; r < Math.min(20, t.rows().size()); r++) {
                Map<Integer, String> cols = Headers.columns(t.rows().get(r), mapping);
                if (cols.containsValue("name") && (cols.containsValue("type") || cols.containsValue("basis"))) {
                    items = t;
                    headerRow = r;
                    columns = cols;
                    break;
                }
            }
            if (columns != null) break;
        }
        Map<String, Object> catalog = new LinkedHashMap<>();
        if (columns == null) {
            int hidden = tables.size() - visible.size();
            problems.add(new Problem(new Location(shown, 0, 0), "no header row with a name and a type or basis"
                    + " column in the first 20 rows (map other headers with --mapping)" + (hidden == 0 ? ""
                    : "; " + hidden + " hidden sheet" + (hidden == 1 ? " is" : "s are") + " not read: unhide the list"
                    + " to import it")));
            return new Result(catalog, problems, 0);
        }
        problems.addAll(items.problems());
        repeats(items, items.rows().get(headerRow), columns, problems);
        catalog.put("catalog", catalogBlock(byName.get("目錄 Catalog"), shown, items, headerRow, problems));
        List<Map<String, Object>> levels = levels(byName.get("層級 Levels"), problems);
        catalog.put("levels", levels);
        Set<String> levelIds = new LinkedHashSet<>();
        for (Map<String, Object> l : levels) levelIds.add(String.valueOf(l.get("id")));
        Layout list = Layout.of(items, columns, levelIds);
        Map<String, Object> bodiesByName = new LinkedHashMap<>();
        List<Map<String, Object>> bodies = bodies(byName.get("主體 Bodies"), problems);
        Map<String, Map<String, Object>> categories = new LinkedHashMap<>();
        Table cats = byName.get("類別 Categories");
        if (cats != null) {
            for (Table.Row row : rest(cats)) {
                if (row.blank() || !readable(cats, row, filled(row), problems)) continue;
                if (Keyed.parse(CategoryKind.class, row.cell(1)).isEmpty()) {
                    problems.add(new Problem(new Location(cats.cell(1, row.number()), 0, 0), "unknown kind '"
                            + row.cell(1) + "' (expected " + String.join(", ", Keyed.keys(CategoryKind.class)) + ")"));
                    continue;
                }
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("id", row.cell(0));
                c.put("kind", row.cell(1));
                c.put("name", text(row.cell(2), row.cell(3)));
                if (!row.cell(4).isEmpty()) c.put("note", row.cell(4));
                c.put("items", new ArrayList<>());
                categories.put(row.cell(0), c);
            }
        }
        List<Table.Row> under = items.rows().subList(headerRow + 1, items.rows().size());
        if (under.stream().allMatch(Table.Row::blank)) {
            problems.add(new Problem(new Location(items.where(), 0, 0), "no rows under the header"));
        }
        int count = 0;
        for (Table.Row row : under) {
            if (row.blank()) continue;
            List<Integer> filled = filled(row);
            if (note(filled, columns)) continue;
            unheaded(items, row, filled, columns, problems);
            Map<String, Object> item = item(list, row, problems, bodies, bodiesByName);
            if (item == null) continue;
            String category = (String) item.remove("category");
            String kind = (String) item.remove("kind");
            Map<String, Object> c = categories.computeIfAbsent(category == null || category.isEmpty() ? "imported" : category,
                    k -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", k);
                        m.put("kind", kind == null || kind.isEmpty() ? "approval" : kind);
                        m.put("name", k);
                        m.put("items", new ArrayList<>());
                        return m;
                    });
            @SuppressWarnings("unchecked")
            List<Object> inCategory = (List<Object>) c.get("items");
            inCategory.add(item);
            count++;
            if (count % 1000 == 0) progress.accept(count);
        }
        catalog.put("bodies", bodies);
        catalog.put("categories", new ArrayList<>(categories.values()));
        return new Result(catalog, problems, count);
    }

    /** The list's sheet, the field of each column, the columns read (not repeated headers), the level ids. */
    private record Layout(Table table, Map<Integer, String> columns, List<Integer> read, Set<String> levelIds) {
        static Layout of(Table table, Map<Integer, String> columns, Set<String> levelIds) {
            List<Integer> read = columns.keySet().stream().filter(c -> !columns.get(c).startsWith("repeat:")).toList();
            return new Layout(table, columns, read, levelIds);
        }
    }

    private Map<String, Object> item(Layout list, Table.Row row, List<Problem> problems,
                                     List<Map<String, Object>> bodies, Map<String, Object> bodiesByName) {
        Table t = list.table();
        if (!readable(t, row, list.read(), problems)) return null;
        Map<String, String> v = new LinkedHashMap<>();
        Map<String, Integer> at = new HashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        list.columns().forEach((c, f) -> {
            if (f.startsWith("repeat:")) return; // reported at its header
            if (f.startsWith("extra:")) {
                if (!row.cell(c).isEmpty()) extra.put(f.substring(6), row.cell(c));
            } else {
                v.put(f, row.cell(c));
                at.put(f, c);
            }
        });
        Map<String, Object> item = new LinkedHashMap<>();
        String id = v.getOrDefault("id", "");
        if (id.isEmpty()) id = "row-" + row.number();
        item.put("id", id);
        item.put("name", text(v.getOrDefault("name", ""), v.get("name_en")));
        String type = v.getOrDefault("type", "");
        String typeKey = Cells.TYPES.getOrDefault(type, type.toLowerCase(Locale.ROOT));
        if (!Cells.TYPES.containsValue(typeKey)) {
            problems.add(new Problem(new Location(t.cell(at.getOrDefault("type", 0), row.number()), 0, 0),
                    "unknown power type '" + type + "' (expected one of the ten types, by name, by code 01-10, or licensing, penalty, …)"));
            return null;
        }
        item.put("type", typeKey);
        item.put("category", v.get("category"));
        item.put("kind", v.get("kind"));
        List<Object> basis = basis(t, row, v, at, problems);
        if (basis == null) return null;
        item.put("basis", basis);
        boolean known = known(t, row, v, at, "kind", CategoryKind.class, problems)
                & known(t, row, v, at, "traits", Trait.class, problems)
                & known(t, row, v, at, "scope", Scope.class, problems)
                & known(t, row, v, at, "service", Service.class, problems);
        if (!known) return null;
        put(item, "floor", v.get("floor"));
        if (v.containsKey("traits") && !v.get("traits").isEmpty()) item.put("traits", split(v.get("traits"), ","));
        item.put("scope", v.getOrDefault("scope", "").isEmpty() ? "within-district" : v.get("scope"));
        item.put("responsibilities", split(v.getOrDefault("responsibilities", ""), "；;\n"));
        item.put("accountability", split(v.getOrDefault("accountability", ""), "；;\n"));
        put(item, "service", v.get("service"));
        put(item, "origin", v.get("origin"));
        put(item, "note", v.get("note"));
        if (!extra.isEmpty()) item.put("extra", extra);
        Map<String, Object> declared = new LinkedHashMap<>();
        String level = v.getOrDefault("level", "");
        String levelId = level.isEmpty() ? "district" : Cells.level(level);
        if (!level.isEmpty() && !list.levelIds().contains(levelId)) {
            problems.add(new Problem(new Location(t.cell(at.get("level"), row.number()), 0, 0), "unknown level '" + level
                    + "' (expected " + levelNames(list.levelIds()) + ")"));
            return null;
        }
        declared.put("level", levelId);
        String source = v.getOrDefault("source", "");
        String sourceKey = source.isEmpty() ? "by-law" : Cells.source(source);
        if (sourceKey == null) {
            problems.add(new Problem(new Location(t.cell(at.get("source"), row.number()), 0, 0), "unknown source '"
                    + source + "' (expected " + String.join(", ", Cells.SOURCES.keySet()) + ", or "
                    + String.join(", ", Keyed.keys(Source.class)) + ")"));
            return null;
        }
        declared.put("source", sourceKey);
        String entrustment = v.getOrDefault("entrustment_data", "");
        if (!entrustment.isEmpty()) {
            Map<String, Object> e = json(entrustment, new TypeReference<Map<String, Object>>() { },
                    t.cell(at.getOrDefault("entrustment_data", 0), row.number()), "entrustment (data)", problems);
            if (e == null) return null;
            declared.put("entrustment", e);
        }
        Map<String, Object> roles = new LinkedHashMap<>();
        for (String r : List.of("policy", "standard", "inspection", "supervision", "management", "execution",
                "implementation")) {
            String b = v.getOrDefault("role." + r, "");
            if (!b.isEmpty()) roles.put(r, b);
        }
        String body = v.getOrDefault("body", "");
        if (roles.isEmpty() && !body.isEmpty()) {
            // a published list names the implementing body only: it manages, executes and implements
            Object bodyId = bodiesByName.computeIfAbsent(body, k -> {
                String bid = "body-" + (bodiesByName.size() + 1);
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("id", bid);
                b.put("level", declared.get("level"));
                b.put("name", k);
                bodies.add(b);
                return bid;
            });
            for (String r : List.of("management", "execution", "implementation")) roles.put(r, bodyId);
        }
        declared.put("roles", roles);
        item.put("declared", declared);
        return item;
    }

    /**
     * Whether a cell that names one of the catalog's words (a scope, a service, the traits, a category kind)
     * names known ones; if not, a problem at the cell. An empty cell is fine (the default applies).
     */
    private static <E extends Enum<E> & Keyed> boolean known(Table t, Table.Row row, Map<String, String> v,
                                                             Map<String, Integer> at, String field, Class<E> type,
                                                             List<Problem> problems) {
        String value = v.getOrDefault(field, "");
        List<String> words = field.equals("traits") ? split(value, ",") : value.isEmpty() ? List.of() : List.of(value);
        for (String word : words) {
            if (Keyed.parse(type, word).isEmpty()) {
                problems.add(new Problem(new Location(t.cell(at.get(field), row.number()), 0, 0), "unknown "
                        + (field.equals("traits") ? "trait" : field) + " '" + word + "' (expected "
                        + String.join(", ", Keyed.keys(type)) + ")"));
                return false;
            }
        }
        return true;
    }

    private List<Object> basis(Table t, Table.Row row, Map<String, String> v, Map<String, Integer> at,
                               List<Problem> problems) {
        String data = v.getOrDefault("basis_data", "");
        if (!data.isEmpty()) {
            List<Object> list = json(data, new TypeReference<List<Object>>() { },
                    t.cell(at.getOrDefault("basis_data", 0), row.number()), "basis (data)", problems);
            return list; // null: the row is not imported (its problem says why)
        }
        List<Object> out = new ArrayList<>();
        String cell = v.getOrDefault("basis", "");
        for (String part : cell.split("[；;\\n]")) {
            if (part.isBlank()) continue;
            Basis b = Cells.basis(part);
            if (b == null) {
                problems.add(new Problem(new Location(t.cell(at.getOrDefault("basis", 0), row.number()), 0, 0),
                        "cannot read a 《law》 and article in '" + part.strip() + "' (kept in the item's note)"));
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("law", b.law());
            m.put("article", b.article());
            m.put("rank", b.rank().key());
            if (!b.confirmed()) m.put("confirmed", false);
            m.put("note", "as written: " + part.strip());
            out.add(m);
        }
        return out;
    }

    /**
     * Whether the cells of a row that are imported can be: one that could not be read (a formula that fails or
     * gives an error value) or that holds a control character is a problem at the cell, and the row is skipped.
     */
    private static boolean readable(Table t, Table.Row row, Collection<Integer> columns, List<Problem> problems) {
        boolean ok = true;
        for (int c : columns) {
            String error = row.error(c);
            int control = error == null ? Cells.control(row.cell(c)) : -1;
            if (control >= 0) error = String.format("a control character (U+%04X) in the cell: remove it", control);
            if (error != null) {
                problems.add(new Problem(new Location(t.cell(c, row.number()), 0, 0), error));
                ok = false;
            }
        }
        return ok;
    }

    /** The names a level cell may hold: those of the list's levels, then their ids. */
    private static String levelNames(Set<String> levelIds) {
        List<String> names = new ArrayList<>();
        Cells.LEVELS.forEach((name, id) -> {
            if (levelIds.contains(id)) names.add(name);
        });
        names.addAll(levelIds);
        return String.join(", ", names);
    }

    /** A column whose header repeats an earlier one is a problem at its header (only the first is read). */
    private static void repeats(Table t, Table.Row header, Map<Integer, String> cols, List<Problem> problems) {
        cols.forEach((c, f) -> {
            if (!f.startsWith("repeat:")) return;
            String field = f.substring("repeat:".length());
            int first = cols.entrySet().stream().filter(e -> e.getValue().equals(field)).findFirst().orElseThrow()
                    .getKey();
            problems.add(new Problem(new Location(t.cell(c, header.number()), 0, 0), "a second '"
                    + Headers.clean(header.cell(c)) + "' column (the first is " + Table.letters(first) + "): only the"
                    + " first is read; remove or rename one"));
        });
    }

    /** A value in a column without a header is a problem at its cell: it is not imported, and must not vanish. */
    private static void unheaded(Table t, Table.Row row, List<Integer> filled, Map<Integer, String> cols,
                                 List<Problem> problems) {
        for (int c : filled) {
            if (cols.containsKey(c)) continue;
            String value = row.error(c) != null ? "" : " ('" + cut(row.cell(c)) + "')";
            problems.add(new Problem(new Location(t.cell(c, row.number()), 0, 0), "a value in a column without a header"
                    + value + " is not imported: give the column a header (or map it with --mapping) or clear the cell"));
        }
    }

    /**
     * A row of one cell that is neither a name, a type nor a basis (a title, a section heading or a note under
     * the list) is not an item.
     */
    private static boolean note(List<Integer> filled, Map<Integer, String> cols) {
        if (filled.size() != 1) return false;
        String field = cols.get(filled.get(0));
        return field != null && !List.of("name", "type", "basis").contains(field);
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** Every column of a row that holds something, in order. */
    private static List<Integer> filled(Table.Row row) {
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

    /** The rows under a sheet's header row (none when the sheet is empty). */
    private static List<Table.Row> rest(Table t) {
        return t.rows().isEmpty() ? List.of() : t.rows().subList(1, t.rows().size());
    }

    private static Map<String, Object> catalogBlock(Table t, String shown, Table items, int headerRow,
                                                    List<Problem> problems) {
        Map<String, Object> c = new LinkedHashMap<>();
        if (t != null) {
            Map<String, String> kv = new HashMap<>();
            Map<String, Integer> rowOf = new HashMap<>();
            for (Table.Row r : t.rows()) {
                if (!readable(t, r, filled(r), problems)) continue;
                kv.put(r.cell(0), r.cell(1));
                rowOf.put(r.cell(0), r.number());
            }
            c.put("id", kv.getOrDefault("id", "imported"));
            c.put("name", text(kv.getOrDefault("name (zh)", ""), kv.get("name (en)")));
            c.put("reconstructed", Boolean.parseBoolean(kv.getOrDefault("reconstructed", "false")));
            put(c, "source", kv.get("source"));
            put(c, "note", kv.get("note"));
            String ec = kv.getOrDefault("expect categories", "");
            String ei = kv.getOrDefault("expect items", "");
            if (!ec.isEmpty() && !ei.isEmpty()) {
                Integer nc = count(t, rowOf.get("expect categories"), ec, problems);
                Integer ni = count(t, rowOf.get("expect items"), ei, problems);
                if (nc != null && ni != null) {
                    c.put("expect", Map.of("delegatedApprovals", Map.of("categories", nc, "items", ni)));
                }
            }
            return c;
        }
        String file = shown.replaceAll(".*/", "");
        String base = file.replaceAll("\\.[^.]+$", "");
        c.put("id", base.replaceAll("[^A-Za-z0-9_.-]", "-"));
        String title = headerRow > 0 ? items.rows().get(0).cell(0) : "";
        c.put("name", title.isEmpty() ? base : title);
        c.put("source", "imported from " + file);
        return c;
    }

    /** A count in the catalog sheet, or null with a problem at its cell. */
    private static Integer count(Table t, int row, String text, List<Problem> problems) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(new Location(t.cell(1, row), 0, 0), "a count must be a whole number of 0 or more,"
                + " found '" + text + "'"));
        return null;
    }

    private static List<Map<String, Object>> levels(Table t, List<Problem> problems) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (t == null) {
            out.add(Map.of("id", "city"));
            out.add(Map.of("id", "district"));
            out.add(Map.of("id", "street", "abolished", true));
            out.add(Map.of("id", "community"));
            return out;
        }
        for (Table.Row r : rest(t)) {
            if (r.blank() || !readable(t, r, filled(r), problems)) continue;
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("id", r.cell(0));
            if (!r.cell(1).isEmpty() || !r.cell(2).isEmpty()) l.put("name", text(r.cell(1), r.cell(2)));
            if (Boolean.parseBoolean(r.cell(3))) l.put("abolished", true);
            out.add(l);
        }
        if (out.isEmpty()) {
            problems.add(new Problem(new Location(t.where(), 0, 0), "no levels in the levels sheet (an export lists one"
                    + " a row under its header): the usual city, district, street and community are used"));
            return levels(null, problems);
        }
        return out;
    }

    private static List<Map<String, Object>> bodies(Table t, List<Problem> problems) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (t == null) return out;
        for (Table.Row r : rest(t)) {
            if (r.blank() || !readable(t, r, filled(r), problems)) continue;
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("id", r.cell(0));
            b.put("level", r.cell(1));
            b.put("name", text(r.cell(2), r.cell(3)));
            put(b, "parent", r.cell(4));
            put(b, "kind", r.cell(5));
            out.add(b);
        }
        return out;
    }

    private static Object text(String zh, String en) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (zh != null && !zh.isEmpty()) m.put("zh", zh);
        if (en != null && !en.isEmpty()) m.put("en", en);
        return m.isEmpty() ? "" : m;
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isEmpty()) m.put(key, value);
    }

    private static List<String> split(String s, String seps) {
        List<String> out = new ArrayList<>();
        for (String p : s.split("[" + seps + "]")) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    /** A JSON data cell (written by the xlsx export), or null with a problem at the cell. */
    private static <T> T json(String s, TypeReference<T> type, String cell, String column, List<Problem> problems) {
        try {
            return new ObjectMapper().readValue(s, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.add(new Problem(new Location(cell, 0, 0), "the '" + column + "' cell is not the JSON the export"
                    + " writes: " + e.getOriginalMessage() + " (clear the cell to use the readable columns instead)"));
            return null;
        }
    }
}
