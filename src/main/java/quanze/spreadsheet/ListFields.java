package quanze.spreadsheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import quanze.catalog.CatalogJson;
import quanze.model.Basis;
import quanze.model.CategoryKind;
import quanze.model.Keyed;
import quanze.model.Location;
import quanze.model.Problem;
import quanze.model.Role;
import quanze.model.Scope;
import quanze.model.Service;
import quanze.model.Source;
import quanze.model.Trait;
import quanze.script.Script;
import quanze.vocabulary.Vocabulary;
/**
 * The catalog fields of a row read from its cells: the level (the list's own, inferred from its rows when it has no
 * level column), the source, the bodies and roles, the bases, and the words of quanze's own columns.
 */
abstract class ListFields extends ListRows {

    ListFields(Vocabulary vocabulary, ImportContext context, String shown, String prefix, int category, ListTable list,
               String levelOption, boolean export) {
        super(vocabulary, context, shown, prefix, category, list, levelOption, export);
    }

    // ---- the list's own level ------------------------------------------------------------------------------------

    /**
     * The level each sheet of the list is at: the one most rows of the whole list name (ties: the higher), unless
     * none of the sheet's rows names it, then the one most of its rows name; without a level column, the {@code --level} given, else the place its region,
     * title or bodies name (said in a warning, with the words).
     */
    Map<Integer, String> listLevels(List<RowValues> rows) {
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

    String mode(Map<String, Integer> count) {
        return count.entrySet().stream().max((a, b) -> a.getValue().equals(b.getValue())
                ? Integer.compare(vocabulary.rank(b.getKey()), vocabulary.rank(a.getKey()))
                : Integer.compare(a.getValue(), b.getValue())).orElseThrow().getKey();
    }

    /**
     * The level of a list whose rows name none: --level, else the place it names. A level column none of whose cells
     * names a level is said here once, with its first cell, not at each of its cells.
     */
    String inferred(List<RowValues> rows) {
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
    static String silentColumn(List<RowValues> rows) {
        String first = rows.get(0).get("level");
        String words = first.isEmpty() ? "" : "'" + cut(first) + "'" + (rows.size() > 1 ? ", …" : "");
        return "no level in the level column (" + (rows.size() == 1 ? words.isEmpty() ? "an empty cell" : words
                : rows.size() + " cells" + (words.isEmpty() ? "" : ": " + words)) + ")";
    }

    /** The bases of the row: the export's data cell, else the provisions of the basis cell, as published. */
    List<Basis> basis(RowValues c) {
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
    boolean known(RowValues c) {
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

    boolean unknown(RowValues c, String field, String what, String word, List<String> expected) {
        add(Notice.problem(c.where(field), "unknown " + what + " '" + word + "' (expected " + String.join(", ", expected)
                + ")"));
        return false;
    }

    /**
     * The levels the row is declared at: those its level cell names (the sentence after them is what the level may
     * do); a cell that names none, or an empty one, declares the list's level (said); levels that leave out the
     * list's own are said too.
     */
    List<String> levels(RowValues c, String listLevel) {
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
    static String cellWord(String cell, String folded) {
        String compact = cell.replaceAll("[\\s\\u3000]+", "");
        for (int i = 0; i + folded.length() <= compact.length(); i++) {
            if (Script.fold(compact.substring(i, i + folded.length())).equals(folded)) {
                return compact.substring(i, i + folded.length());
            }
        }
        return folded;
    }

    /** What the level may do: the sentence in the level cell (after its levels, or all of it), and the authority column. */
    String authority(RowValues c) {
        String cell = c.get("level");
        LevelCells.Levels read = c.levels();
        String rest = export ? null : read.ids().isEmpty() ? (cell.isEmpty() ? null : cell) : read.rest();
        String col = c.get("authority");
        if (rest == null) return col.isEmpty() ? null : col;
        // a 权限 column that repeats the level cell, whole or its sentence, says it once
        return col.isEmpty() || col.equals(rest) || col.equals(cell) ? rest : rest + "\n" + col;
    }

    /** Level ids as quanze's workbook writes them ({@code district}, {@code province、county}), or null. */
    static List<String> exportIds(String cell) {
        List<String> ids = split(cell, "、,，");
        for (String id : ids) if (!id.matches("[a-z][a-z0-9-]*")) return null;
        return ids.isEmpty() ? null : ids;
    }

    Source source(RowValues c) {
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
    Map<Role, String> roles(RowValues c, String level) {
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

    /**
     * A 事项名称 the list has used before at one of the same levels: two items of one name (said; QZ112 checks their
     * type and basis). The same name at other levels is the same power at each level, as templates list it.
     */
    void repeatedName(RowValues c, String fullName, List<String> levels, Map<String, List<Object[]>> names) {
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
}
