package quanze.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import quanze.model.Basis;
import quanze.model.Body;
import quanze.model.CatalogInfo;
import quanze.model.Category;
import quanze.model.CategoryKind;
import quanze.model.CommunityBody;
import quanze.model.Nature;
import quanze.model.Expectation;
import quanze.model.Item;
import quanze.model.Keyed;
import quanze.model.Level;
import quanze.model.Location;
import quanze.model.Problem;
import quanze.model.Role;
import quanze.model.Text;
import quanze.script.Script;

/**
 * The workbook quanze writes a catalog into ({@code check --format xlsx}) and reads back ({@code import}): the
 * names of its sheets, their columns, a catalog's rows, and the catalog's parts from those rows. The one place
 * that knows the layout, so that export and import cannot drift apart.
 */
public final class CatalogWorkbook {

    public static final String ITEMS = "事項 Items";
    public static final String CATALOG = "目錄 Catalog";
    public static final String LEVELS = "層級 Levels";
    public static final String BODIES = "主體 Bodies";
    public static final String CATEGORIES = "類別 Categories";

    /** A column of the items sheet: its header, and the field of an item it holds. */
    public record Column(String header, String field) {
    }

    /** Where the role columns stand: one per role, in the order of {@link quanze.model.Role}. */
    private static final Column ROLES = new Column("", "role.*");

    /** The columns of the items sheet: the catalog's fields, one power per row. */
    public static final List<Column> ITEM_COLUMNS = columns(new Column("事項編碼 id", "id"),
            new Column("事項名稱 name (zh)", "name"), new Column("name (en)", "name_en"),
            new Column("類別 category", "category"), new Column("類別種類 kind", "kind"),
            new Column("職權類型 type", "type"), new Column("法定依據 basis", "basis"),
            new Column("法定層級下限 floor", "floor"), new Column("特徵 traits", "traits"),
            new Column("範圍 scope", "scope"), new Column("責任事項 responsibilities", "responsibilities"),
            new Column("追責情形 accountability", "accountability"), new Column("行使層級 declared level", "level"),
            new Column("權力來源 source", "source"), ROLES, new Column("service", "service"), new Column("origin", "origin"), new Column("備註 note", "note"),
            new Column("basis (data)", "basis_data"), new Column("entrustment (data)", "entrustment_data"),
            new Column("權限 authority", "authority"), new Column("extra (data)", "extra_data"),
            new Column("imported (data)", "imported_data"));
    private static List<Column> columns(Column... in) {
        List<Column> out = new java.util.ArrayList<>();
        for (Column c : in) {
            if (c != ROLES) out.add(c);
            else for (quanze.model.Role r : quanze.model.Role.values()) out.add(new Column(r.key(), "role." + r.key()));
        }
        return List.copyOf(out);
    }

    /** The catalog sheet's field for the principle where it differs from the bundled one (JSON). */
    public static final String PRINCIPLE = "principle (data)";
    public static final List<String> CATALOG_COLUMNS = List.of("field", "value");
    public static final List<String> LEVEL_COLUMNS = List.of("id", "name (zh)", "name (en)", "abolished");
    public static final List<String> BODY_COLUMNS = List.of("id", "level", "name (zh)", "name (en)", "parent", "kind",
            "nature");
    public static final List<String> CATEGORY_COLUMNS = List.of("id", "kind", "name (zh)", "name (en)", "note");

    private CatalogWorkbook() {
    }

    /** The field each header of the items sheet names (headers folded), or null when it is not one of them. */
    public static String itemField(String header) {
        String key = Script.fold(header);
        for (Column c : ITEM_COLUMNS) if (Script.fold(c.header()).equals(key)) return c.field();
        return null;
    }

