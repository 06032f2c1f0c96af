package quanze.spreadsheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import quanze.catalog.CatalogDraft;
import quanze.catalog.PrincipleReader;
import quanze.model.Body;
import quanze.model.CatalogInfo;
import quanze.model.Category;
import quanze.model.CategoryKind;
import quanze.model.Level;
import quanze.model.Location;
import quanze.model.Principle;
import quanze.model.Problem;
import quanze.model.Role;
import quanze.model.Text;
import quanze.script.Lang;
import quanze.vocabulary.Vocabulary;

/**
 * Turns published power lists (one row per power, under headers in simplified or traditional Chinese or in
 * English; title rows above are fine) into one catalog, as typed drafts: a category per list, one body per
 * distinct 行使主体 across the lists, the levels the lists use (with the fixed ids {@code national},
 * {@code province}, {@code prefecture}, {@code county}, {@code township}, {@code community}), and the principle
 * laid over them (the city's roles at {@code prefecture}, the district's at {@code county}). A workbook exported
 * by quanze comes back as the catalog it was.
 */
public final class PowerListImporter {

    /** One list: its file as the user named it, and its tables. */
    public record Input(String shown, List<Table> tables) {
    }

    /** What became of one file: data rows read, items imported, rows skipped, notes under the list, warnings. */
    public record FileReport(String shown, int rows, int items, int skipped, int notes, int warnings) {
    }

    /** The catalog (null when no item could be made), everything said about the cells, and each file's report. */
    public record Result(CatalogDraft draft, List<Notice> notices, List<FileReport> files) {
        public int items() {
            return draft == null ? 0 : draft.items().size();
        }
    }

    private final Vocabulary vocabulary;
    private final String level;

    /** {@code level}: the level of a list with no level column ({@code --level}), an id or a word; null: inferred. */
    public PowerListImporter(Vocabulary vocabulary, String level) {
        this.vocabulary = vocabulary;
        this.level = level == null ? null : vocabulary.levelId(level) != null ? vocabulary.levelId(level) : level;
    }

    /** The fields a mapping file may map a header to. */
    public static Set<String> fields() {
        return Vocabulary.bundled().fields();
    }

    public Result convert(List<Input> inputs, IntConsumer progress) {
        ImportContext context = new ImportContext();
        List<FileReport> files = new ArrayList<>();
        boolean export = inputs.size() == 1 && ExportWorkbook.is(inputs.get(0).tables());
        if (export) return ExportWorkbook.convert(inputs.get(0), vocabulary, progress);
        int done = 0;
        for (Input in : inputs) {
            int before = context.notices.size();
            if (ExportWorkbook.is(in.tables())) {
                context.notices.add(Notice.problem(in.shown(), "a workbook exported by quanze is a whole catalog: import"
                        + " it alone, not with other lists"));
                files.add(new FileReport(in.shown(), 0, 0, 0, 0, 0));
                continue;
            }
            ListTable list = ListTable.find(in.tables(), vocabulary, false);
            if (list == null) {
                context.notices.add(new Notice(noHeader(in), false));
                files.add(new FileReport(in.shown(), 0, 0, 0, 0, 0));
                continue;
            }
            if (list.parts().stream().allMatch(p -> p.rows().isEmpty() && p.notes().isEmpty())) {
                context.notices.add(Notice.problem(list.parts().get(0).table().where(), "no rows under the header"));
                files.add(new FileReport(in.shown(), 0, 0, 0, 0, 0));
                continue;
            }
            String prefix = prefix(in.shown());
            String name = list.title() != null ? list.title() : in.shown().replaceAll(".*/", "");
            int category = context.category(prefix, name, CategoryKind.APPROVAL, new Location(in.shown(), 0, 0));
            int offset = done;
            int[] n = new ListItems(vocabulary, context, in.shown(), prefix, category, list, level, false)
                    .read(k -> progress.accept(offset + k));
            done += n[1];
            ListTable.unread(in.tables(), list, in.shown()).forEach(p -> context.notices.add(Notice.of(p)));
            long warnings = context.notices.subList(before, context.notices.size()).stream().filter(Notice::warning).count();
            files.add(new FileReport(in.shown(), n[0], n[1], n[2], n[3], (int) warnings));
        }
        if (context.items.isEmpty()) return new Result(null, context.notices, files);
        Lang script = context.traditional > context.simplified ? Lang.ZH_HANT : Lang.ZH_HANS;
        List<Level> levels = levels(context, script);
        List<Body> bodies = context.bodies("prefecture");
        CatalogInfo info = info(inputs, context.categories);
        return new Result(new CatalogDraft(info, principle(), levels, bodies, List.copyOf(context.categories),
                List.copyOf(context.items)), context.notices, files);
    }

