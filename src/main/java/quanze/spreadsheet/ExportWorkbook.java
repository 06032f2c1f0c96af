package quanze.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import quanze.catalog.CatalogDraft;
import quanze.catalog.CatalogWorkbook;
import quanze.catalog.PrincipleReader;
import quanze.model.Body;
import quanze.model.CatalogInfo;
import quanze.model.Category;
import quanze.model.Level;
import quanze.model.Location;
import quanze.model.Problem;
import quanze.vocabulary.Vocabulary;

/**
 * A workbook quanze exported ({@code check --format xlsx}) read back as the catalog it was: its catalog (with the
 * principle where it differs from the bundled one), levels, bodies and categories sheets give the catalog's
 * structure, its items sheet the items, column by column as {@link CatalogWorkbook} lays them out.
 */
final class ExportWorkbook {

    private ExportWorkbook() {
    }

    /** True when the tables are quanze's workbook: it has the items sheet. */
    static boolean is(List<Table> tables) {
        return tables.stream().anyMatch(t -> t.name().equals(CatalogWorkbook.ITEMS) && !t.hidden());
    }

    static PowerListImporter.Result convert(PowerListImporter.Input in, Vocabulary vocabulary, IntConsumer progress) {
        ImportContext context = new ImportContext();
        List<Problem> problems = new ArrayList<>();
        Table items = find(in.tables(), CatalogWorkbook.ITEMS);
        List<Table> only = List.of(items);
        ListTable list = ListTable.find(only, vocabulary, true);
        if (list == null) {
            context.notices.add(Notice.problem(items.where(), "no header row with the columns quanze's workbook"
                    + " writes (" + CatalogWorkbook.ITEM_COLUMNS.get(0).header() + ", …)"));
            return new PowerListImporter.Result(null, context.notices,
                    List.of(new PowerListImporter.FileReport(in.shown(), 0, 0, 0, 0, 0)));
        }
        Table catalog = find(in.tables(), CatalogWorkbook.CATALOG);
        CatalogInfo info = catalog == null ? null : CatalogWorkbook.info(rows(catalog, false), new Location(catalog.where(), 0, 0), problems);
        quanze.model.Principle principle = catalog == null ? PrincipleReader.bundled()
                : CatalogWorkbook.principle(rows(catalog, false), problems);
        if (principle == null) principle = PrincipleReader.bundled(); // said at its cell
        List<Level> levels = new ArrayList<>();
        Table levelSheet = find(in.tables(), CatalogWorkbook.LEVELS);
        if (levelSheet != null) for (var r : rows(levelSheet, true)) levels.add(CatalogWorkbook.level(r));
        if (levelSheet != null && levels.isEmpty()) {
            problems.add(new Problem(new Location(levelSheet.where(), 0, 0), "no levels in the levels sheet (an export"
                    + " lists one a row under its header): the usual city, district, street and community are used"));
        }
        if (levels.isEmpty()) {
            for (String id : List.of("city", "district", "street", "community")) {
                levels.add(new Level(id, null, levels.size(), id.equals("street"), Location.NOWHERE));
            }
        }
        List<Body> bodies = new ArrayList<>();
        Table bodySheet = find(in.tables(), CatalogWorkbook.BODIES);
        if (bodySheet != null) for (var r : rows(bodySheet, true)) bodies.add(CatalogWorkbook.body(r, problems));
        Table categorySheet = find(in.tables(), CatalogWorkbook.CATEGORIES);
        if (categorySheet != null) {
            for (var r : rows(categorySheet, true)) {
                Category c = CatalogWorkbook.category(r, problems);
                if (c != null) {
                    context.categoryIndex.put(c.id(), context.categories.size());
                    context.categories.add(c);
                }
            }
        }
        problems.forEach(p -> context.notices.add(Notice.of(p)));
        int fallback = context.category("imported", "imported", quanze.model.CategoryKind.APPROVAL,
                new Location(in.shown(), 0, 0));
        int[] n = new ListItems(vocabulary, context, in.shown(), PowerListImporter.prefix(in.shown()), fallback, list,
                null, true).read(progress);
        var report = new PowerListImporter.FileReport(in.shown(), n[0], n[1], n[2], n[3],
                (int) context.notices.stream().filter(Notice::warning).count());
        if (context.items.isEmpty()) return new PowerListImporter.Result(null, context.notices, List.of(report));
        if (info == null) {
            info = new CatalogInfo(PowerListImporter.prefix(in.shown()), new quanze.model.Text(in.shown(), null), false,
                    "imported from " + in.shown().replaceAll(".*/", ""), null, null, new Location(in.shown(), 0, 0));
        }
        // the fallback category stays only when an item needs it
        List<Category> categories = new ArrayList<>(context.categories);
        boolean used = context.items.stream().anyMatch(d -> d.category() == fallback);
        List<quanze.catalog.ItemDraft> drafts = context.items;
        if (!used) categories.remove(fallback);
        return new PowerListImporter.Result(new CatalogDraft(info, principle, levels, bodies,
                categories, List.copyOf(drafts)), context.notices, List.of(report));
    }

    private static Table find(List<Table> tables, String name) {
        for (Table t : tables) if (t.name().equals(name)) return t;
        return null;
    }

    /** The rows of a structure sheet, each with the place of its cells ({@code header}: skip the first row). */
    private static List<CatalogWorkbook.SheetRow> rows(Table t, boolean header) {
        List<CatalogWorkbook.SheetRow> out = new ArrayList<>();
        List<Table.Row> rows = header && !t.rows().isEmpty() ? t.rows().subList(1, t.rows().size()) : t.rows();
        for (Table.Row r : rows) {
            if (r.blank()) continue;
            out.add(new CatalogWorkbook.SheetRow(r.cells(), c -> new Location(t.cell(c, r.number()), 0, 0)));
        }
        return out;
    }
}
