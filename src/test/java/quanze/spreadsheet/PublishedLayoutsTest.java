package quanze.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import quanze.catalog.CatalogReader;
import quanze.cli.RunAccess;
import quanze.model.Basis;
import quanze.model.Catalog;
import quanze.model.Item;
import quanze.model.PowerType;
import quanze.model.Rank;
import quanze.script.Script;

/**
 * The four layouts of published lists (src/test/resources/lists, see its README), in both scripts, as CSV and as
 * the .xls and .xlsx workbooks they are published as: what each row becomes, and what is said about it.
 */
class PublishedLayoutsTest {

    static final Path LISTS = Path.of("src/test/resources/lists");

    @TempDir
    Path tmp;

    private Catalog imported(Path list, String... more) throws Exception {
        Path out = tmp.resolve("out-" + list.getFileName() + "-" + String.join("", more).hashCode());
        String[] args = new String[4 + more.length];
        args[0] = "import";
        args[1] = list.toString();
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        RunAccess r = RunAccess.of(args);
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        return new CatalogReader().read(out, "out");
    }

    private static Item item(Catalog c, String id) {
        return c.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(
                "no item " + id + " in " + c.items().stream().map(Item::id).toList()));
    }

    @Test
    void layoutAReadsSubItemsSeveralLevelsAndTheAuthorityBesideTheLevel() throws Exception {
        Catalog c = imported(LISTS.resolve("layout-a.csv"));
        assertThat(c.items()).hasSize(7);
        assertThat(c.levels().stream().map(l -> l.id()).toList()).containsExactly("province", "prefecture", "county");
        Item seed = item(c, "layout-a.1");
        assertThat(seed.type()).isEqualTo(PowerType.LICENSING);
        assertThat(seed.declared().levelIds()).containsExactly("prefecture");
        assertThat(seed.declared().authority()).isEqualTo("负责本行政区域内林草种子生产经营许可证核发。");
        Basis b = seed.basis().get(0);
        assertThat(List.of(b.law(), b.shortTitle(), b.article(), b.paragraph(), b.rank(), b.tag()))
                .containsExactly("中华人民共和国种子法", "种子法", "31", "2", Rank.LAW, "法律");
        assertThat(List.of(b.adopted(), b.amended(), b.effective())).containsExactly("2000-07-08", "2015-11-04", "2016-01-01");
        assertThat(b.text()).startsWith("从事主要农作物杂交种子").endsWith("农业、林业主管部门核发。");
        // the body that exercises it manages and implements; its office executes, under it
        var roles = seed.declared().roles();
        assertThat(roles.get(quanze.model.Role.MANAGEMENT).name().zh()).isEqualTo("克拉玛依市林业和草原局");
        assertThat(roles.get(quanze.model.Role.EXECUTION).name().zh()).isEqualTo("市林木种苗事务中心");
        assertThat(roles.get(quanze.model.Role.EXECUTION).parent()).isEqualTo(roles.get(quanze.model.Role.MANAGEMENT).id());
        assertThat(seed.imported()).isEqualTo(new quanze.model.Imported(LISTS.resolve("layout-a.csv").toString(), null, 2));
        assertThat(seed.extra()).containsEntry("部门职责", "负责林木种苗管理工作。").containsKey("追责对象范围");

        // 2,3: one row, its id from the row; the level and the sentence after it
        Item plants = item(c, "layout-a.r3");
        assertThat(plants.declared().levelIds()).containsExactly("prefecture");
        assertThat(plants.declared().authority()).isEqualTo("负责调运检疫证书和产地检疫合格证的签发");
        assertThat(plants.basis()).extracting(Basis::title, Basis::article, Basis::paragraph, Basis::rank).containsExactly(
                org.assertj.core.groups.Tuple.tuple("植物检疫条例", "3", "1", Rank.ADMINISTRATIVE_REGULATION),
                org.assertj.core.groups.Tuple.tuple("植物检疫条例", "7", null, Rank.ADMINISTRATIVE_REGULATION),
                org.assertj.core.groups.Tuple.tuple("新疆维吾尔自治区实施<植物检疫条例>办法", "15", "1", Rank.PROVINCIAL_RULE));

        // sub-items: items of their own, named by both, with ids under their item's
        Item sub = item(c, "layout-a.4.1");
        assertThat(sub.name().zh()).isEqualTo("对违法开垦、采石、采砂的处罚（1.对违法开垦的处罚）");
        assertThat(sub.declared().levelIds()).containsExactly("province", "prefecture", "county");
        assertThat(item(c, "layout-a.4.2").declared().levelIds()).containsExactly("prefecture");
        assertThat(sub.basis()).extracting(Basis::rank).containsExactly(Rank.LAW, Rank.DEPARTMENTAL_RULE);

        // an empty type read from the name's last words; a type written with a space in it
        assertThat(item(c, "layout-a.5").type()).isEqualTo(PowerType.INSPECTION);
        assertThat(item(c, "layout-a.6").type()).isEqualTo(PowerType.PENALTY);
        Basis safety = item(c, "layout-a.6").basis().get(0);
        assertThat(List.of(safety.article(), String.valueOf(safety.subparagraph()), safety.amended(), safety.effective()))
                .containsExactly("99", "7", "2021-06-10", "2021-09-01");
    }

    @Test
    void layoutADefectsAreSaidAtTheirCells() {
        RunAccess r = RunAccess.of("import", LISTS.resolve("layout-a.csv").toString(), "--out", tmp.resolve("a").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("layout-a.csv!A9: warning: a note in the list ('备注：本清单包括市、区两级")
                .contains("layout-a.csv!P8: warning: a value in a column without a header ('另一列')")
                .contains("layout-a.csv!A3: warning: an irregular 序号 '2,3'")
                .contains("layout-a.csv!D6: warning: no 权力类型: read as inspection from the words '检查' that end")
                .contains("layout-a.csv!H7: warning: declared at 'county' (县市区级), outside the list's own level"
                        + " 'prefecture'")
                .contains("layout-a.csv!B8: warning: the name '对生产经营单位未消除事故隐患的处罚' is also row 7's, at the same"
                        + " level");
        assertThat(r.out()).contains("layout-a.csv: 7 rows read, 7 items imported, 0 rows skipped, 1 note not an item,"
                + " 7 warnings");
        RunAccess strict = RunAccess.of("import", LISTS.resolve("layout-a.csv").toString(), "--out",
                tmp.resolve("strict").toString(), "--strict");
        assertThat(strict.exit()).isEqualTo(2);
        assertThat(tmp.resolve("strict")).doesNotExist();
    }

    @Test
    void aListInTraditionalCharactersImportsIntoTheSameCatalog() throws Exception {
        Catalog simplified = imported(LISTS.resolve("layout-a.csv"));
        Catalog traditional = imported(LISTS.resolve("layout-a-traditional.csv"));
        assertThat(shape(traditional)).isEqualTo(shape(simplified));
        RunAccess r = RunAccess.of("import", LISTS.resolve("layout-a-traditional.csv").toString(), "--out",
                tmp.resolve("t").toString());
        // said in the list's own words
        assertThat(r.err()).contains("warning: an irregular 序號 '2,3'").contains("warning: no 權力類型: read as inspection"
                + " from the words '檢查'").contains("(縣市區級)");
    }

    /** A catalog as a list of lines that do not depend on the script it was written in. */
    static List<String> shape(Catalog c) {
        return c.items().stream().map(i -> String.join("|", i.id().replaceAll("^[^.]*", ""), Script.fold(i.name().zh()),
                String.valueOf(i.type()), String.valueOf(i.declared().levelIds()), Script.fold(i.declared().authority()),
                String.valueOf(i.basis().stream().map(b -> Script.fold(b.title()) + "#" + b.article() + "#" + b.paragraph()
                        + "#" + b.subparagraph() + "#" + b.rank() + "#" + b.adopted() + "#" + b.amended() + "#"
                        + b.effective() + "#" + Script.fold(b.text())).toList()),
                String.valueOf(i.declared().roleIds()), String.valueOf(i.responsibilities().size()),
                String.valueOf(i.accountability().size()))).toList();
    }

    @Test
    void layoutBReadsALevelBrokenByALineAndASentenceWithoutOne() throws Exception {
        RunAccess r = RunAccess.of("import", LISTS.resolve("layout-b.csv").toString(), "--out", tmp.resolve("b").toString());
        assertThat(r.err()).contains("layout-b.csv!H3: warning: no level word in '负责市本级公共机构节能监督检查工作': declared at"
                + " the list's level 'prefecture'");
        Catalog c = new CatalogReader().read(tmp.resolve("b"), "b");
        assertThat(item(c, "layout-b.1").declared().levelIds()).containsExactly("prefecture");
        assertThat(item(c, "layout-b.2").declared().authority()).isEqualTo("负责市本级公共机构节能监督检查工作");
        assertThat(item(c, "layout-b.2").type()).isEqualTo(PowerType.OTHER);
    }

    @Test
    void layoutCWithoutALevelColumnIsAtThePlaceItsTitleNames() throws Exception {
        RunAccess r = RunAccess.of("import", LISTS.resolve("layout-c.csv").toString(), "--out", tmp.resolve("c").toString());
        assertThat(r.err()).contains("layout-c.csv: warning: the list has no level column: its items are declared at"
                + " 'prefecture', the level of '克拉玛依市' in the title");
        Catalog c = new CatalogReader().read(tmp.resolve("c"), "c");
        assertThat(c.items()).hasSize(2);
        assertThat(c.info().name().zh()).isEqualTo("克拉玛依市医疗保障局2025年权责清单");
        assertThat(imported(LISTS.resolve("layout-c.csv"), "--level", "县级").items())
                .allSatisfy(i -> assertThat(i.declared().levelIds()).containsExactly("county"));
    }

    @Test
    void layoutDTakesTheCodesAsIdsAndTheRegionForTheLevel() throws Exception {
        RunAccess r = RunAccess.of("import", LISTS.resolve("layout-d.csv").toString(), "--out", tmp.resolve("d").toString());
        assertThat(r.err()).contains("layout-d.csv!B2: warning: the list has no level column: its items are declared at"
                + " 'prefecture', the level of '克拉玛依市' in the region")
                .contains("layout-d.csv!F4: warning: the code '650200207CF51200' is already an item's: this one is"
                        + " '650200207CF51200-2'");
        Catalog c = new CatalogReader().read(tmp.resolve("d"), "d");
        assertThat(c.items()).extracting(Item::id).containsExactly("650200207XK01600", "650200207CF51200",
                "650200207CF51200-2");
        Item permit = c.items().get(0);
        assertThat(permit.declared().roles().get(quanze.model.Role.MANAGEMENT).name().zh()).isEqualTo("克拉玛依市消防救援支队");
        assertThat(permit.extra()).containsEntry("隶属机构", "新疆消防救援总队").containsEntry("录入人", "某某");
        assertThat(c.items().get(1).basis().get(0).subparagraph()).isEqualTo("1");
        // a placeholder (/) holds nothing: kept as written, not read as a value
        assertThat(c.items().get(1).extra()).containsEntry("申请条件", "/");
    }

    /** The list as a workbook: the header merged over 实施层级及权限, a cell merged down over the sub-items. */
    private Path workbook(Workbook wb, String name) throws Exception {
        List<List<String>> rows = csv(LISTS.resolve("layout-a.csv"));
        Sheet s = wb.createSheet("行政权力");
        Row title = s.createRow(0);
        title.createCell(0).setCellValue("克拉玛依市林业和草原局2024年权责清单");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 14));
        for (int r = 0; r < rows.size(); r++) {
            Row x = s.createRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                String v = rows.get(r).get(c);
                if (r == 0 && c == 8) continue; // the merged header's right half is empty
                if (r == 4 && c <= 1) continue; // 序号 and 事项名称 of the second sub-item: merged down from above
                x.createCell(c).setCellValue(v);
            }
        }
        s.addMergedRegion(new CellRangeAddress(1, 1, 7, 8));
        s.addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
        s.addMergedRegion(new CellRangeAddress(4, 5, 1, 1));
        Path file = tmp.resolve(name);
        try (OutputStream o = Files.newOutputStream(file)) {
            wb.write(o);
        }
        wb.close();
        return file;
    }

    static List<List<String>> csv(Path file) throws Exception {
        return Csv.read(file, file.toString(), 1000).rows().stream().map(Table.Row::cells).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    void theSameListAsAWorkbookImportsAsTheCsvDoes(String format) throws Exception {
        Path file = workbook(format.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook(), "layout-a." + format);
        Catalog fromBook = imported(file);
        Catalog fromCsv = imported(LISTS.resolve("layout-a.csv"));
        // an id taken from a row (序号 2,3) names the row of each file: the workbook has a title row above the list
        assertThat(shape(fromBook).stream().map(l -> l.replace(".r4|", ".r3|")).toList()).isEqualTo(shape(fromCsv));
        assertThat(fromBook.info().name().zh()).isEqualTo("克拉玛依市林业和草原局2024年权责清单");
        assertThat(item(fromBook, "layout-a.1").imported()).isEqualTo(new quanze.model.Imported(file.toString(), "行政权力", 3));
    }

    /**
     * A list of two sheets, as the Karamay 农业农村 list: a sheet of 行政征收 most of whose items the region exercises
     * too is still the list's level, and its body the list's; level cells that name a range or count their levels.
     */
    @Test
    void aSheetOfItemsAlsoExercisedHigherUpIsStillTheListsLevel() throws Exception {
        String[] header = {"序号", "事项名称", "权力类型", "实施依据", "行使主体", "实施层级", "权限"};
        String basis = "【法律】《中华人民共和国行政许可法》第十二条";
        String body = "克拉玛依市农业农村局";
        String[][] permits = {
            {"1", "甲许可", "行政许可", basis, body, "地州市级", ""},
            {"2", "乙许可", "行政许可", basis, body, "地州市级", ""},
            {"3", "丙许可", "行政许可", basis, body, "县级以上", ""},
            {"4", "丁许可", "行政许可", basis, body, "市、区两级", ""}};
        String[][] levies = {
            {"1", "甲征收", "行政征收", basis, body, "自治区级、地州市级；负责审核", "自治区级、地州市级；负责审核"},
            {"2", "乙征收", "行政征收", basis, body, "自治区级", ""},
            {"3", "丙征收", "行政征收", basis, body, "自治区级、地州市级", ""}};
        Path file = tmp.resolve("nongye.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(file)) {
            for (var sheet : Map.of("行政许可", permits, "行政征收", levies).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())).toList()) {
                Sheet s = wb.createSheet(sheet.getKey());
                Row h = s.createRow(0);
                for (int c = 0; c < header.length; c++) h.createCell(c).setCellValue(header[c]);
                for (int r = 0; r < sheet.getValue().length; r++) {
                    Row x = s.createRow(r + 1);
                    for (int c = 0; c < header.length; c++) x.createCell(c).setCellValue(sheet.getValue()[r][c]);
                }
            }
            wb.write(o);
        }
        RunAccess r = RunAccess.of("import", file.toString(), "--out", tmp.resolve("n").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        // only the item the region alone exercises is outside the list's level, on the second sheet too
        assertThat(r.err().lines().filter(l -> l.contains("outside the list's own level")).toList()).containsExactly(
                file + "!行政征收!F3: warning: declared at 'province' (自治区级), outside the list's own level 'prefecture'");
        assertThat(r.err()).contains(file + "!行政许可!F4: warning: '县级以上' is a range of levels: declared at each,"
                + " 'province、prefecture、county'");
        Catalog c = new CatalogReader().read(tmp.resolve("n"), "n");
        Item range = c.items().stream().filter(i -> i.name().zh().equals("丙许可")).findFirst().orElseThrow();
        assertThat(range.declared().levelIds()).containsExactly("province", "prefecture", "county");
        Item two = c.items().stream().filter(i -> i.name().zh().equals("丁许可")).findFirst().orElseThrow();
        assertThat(two.declared().levelIds()).containsExactly("prefecture", "county");
        assertThat(two.declared().authority()).isNull();
        // the 权限 column repeating the level cell says the sentence once
        Item levy = c.items().stream().filter(i -> i.name().zh().equals("甲征收")).findFirst().orElseThrow();
        assertThat(levy.declared().authority()).isEqualTo("负责审核");
        // one body, at the list's level, though four of its items the region exercises too
        assertThat(c.bodies()).extracting(b -> b.name().zh(), quanze.model.Body::levelId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(body, "prefecture"));
    }

    @Test
    void aWorkbookNamedXlsxThatIsAnXlsIsReadByItsBytes() throws Exception {
        Path xls = workbook(new HSSFWorkbook(), "named-wrong.xls");
        Path renamed = Files.move(xls, tmp.resolve("named-wrong.xlsx"));
        assertThat(imported(renamed).items()).hasSize(7);
    }

    @Test
    void severalListsMakeOneCatalogWithOneBodyPerName() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("city"));
        for (String f : List.of("layout-a.csv", "layout-c.csv", "layout-d.csv")) {
            Files.copy(LISTS.resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("readme.txt"), "not a list", StandardCharsets.UTF_8);
        RunAccess r = RunAccess.of("import", dir.toString(), LISTS.resolve("layout-b.csv").toString(), "--out",
                tmp.resolve("all").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out().lines().filter(l -> l.contains(" rows read, ")).count()).isEqualTo(4);
        assertThat(r.out()).contains("imported 14 items from 4 files into");
        Catalog c = new CatalogReader().read(tmp.resolve("all"), "all");
        assertThat(c.categories()).extracting(k -> k.id()).containsExactly("layout-a", "layout-c", "layout-d", "layout-b");
        assertThat(c.items().stream().map(Item::id).distinct().count()).isEqualTo(14);
        // 克拉玛依市消防救援支队 is the body of several items across rows, one body
        assertThat(c.bodies().stream().filter(b -> b.name().zh().equals("克拉玛依市消防救援支队")).count()).isEqualTo(1);
        Map<String, Long> files = c.items().stream().collect(java.util.stream.Collectors.groupingBy(
                i -> Path.of(i.imported().file()).getFileName().toString(), java.util.stream.Collectors.counting()));
        assertThat(files).containsEntry("layout-a.csv", 7L).containsEntry("layout-d.csv", 3L);
    }
}