    /** Why a file holds no list: no header row (and hidden sheets, which are not read). */
    private static Problem noHeader(Input in) {
        long hidden = in.tables().stream().filter(Table::hidden).count();
        return new Problem(new Location(in.shown(), 0, 0), "no header row with a name and a type or basis column in the"
                + " first " + ListTable.HEADER_ROWS + " rows (map other headers with --mapping)" + (hidden == 0 ? ""
                : "; " + hidden + " hidden sheet" + (hidden == 1 ? " is" : "s are") + " not read: unhide the list to"
                + " import it"));
    }

    /**
     * The levels the lists use, top to bottom, with the principle's two (prefecture and county) always among them;
     * each named by the first word a list wrote for it, else in the lists' script.
     */
    private List<Level> levels(ImportContext context, Lang script) {
        Set<String> used = new LinkedHashSet<>(context.levelWords.keySet());
        used.add("prefecture");
        used.add("county");
        List<Level> out = new ArrayList<>();
        for (Vocabulary.LevelWords l : vocabulary.levels()) {
            if (!used.remove(l.id())) continue;
            String word = context.levelWords.get(l.id());
            out.add(new Level(l.id(), new Text(word != null ? word : l.names().get(script.tag()), l.names().get("en")),
                    out.size(), false, Location.NOWHERE));
        }
        for (String other : used) out.add(new Level(other, null, out.size(), false, Location.NOWHERE));
        return out;
    }

    /**
     * The bundled principle laid over the levels an import writes: what the principle gives the city is the
     * prefecture's, what it gives the district the county's (兩級主體，兩級管理 between a city and its districts).
     */
    static Principle principle() {
        Principle p = PrincipleReader.bundled();
        Map<String, String> to = Map.of(p.retainAt(), "prefecture", p.delegateTo(), "county", p.communityLevel(),
                "community", "street", "township");
        return new Principle(p.id(), p.name(), p.delegableTraits(), p.blockingScopes(), "county", "prefecture",
                "community", move(p.delegated(), to), move(p.retained(), to), move(p.community(), to),
                move(p.street(), to), p.communityServices(), p.holding());
    }

    private static Map<Role, String> move(Map<Role, String> roles, Map<String, String> to) {
        Map<Role, String> out = new EnumMap<>(Role.class);
        roles.forEach((r, l) -> out.put(r, to.getOrDefault(l, l)));
        return out;
    }

    private static CatalogInfo info(List<Input> inputs, List<Category> categories) {
        String first = inputs.get(0).shown().replaceAll(".*/", "");
        String id = inputs.size() == 1 ? prefix(inputs.get(0).shown()) : "imported";
        String name = categories.size() == 1 ? categories.get(0).name().zh()
                : categories.get(0).name().zh() + " (+" + (categories.size() - 1) + ")";
        List<String> names = inputs.stream().map(i -> i.shown().replaceAll(".*/", "")).toList();
        String source = "imported from " + (names.size() <= 5 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more");
        return new CatalogInfo(id.isEmpty() ? "imported" : id, new Text(name == null ? first : name, null), false, source,
                null, null, new Location(inputs.get(0).shown(), 0, 0));
    }

    /** The prefix of a list's ids: its file's name without the extension, letters and digits of any script kept. */
    static String prefix(String shown) {
        String base = shown.replaceAll(".*/", "").replaceAll("\\.[^.]+$", "");
        String p = base.replaceAll("[^\\p{L}\\p{N}_.-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
        return p.isEmpty() ? "list" : p;
    }
}
