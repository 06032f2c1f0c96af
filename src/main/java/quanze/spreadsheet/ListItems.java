package quanze.spreadsheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import quanze.catalog.CatalogJson;
import quanze.catalog.ItemDraft;
import quanze.model.Basis;
import quanze.model.CategoryKind;
import quanze.model.Transfer;
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
final class ListItems extends ListFields {

    ListItems(Vocabulary vocabulary, ImportContext context, String shown, String prefix, int category, ListTable list,
              String levelOption, boolean export) {
        super(vocabulary, context, shown, prefix, category, list, levelOption, export);
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
        Transfer entrustment = null;
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
        var declared = new ItemDraft.DeclaredDraft(levels, levelAt, source, entrustment,
                source == Source.ENTRUSTED ? "entrustment" : "transfer", here, roles, roleAt, authority, here);
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

}
