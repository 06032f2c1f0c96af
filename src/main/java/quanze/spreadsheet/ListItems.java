package quanze.spreadsheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import quanze.catalog.CatalogJson;
import quanze.catalog.ItemDraft;
import quanze.model.Basis;
import quanze.model.CategoryKind;
import quanze.model.Entrustment;
import quanze.model.Imported;
import quanze.model.Keyed;
import quanze.model.Location;
import quanze.model.PowerType;
import quanze.model.Problem;
import quanze.model.Role;
import quanze.model.Scope;
import quanze.model.Service;
import quanze.model.Source;
import quanze.model.Text;
import quanze.model.Trait;
import quanze.script.Script;
import quanze.vocabulary.Vocabulary;

/**
 * The items of one published list: each row of data becomes an item (a sub-item, 子项名称, one of its own), and
 * what a row lacks or holds in a form the list's neighbours do not is said at its cell. A row is skipped only when
 * it cannot be an item (no name, a power type no word names, a cell that cannot be read), with the reason.
 */
final class ListItems {

    /** The fields read from a row: each field's text, the column it came from, the rest as {@code extra}. */
    private record RowValues(Part part, Table.Row row, Map<String, String> v, Map<String, Integer> at,
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
    private record Part(Table table, int number, Table.Row header, Map<Integer, String> columns, Map<String, Integer> at,
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
    private String term(RowValues c, String field) {
        Integer col = c.at().get(field);
        String h = col == null ? "" : Headers.label(c.part().header().cell(col));
        return h.isEmpty() ? quanze.script.Labels.label(script, "term." + field) : h;
    }

    /** What a list writes in a cell that has nothing to say. */
    private static final Set<String> PLACEHOLDERS = Set.of("/", "//", "-", "--", "—", "——", "－", "无", "暂无", "n/a");

    /** Where the pieces of a basis cell that cannot be read are kept, as written: 实施依据（未读）, in the list's script. */
    private String unreadKey(RowValues c) {
        return term(c, "basis") + quanze.script.Labels.label(script, "term.unread");
    }

    private final Vocabulary vocabulary;
    private final Provisions provisions;
    private final ImportContext context;
    private final String shown;
    private final String prefix;
    private final int category;
    private final ListTable list;
    private final String levelOption;
    private final boolean multiSheet;
    /** quanze's own workbook: ids, categories, levels and roles are given, nothing is inferred. */
    private final boolean export;
    /** The script the list's headers are written in: what is said of it is said in its words. */
    private final quanze.script.Lang script;
    private int warnings;
    private int skipped;
    /** True when the list's level column names no level in any row: said once, not at each cell. */
    private boolean silentLevelColumn;

    ListItems(Vocabulary vocabulary, ImportContext context, String shown, String prefix, int category, ListTable list,
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

    /** Reads every row; returns rows read, items made, rows skipped, notes, warnings. */
    int[] read(IntConsumer progress) {
        List<RowValues> rows = new ArrayList<>();
        int notes = 0;
        for (ListTable.Part p : list.parts()) {
            Part part = Part.of(p);
            for (Problem problem : p.table().problems()) add(Notice.of(problem));
            repeats(p);
            for (Table.Row note : p.notes()) {
                notes++;
                warn(p.table().cell(ListTable.filled(note).get(0), note.number()), "a note in the list ('"
                        + cut(note.cell(ListTable.filled(note).get(0))) + "'), not an item: not imported");
            }
            Map<Integer, List<Table.Row>> unheaded = new java.util.TreeMap<>();
            for (Table.Row row : p.rows()) {
                RowValues c = cells(part, row, unheaded);
                if (c != null) rows.add(c);
            }
            unheaded.forEach((col, at) -> unheaded(p, col, at));
        }
        Map<Integer, String> listLevels = listLevels(rows);
        Group group = null;
        Map<String, List<Object[]>> names = new HashMap<>();
        int made = 0;
        for (int k = 0; k < rows.size(); k++) {
            RowValues c = rows.get(k);
            group = group(group, c);
            ItemDraft d = item(c, k, rows, listLevels.get(c.part().number()), group, names);
            if (d == null) {
                skipped++;
                continue;
            }
            context.items.add(d);
            made++;
            if (made % 1000 == 0) progress.accept(made);
        }
        return new int[] {made + skipped, made, skipped, notes, warnings};
    }

    // ---- cells ---------------------------------------------------------------------------------------------------

    /** The fields of a row, or null (with problems) when an imported cell cannot be read. */
    private RowValues cells(Part part, Table.Row row, Map<Integer, List<Table.Row>> unheaded) {
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
    private void unheaded(ListTable.Part p, int col, List<Table.Row> rows) {
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
    private void repeats(ListTable.Part p) {
        p.columns().forEach((c, f) -> {
            if (!f.startsWith("repeat:")) return;
            String field = f.substring("repeat:".length());
            int first = p.columns().entrySet().stream().filter(e -> e.getValue().equals(field))
                    .findFirst().map(Map.Entry::getKey).orElse(c);
            warn(p.table().cell(c, p.header().number()), "a second '" + Headers.label(p.header().cell(c))
                    + "' column (the first is " + Table.letters(first) + "): only the first is read");
        });
    }

    // ---- the list's own level ------------------------------------------------------------------------------------

    /**
     * The level each sheet of the list is at: the one most rows of the whole list name (ties: the higher), unless
     * none of the sheet's rows names it, then the one most of its rows name; without a level column, the {@code --level} given, else the place its region,
     * title or bodies name (said in a warning, with the words).
     */
    private Map<Integer, String> listLevels(List<RowValues> rows) {
        Map<Integer, String> out = new HashMap<>();
        if (export) return out;
        // by the sheet's number: a sheet's record would hash all its cells
        Map<Integer, Map<String, Integer>> byPart = new LinkedHashMap<>();
        Map<String, Integer> all = new LinkedHashMap<>();
        for (RowValues c : rows) {
            Map<String, Integer> count = byPart.computeIfAbsent(c.part().number(), k -> new LinkedHashMap<>());
            for (String id : c.levels().ids()) {
                count.merge(id, 1, Integer::sum);
                all.merge(id, 1, Integer::sum);
            }
        }
        String whole = all.isEmpty() ? inferred(rows) : mode(all);
        // a sheet keeps the list's level when any of its rows names it: a sheet of items most of which are also
        // exercised higher up (自治区级、地州市级) is still the list's; only a sheet none of whose rows names it is at
        // its own level (a workbook with a 地州市级 sheet and a 县市区级 sheet)
        byPart.forEach((part, count) -> out.put(part, count.isEmpty() || count.containsKey(whole) ? whole : mode(count)));
        return out;
    }

    private String mode(Map<String, Integer> count) {
        return count.entrySet().stream().max((a, b) -> a.getValue().equals(b.getValue())
                ? Integer.compare(vocabulary.rank(b.getKey()), vocabulary.rank(a.getKey()))
                : Integer.compare(a.getValue(), b.getValue())).orElseThrow().getKey();
    }

    /**
     * The level of a list whose rows name none: --level, else the place it names. A level column none of whose cells
     * names a level is said here once, with its first cell, not at each of its cells.
     */
    private String inferred(List<RowValues> rows) {
        boolean column = !rows.isEmpty() && rows.get(0).at().containsKey("level");
        if (column) silentLevelColumn = true;
        if (levelOption != null) {
            if (column) {
                warn(rows.get(0).where("level"), silentColumn(rows) + ": its items are declared at '" + levelOption
                        + "', as --level says; " + (rows.size() == 1 ? "the cell is" : "each cell is")
                        + " kept as what the level may do");
            }
            return levelOption;
        }
        List<String[]> sources = new ArrayList<>();
        for (RowValues c : rows) {
            if (!c.get("region").isEmpty()) {
                sources.add(new String[] {c.get("region"), c.where("region"), "the region"});
                break;
            }
        }
        if (list.title() != null) sources.add(new String[] {list.title(), list.parts().get(0).table().where(), "the title"});
        sources.add(new String[] {shown.replaceAll(".*/", ""), shown, "the file's name"});
        for (RowValues c : rows) {
            if (!c.get("body").isEmpty()) {
                sources.add(new String[] {c.get("body"), c.where("body"), "the body"});
                break;
            }
        }
        String why = column ? silentColumn(rows) : "the list has no level column";
        String whyAt = column ? rows.get(0).where("level") : null;
        String kept = column ? "; " + (rows.size() == 1 ? "the cell is" : "each cell is") + " kept as what the level may do"
                : "";
        for (String[] s : sources) {
            String[] place = vocabulary.place(s[0]);
            if (place != null) {
                String cell = whyAt == null ? "" : " (" + s[1].substring(s[1].lastIndexOf('!') + 1) + ")";
                warn(whyAt == null ? s[1] : whyAt, why + ": its items are declared at '" + place[0] + "', the level of '"
                        + place[1] + "' in " + s[2] + cell + " (--level LEVEL says otherwise)" + kept);
                return place[0];
            }
        }
        warn(whyAt == null ? list.parts().get(0).table().where() : whyAt, why + " and the list names no place: its"
                + " items are declared at 'prefecture' (--level LEVEL says otherwise)" + kept);
        return "prefecture";
    }

    /** A level column none of whose cells names a level: how many cells, and the first one's words. */
    private static String silentColumn(List<RowValues> rows) {
        String first = rows.get(0).get("level");
        String words = first.isEmpty() ? "" : "'" + cut(first) + "'" + (rows.size() > 1 ? ", …" : "");
        return "no level in the level column (" + (rows.size() == 1 ? words.isEmpty() ? "an empty cell" : words
                : rows.size() + " cells" + (words.isEmpty() ? "" : ": " + words)) + ")";
    }

    // ---- groups of rows: an item and its sub-items ---------------------------------------------------------------

    /** The item a row belongs to: its 序号, name and id, and how many sub-items and rows it has had. */
    private static final class Group {
        final String seq;
        final String name;
        final String nameAt;
        final int row;
        String id;
        int subitems;
        int plain;

        Group(String seq, String name, String nameAt, int row) {
            this.seq = seq;
            this.name = name;
            this.nameAt = nameAt;
            this.row = row;
        }
    }

    /** The group of a row: the one before it when the 序号 is the same (or empty) and the name too (or empty). */
    private static Group group(Group previous, RowValues c) {
        String seq = c.get("seq");
        String name = c.get("name");
        if (previous != null && (seq.isEmpty() || seq.equals(previous.seq))
                && (name.isEmpty() || Script.fold(name).equals(Script.fold(previous.name)))) {
            return previous;
        }
        return new Group(seq, name, c.where("name"), c.row().number());
    }

    // ---- one item ------------------------------------------------------------------------------------------------

    private ItemDraft item(RowValues c, int k, List<RowValues> rows, String listLevel, Group group,
                           Map<String, List<Object[]>> names) {
        String sub = c.get("subitem");
        String name = c.get("name");
        if (name.isEmpty() && !group.name.isEmpty() && (!sub.isEmpty() || group.row != c.row().number())) {
            name = group.name;
            warn(c.where("name"), "no " + term(c, "name") + ": the item of row " + group.row + " above it"
                    + " (the same " + term(c, "seq") + " '" + group.seq + "') is taken: '" + cut(name) + "'");
        }
        if (name.isEmpty() && sub.isEmpty()) {
            add(Notice.problem(c.where("name"), "no " + term(c, "name") + " (name) in the row: not imported"));
            return null;
        }
        PowerType type = type(c, k, rows);
        if (type == null) return null;
        String fullName = name.isEmpty() ? sub : sub.isEmpty() ? name : name + "（" + sub + "）";
        context.count(fullName);
        String id = id(c, group, sub);
        List<String> levels = levels(c, listLevel);
        if (levels == null) return null;
        if (!export) repeatedName(c, fullName, levels, names); // quanze's workbook tells items apart by their ids
        List<Basis> basis = basis(c);
        if (basis == null) return null;
        if (!known(c)) return null;
        Source source = source(c);
        if (source == null) return null;
        Entrustment entrustment = null;
        if (!c.get("entrustment_data").isEmpty()) {
            List<Problem> ps = new ArrayList<>();
            entrustment = CatalogJson.readEntrustment(c.get("entrustment_data"), c.where("entrustment_data"), ps);
            ps.forEach(p -> add(Notice.of(p)));
            if (entrustment == null) return null;
        }
        // the bodies a list names are its own level's (a 地州市级 list's 农业农村局 is the prefecture's, even of an item
        // the region exercises too); another level's only when the item is not at the list's level at all
        Map<Role, String> roles = roles(c, listLevel != null && levels.contains(listLevel) ? listLevel : levels.get(0));
        Map<Role, Location> roleAt = new EnumMap<>(Role.class);
        Location here = new Location(c.where("name"), 0, 0);
        for (Role r : roles.keySet()) roleAt.put(r, here);
        Location levelCell = c.at().containsKey("level") ? new Location(c.where("level"), 0, 0) : here;
        List<Location> levelAt = new ArrayList<>();
        for (int n = 0; n < levels.size(); n++) levelAt.add(levelCell);
        String authority = authority(c);
        var declared = new ItemDraft.DeclaredDraft(levels, levelAt, source, entrustment == null ? null : entrustment.by(),
                here, entrustment == null ? List.of() : entrustment.basis(), entrustment != null, roles, roleAt,
                authority, here);
        Set<Trait> traits = new LinkedHashSet<>();
        for (String t : split(c.get("traits"), ",，、")) vocabulary.parse(Trait.class, t).ifPresent(traits::add);
        Scope scope = c.get("scope").isEmpty() ? null : vocabulary.parse(Scope.class, c.get("scope")).orElse(null);
        Service service = c.get("service").isEmpty() ? null : Keyed.parse(Service.class, c.get("service")).orElse(null);
        String note = c.get("note");
        Text text = new Text(fullName, c.get("name_en").isEmpty() ? null : c.get("name_en"));
        int cat = categoryOf(c);
        Imported imported = new Imported(shown, c.part().table().name().equals(shown) ? null : c.part().table().name(),
                c.row().number());
        Map<String, String> extra = c.extra();
        if (export) {
            // quanze's workbook keeps where an item was first imported from, and the columns it kept, in data cells
            List<Problem> ps = new ArrayList<>();
            if (!c.get("imported_data").isEmpty()) imported = CatalogJson.readImported(c.get("imported_data"), c.where("imported_data"), ps);
            if (!c.get("extra_data").isEmpty()) extra = CatalogJson.readExtra(c.get("extra_data"), c.where("extra_data"), ps);
            ps.forEach(p -> add(Notice.of(p)));
            if (!ps.isEmpty()) return null;
        }
        String floor = empty(c.get("floor"));
        String origin = empty(c.get("origin"));
        return new ItemDraft(cat, id, text, type, basis, floor, floor == null ? here : new Location(c.where("floor"), 0, 0),
                traits, scope == null ? Scope.WITHIN_DISTRICT : scope, lines(c, "responsibilities"),
                lines(c, "accountability"), declared, service, origin,
                origin == null ? here : new Location(c.where("origin"), 0, 0), note.isEmpty() ? null : note, extra,
                imported, here);
    }

    private int categoryOf(RowValues c) {
        String id = c.get("category");
        if (id.isEmpty()) return category;
        CategoryKind kind = Keyed.parse(CategoryKind.class, c.get("kind")).orElse(CategoryKind.APPROVAL);
        return context.category(id, id, kind, new Location(c.where("category"), 0, 0));
    }

    /**
     * The power type: the word in the cell; when the cell is empty, the one the sheet is named for, else the one
     * the name ends with (…的处罚, …监督检查), else the one the rows above and below share — each said in a warning
     * with its words.
     */
    private PowerType type(RowValues c, int k, List<RowValues> rows) {
        String cell = c.get("type");
        if (!cell.isEmpty()) {
            PowerType t = vocabulary.parse(PowerType.class, cell).orElse(null);
            if (t == null) {
                add(Notice.problem(c.where("type"), "unknown power type '" + cell + "' (expected one of the ten types,"
                        + " by name or by code 01-10: " + quanze.script.Labels.label(script, "typeNames") + ")"));
            }
            return t;
        }
        String sheet = c.part().table().name();
        for (String w : typeWordsLongestFirst()) {
            if (Script.fold(sheet).contains(Script.fold(w))) {
                PowerType t = vocabulary.parse(PowerType.class, w).orElseThrow();
                warn(c.where("type"), "no " + term(c, "type") + ": read as '" + w
                        + "', the type the sheet '" + sheet + "' is named for");
                return t;
            }
        }
        String written = (c.get("name") + c.get("subitem")).replaceAll("[\\s\\u3000]+", "");
        String name = Script.fold(written);
        for (var e : vocabulary.typeCues().entrySet()) {
            for (String cue : e.getValue()) {
                String f = Script.fold(cue);
                if (name.endsWith(f)) {
                    warn(c.where("type"), "no " + term(c, "type") + ": read as " + e.getKey()
                            + " from the words '" + written.substring(written.length() - f.length()) + "' that end"
                            + " the name");
                    return Keyed.parse(PowerType.class, e.getKey()).orElseThrow();
                }
            }
        }
        PowerType above = k > 0 && rows.get(k - 1).part() == c.part() ? typeOf(rows.get(k - 1)) : null;
        PowerType below = k + 1 < rows.size() && rows.get(k + 1).part() == c.part() ? typeOf(rows.get(k + 1)) : null;
        if (above != null && (below == null || below == above)) {
            warn(c.where("type"), "no " + term(c, "type") + ": read as '" + rows.get(k - 1).get("type")
                    + "', the type of the row"
                    + (below == null ? " above it" : "s above and below it"));
            return above;
        }
        add(Notice.problem(c.where("type"), "no " + term(c, "type") + " (power type), and neither the"
                + " sheet, the name nor the rows around it says one: not imported"));
        return null;
    }

    private PowerType typeOf(RowValues c) {
        return c.get("type").isEmpty() ? null : vocabulary.parse(PowerType.class, c.get("type")).orElse(null);
    }

    private List<String> typeWordsLongestFirst() {
        return vocabulary.names(PowerType.class).stream().filter(w -> w.length() >= 4)
                .sorted((a, b) -> b.length() - a.length()).toList();
    }

    /**
     * The item's id: the list's code where it has one; else the list's prefix and its 序号 (with the sheet's
     * number when the list spans sheets), a sub-item's that of its item and its place under it ({@code .1}).
     */
    private String id(RowValues c, Group group, String sub) {
        String code = c.get("id");
        if (!code.isEmpty()) {
            String id = context.id(code);
            if (!id.equals(code)) warn(c.where("id"), "the code '" + code + "' is already an item's: this one is '" + id + "'");
            return id;
        }
        if (group.id == null) {
            String seq = Script.fold(group.seq);
            String key;
            if (seq.matches("[0-9]+(\\.[0-9]+)*")) {
                key = seq;
            } else {
                key = "r" + group.row;
                if (!seq.isEmpty()) {
                    warn(c.where("seq"), "an irregular " + term(c, "seq") + " '" + group.seq + "' (one row for"
                            + " several items?): the item's id is taken from its row");
                }
            }
            String base = prefix + (multiSheet ? "." + c.part().number() : "") + "." + key;
            group.id = context.id(base);
        }
        if (!sub.isEmpty()) return context.id(group.id + "." + (++group.subitems));
        return ++group.plain == 1 ? group.id : context.id(group.id);
    }

    /**
     * A 事项名称 the list has used before at one of the same levels: two items of one name (said; QZ112 checks their
     * type and basis). The same name at other levels is the same power at each level, as templates list it.
     */
    private void repeatedName(RowValues c, String fullName, List<String> levels, Map<String, List<Object[]>> names) {
        List<Object[]> seen = names.computeIfAbsent(Script.fold(fullName), k -> new ArrayList<>());
        for (Object[] before : seen) {
            @SuppressWarnings("unchecked")
            List<String> at = (List<String>) before[1];
            if (at.stream().anyMatch(levels::contains)) {
                String where = before[2] == c.part() ? "row " + before[0] : "'" + ((Part) before[2]).table().name()
                        + "' row " + before[0];
                warn(c.where("name"), "the name '" + cut(fullName) + "' is also " + where + "'s, at the same level (no "
                        + term(c, "subitem") + " tells them apart): imported as two items");
                break;
            }
        }
        seen.add(new Object[] {c.row().number(), levels, c.part()});
    }

    /** The bases of the row: the export's data cell, else the provisions of the basis cell, as published. */
    private List<Basis> basis(RowValues c) {
        if (!c.get("basis_data").isEmpty()) {
            List<Problem> ps = new ArrayList<>();
            List<Basis> b = CatalogJson.readBasis(c.get("basis_data"), c.where("basis_data"), ps);
            ps.forEach(p -> add(Notice.of(p)));
            return b;
        }
        String cell = c.get("basis");
        if (cell.isEmpty()) return List.of();
        Provisions.Parsed p = provisions.parse(cell);
        for (String w : p.warnings()) warn(c.where("basis"), w);
        String key = unreadKey(c);
        for (String u : p.unread()) {
            warn(c.where("basis"), "cannot read a 【tag】《title》 and article in '" + cut(u) + "': kept as written in the"
                    + " item's extra '" + key + "'");
            c.extra().merge(key, u, (a, b) -> a + "\n" + b);
        }
        return p.bases();
    }

    /** The words of the catalog's own columns (traits, scope, service, kind) must name known values: all are said. */
    private boolean known(RowValues c) {
        boolean ok = true;
        for (String t : split(c.get("traits"), ",，、")) {
            if (vocabulary.parse(Trait.class, t).isEmpty()) ok &= unknown(c, "traits", "trait", t, Keyed.keys(Trait.class));
        }
        String scope = c.get("scope");
        if (!scope.isEmpty() && vocabulary.parse(Scope.class, scope).isEmpty()) {
            ok &= unknown(c, "scope", "scope", scope, Keyed.keys(Scope.class));
        }
        String service = c.get("service");
        if (!service.isEmpty() && Keyed.parse(Service.class, service).isEmpty()) {
            ok &= unknown(c, "service", "service", service, Keyed.keys(Service.class));
        }
        String kind = c.get("kind");
        if (!kind.isEmpty() && Keyed.parse(CategoryKind.class, kind).isEmpty()) {
            ok &= unknown(c, "kind", "kind", kind, Keyed.keys(CategoryKind.class));
        }
        return ok;
    }

    private boolean unknown(RowValues c, String field, String what, String word, List<String> expected) {
        add(Notice.problem(c.where(field), "unknown " + what + " '" + word + "' (expected " + String.join(", ", expected)
                + ")"));
        return false;
    }

    /**
     * The levels the row is declared at: those its level cell names (the sentence after them is what the level may
     * do); a cell that names none, or an empty one, declares the list's level (said); levels that leave out the
     * list's own are said too.
     */
    private List<String> levels(RowValues c, String listLevel) {
        // quanze's workbook always has the level column; one without it declares the principle's delegated level
        if (export && !c.at().containsKey("level")) return List.of(quanze.catalog.PrincipleReader.bundled().delegateTo());
        if (!c.at().containsKey("level")) {
            context.level(listLevel, null);
            return List.of(listLevel);
        }
        String cell = c.get("level");
        if (export) {
            // quanze's workbook writes the level ids of its own catalog (city, district): kept as they are
            List<String> ids = exportIds(cell);
            if (ids != null) return ids;
            add(Notice.problem(c.where("level"), "no level id in the cell (the workbook's levels sheet lists them)"));
            return null;
        }
        LevelCells.Levels read = c.levels();
        if (read.ids().isEmpty()) {
            if (!silentLevelColumn) {
                warn(c.where("level"), (cell.isEmpty() ? "no level in the cell" : "no level word in '" + cut(cell) + "'")
                        + ": declared at the list's level '" + listLevel + "'");
            }
            context.level(listLevel, null);
            return List.of(listLevel);
        }
        for (int n = 0; n < read.ids().size(); n++) {
            String w = read.words().get(n);
            context.level(read.ids().get(n), w.isEmpty() ? null : cellWord(cell, w));
        }
        if (read.range() != null) {
            warn(c.where("level"), "'" + read.range() + "' is a range of levels: declared at each, '"
                    + String.join("、", read.ids()) + "' (name the levels one by one if fewer exercise the power)");
        }
        if (!read.ids().contains(listLevel)) {
            warn(c.where("level"), "declared at '" + String.join("、", read.ids()) + "' (" + cut(cell) + "), outside the"
                    + " list's own level '" + listLevel + "'");
        }
        return read.ids();
    }

    /** The level word as the list wrote it (its script), found again in the cell. */
    private static String cellWord(String cell, String folded) {
        String compact = cell.replaceAll("[\\s\\u3000]+", "");
        for (int i = 0; i + folded.length() <= compact.length(); i++) {
            if (Script.fold(compact.substring(i, i + folded.length())).equals(folded)) {
                return compact.substring(i, i + folded.length());
            }
        }
        return folded;
    }

    /** What the level may do: the sentence in the level cell (after its levels, or all of it), and the authority column. */
    private String authority(RowValues c) {
        String cell = c.get("level");
        LevelCells.Levels read = c.levels();
        String rest = export ? null : read.ids().isEmpty() ? (cell.isEmpty() ? null : cell) : read.rest();
        String col = c.get("authority");
        if (rest == null) return col.isEmpty() ? null : col;
        // a 权限 column that repeats the level cell, whole or its sentence, says it once
        return col.isEmpty() || col.equals(rest) || col.equals(cell) ? rest : rest + "\n" + col;
    }

    /** Level ids as quanze's workbook writes them ({@code district}, {@code province、county}), or null. */
    private static List<String> exportIds(String cell) {
        List<String> ids = split(cell, "、,，");
        for (String id : ids) if (!id.matches("[a-z][a-z0-9-]*")) return null;
        return ids.isEmpty() ? null : ids;
    }

    private Source source(RowValues c) {
        String cell = c.get("source");
        if (cell.isEmpty()) return Source.BY_LAW;
        Source s = vocabulary.parse(Source.class, cell).orElse(null);
        if (s == null) {
            add(Notice.problem(c.where("source"), "unknown source '" + cell + "' (expected "
                    + quanze.script.Labels.label(script, "sourceNames") + ", or " + String.join(", ",
                    Keyed.keys(Source.class)) + ")"));
        }
        return s;
    }

    /**
     * The roles the row names: those of quanze's workbook by column, else the body that exercises the power
     * (行使主体) managing and implementing it and its office (承办机构) executing it.
     */
    private Map<Role, String> roles(RowValues c, String level) {
        Map<Role, String> roles = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            String b = c.get("role." + r.key());
            if (!b.isEmpty()) roles.put(r, b);
        }
        if (!roles.isEmpty()) return roles;
        String bodyName = c.get("body");
        String office = c.get("office");
        if (bodyName.isEmpty() && office.isEmpty()) return roles;
        Location at = new Location(c.where(bodyName.isEmpty() ? "office" : "body"), 0, 0);
        String body = context.body(bodyName.isEmpty() ? office : bodyName, null, level, at);
        boolean itself = bodyName.isEmpty() || office.isEmpty() || Script.fold(office).equals(Script.fold(bodyName));
        String executes = itself ? body : context.body(office, body, level, new Location(c.where("office"), 0, 0));
        roles.put(Role.MANAGEMENT, body);
        roles.put(Role.EXECUTION, executes);
        roles.put(Role.IMPLEMENTATION, body);
        return roles;
    }

    // ---- small things --------------------------------------------------------------------------------------------

    /**
     * A list cell: one entry per line (responsibilities, accountability), or per ；when it has no line breaks —
     * except in quanze's workbook, which writes one a line (an entry may hold a ；): a workbook from before the
     * {@code imported (data)} column joined them with ；.
     */
    private List<String> lines(RowValues c, String field) {
        String cell = c.get(field);
        if (cell.isBlank()) return List.of();
        boolean oneALine = cell.contains("\n") || export && c.at().containsKey("imported_data");
        return split(cell, oneALine ? "\n" : "；;");
    }

    private static List<String> split(String s, String seps) {
        List<String> out = new ArrayList<>();
        if (s == null || s.isBlank()) return out;
        for (String p : s.split("[" + seps + "]")) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    private static String empty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static String cut(String s) {
        String one = s.strip().replace("\r", "").replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }

    private void warn(String where, String message) {
        add(Notice.warning(where, message));
    }

    private void add(Notice n) {
        if (n.warning()) warnings++;
        context.notices.add(n);
    }
}