    /**
     * An item's row: one cell per column of {@link #ITEM_COLUMNS}. Several declared levels are joined by 、,
     * responsibilities and accountability one a line.
     */
    public static List<String> itemRow(Item i) {
        List<String> v = new ArrayList<>(List.of(i.id(), i.name() == null ? "" : nz(i.name().zh()),
                i.name() == null ? "" : nz(i.name().en()), i.categoryId(), i.kind() == null ? "" : i.kind().key(),
                i.type() == null ? "" : i.type().key(), basis(i.basis()), i.floor() == null ? "" : i.floor().id(),
                String.join(", ", i.traits().stream().map(Keyed::key).toList()), i.scope().key(),
                String.join("\n", i.responsibilities()), String.join("\n", i.accountability()),
                String.join("、", i.declared().levelIds()), i.declared().source().key()));
        for (Role r : Role.values()) v.add(nz(i.declared().roleIds().get(r)));
        v.add(i.service() == null ? "" : i.service().key());
        v.add(i.origin() == null ? "" : i.origin().id());
        v.add(nz(i.note()));
        v.add(CatalogJson.basis(i.basis()));
        v.add(CatalogJson.entrustment(i.declared().entrustment()));
        v.add(nz(i.declared().authority()));
        v.add(CatalogJson.extra(i.extra()));
        v.add(CatalogJson.imported(i.imported()));
        return v;
    }

    /** 《城鄉規劃法》第41條 (law); … — the way published lists write a basis, with its rank. */
    public static String basis(List<Basis> basis) {
        StringBuilder sb = new StringBuilder();
        for (Basis b : basis) {
            if (sb.length() > 0) sb.append("；");
            sb.append("《").append(b.law()).append("》第").append(b.article()).append("條 (").append(b.rank().key())
                    .append(b.confirmed() ? "" : ", unconfirmed").append(")");
        }
        return sb.toString();
    }

    /** The catalog sheet: one row per field of the catalog block. */
    public static List<List<String>> catalogRows(CatalogInfo info, quanze.model.Principle principle) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("id", info == null ? "" : info.id()));
        rows.add(List.of("name (zh)", info == null ? "" : nz(info.name().zh())));
        rows.add(List.of("name (en)", info == null ? "" : nz(info.name().en())));
        rows.add(List.of("reconstructed", String.valueOf(info != null && info.reconstructed())));
        rows.add(List.of("source", info == null ? "" : nz(info.source())));
        rows.add(List.of("note", info == null ? "" : nz(info.note())));
        Expectation e = info == null ? null : info.expect();
        rows.add(List.of("expect categories", e == null ? "" : String.valueOf(e.categories())));
        rows.add(List.of("expect items", e == null ? "" : String.valueOf(e.items())));
        rows.add(List.of(PRINCIPLE, CatalogJson.principle(principle)));
        return rows;
    }

    public static List<String> levelRow(Level l) {
        return List.of(l.id(), l.name() == null ? "" : nz(l.name().zh()), l.name() == null ? "" : nz(l.name().en()),
                String.valueOf(l.abolished()));
    }

    public static List<String> bodyRow(Body b) {
        return List.of(b.id(), b.levelId(), b.name() == null ? "" : nz(b.name().zh()),
                b.name() == null ? "" : nz(b.name().en()), nz(b.parent()), b.kind() == null ? "" : b.kind().key(),
                b.declaredNature() == null ? "" : b.declaredNature().key());
    }

    public static List<String> categoryRow(Category k) {
        return List.of(k.id(), k.kind() == null ? "" : k.kind().key(), k.name() == null ? "" : nz(k.name().zh()),
                k.name() == null ? "" : nz(k.name().en()), nz(k.note()));
    }

    /** Reading the sheets back: each row's cells, and the place of a cell by column for problems. */
    public record SheetRow(List<String> cells, IntFunction<Location> at) {
        String cell(int c) {
            return c < cells.size() && cells.get(c) != null ? cells.get(c).strip() : "";
        }
    }

    /** The catalog block from the catalog sheet's rows (field, value); the problems at their cells. */
    public static CatalogInfo info(List<SheetRow> rows, Location sheet, List<Problem> problems) {
        Map<String, SheetRow> byField = new LinkedHashMap<>();
        for (SheetRow r : rows) byField.put(r.cell(0), r);
        String id = value(byField, "id");
        Expectation expect = null;
        SheetRow ec = byField.get("expect categories");
        SheetRow ei = byField.get("expect items");
        if (ec != null && ei != null && !ec.cell(1).isEmpty() && !ei.cell(1).isEmpty()) {
            Integer c = count(ec, problems);
            Integer i = count(ei, problems);
            if (c != null && i != null) expect = new Expectation(c, i, sheet);
        }
        return new CatalogInfo(id.isEmpty() ? "imported" : id, text(value(byField, "name (zh)"), value(byField, "name (en)")),
                Boolean.parseBoolean(value(byField, "reconstructed")), empty(value(byField, "source")),
                empty(value(byField, "note")), expect, sheet);
    }

    /** The principle of the catalog sheet's rows: the bundled one, with what its data cell overrides. */
    public static quanze.model.Principle principle(List<SheetRow> rows, List<Problem> problems) {
        for (SheetRow r : rows) {
            if (r.cell(0).equals(PRINCIPLE) && !r.cell(1).isEmpty()) {
                return CatalogJson.readPrinciple(r.cell(1), r.at().apply(1).file(), problems);
            }
        }
        return PrincipleReader.bundled();
    }

    private static String value(Map<String, SheetRow> byField, String field) {
        SheetRow r = byField.get(field);
        return r == null ? "" : r.cell(1);
    }

    private static Integer count(SheetRow r, List<Problem> problems) {
        try {
            int n = Integer.parseInt(r.cell(1));
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(r.at().apply(1), "a count must be a whole number of 0 or more, found '" + r.cell(1)
                + "'"));
        return null;
    }

    /** A level from its row (ranked later, by its place in the list). */
    public static Level level(SheetRow r) {
        String zh = r.cell(1);
        String en = r.cell(2);
        return new Level(r.cell(0), zh.isEmpty() && en.isEmpty() ? null : text(zh, en), 0,
                Boolean.parseBoolean(r.cell(3)), r.at().apply(0));
    }

    /** A body from its row, its level unresolved; an unknown kind or nature is a problem at its cell. */
    public static Body body(SheetRow r, List<Problem> problems) {
        CommunityBody kind = keyed(r, 5, "kind", CommunityBody.class, problems);
        Nature nature = keyed(r, 6, "nature", Nature.class, problems);
        return new Body(r.cell(0), text(r.cell(2), r.cell(3)), r.cell(1), null, empty(r.cell(4)), kind, nature, null,
                r.at().apply(0));
    }

    /** The constant an optional cell names by its key, or null: empty, or unknown (then a problem at the cell). */
    private static <E extends Enum<E> & Keyed> E keyed(SheetRow r, int column, String what, Class<E> type,
                                                      List<Problem> problems) {
        if (r.cell(column).isEmpty()) return null;
        E e = Keyed.parse(type, r.cell(column)).orElse(null);
        if (e == null) {
            problems.add(new Problem(r.at().apply(column), "unknown " + what + " '" + r.cell(column) + "' (expected "
                    + String.join(", ", Keyed.keys(type)) + ")"));
        }
        return e;
    }

    /** A category from its row, or null with a problem at its kind cell. */
    public static Category category(SheetRow r, List<Problem> problems) {
        var kind = Keyed.parse(CategoryKind.class, r.cell(1));
        if (kind.isEmpty()) {
            problems.add(new Problem(r.at().apply(1), "unknown kind '" + r.cell(1) + "' (expected "
                    + String.join(", ", Keyed.keys(CategoryKind.class)) + ")"));
            return null;
        }
        return new Category(r.cell(0), text(r.cell(2), r.cell(3)), kind.get(), empty(r.cell(4)), r.at().apply(0));
    }

    private static Text text(String zh, String en) {
        return new Text(zh == null || zh.isEmpty() ? null : zh, en == null || en.isEmpty() ? null : en);
    }

    private static String empty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
