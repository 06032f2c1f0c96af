package quanze.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.catalog.CatalogReader;
import quanze.cli.RunAccess;
import quanze.engine.Engine;
import quanze.engine.RuleBase;
import quanze.model.Catalog;
import quanze.model.CheckResult;
import quanze.model.Item;

/** quanze import: published lists, the round trip of an export, and the files it must refuse. */
class ImportTest {

    @TempDir
    Path tmp;

    private static String describe(Item i) {
        return String.join("|", i.id(), String.valueOf(i.name()), i.categoryId(), String.valueOf(i.kind()),
                String.valueOf(i.type()), String.valueOf(i.basis()), i.floor() == null ? "" : i.floor().id(),
                String.valueOf(i.traits()), String.valueOf(i.scope()), String.valueOf(i.responsibilities()),
                String.valueOf(i.accountability()), i.declared().levelId(), String.valueOf(i.declared().source()),
                String.valueOf(i.declared().entrustment()), String.valueOf(i.declared().roleIds()),
                String.valueOf(i.service()), i.origin() == null ? "" : i.origin().id(), String.valueOf(i.note()));
    }

    @Test
    void exportThenImportGivesBackTheHuangshiCatalog() throws Exception {
        Path xlsx = tmp.resolve("huangshi.xlsx");
        assertThat(RunAccess.of("check", "catalog/huangshi", "--format", "xlsx", "--output", xlsx.toString()).exit()).isZero();
        Path dir = tmp.resolve("imported");
        RunAccess r = RunAccess.of("import", xlsx.toString(), "--out", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Catalog before = new CatalogReader().read(Path.of("catalog/huangshi"), "a");
        Catalog after = new CatalogReader().read(dir, "b");
        assertThat(after.items().stream().map(ImportTest::describe).toList())
                .isEqualTo(before.items().stream().map(ImportTest::describe).toList());
        assertThat(after.levels().stream().map(l -> l.id() + l.name() + l.abolished()).toList())
                .isEqualTo(before.levels().stream().map(l -> l.id() + l.name() + l.abolished()).toList());
        assertThat(after.bodies().stream().map(b -> b.id() + b.levelId() + b.name() + b.parent() + b.kind()).toList())
                .isEqualTo(before.bodies().stream().map(b -> b.id() + b.levelId() + b.name() + b.parent() + b.kind()).toList());
        assertThat(after.categories().stream().map(c -> c.id() + c.kind() + c.name() + c.note()).toList())
                .isEqualTo(before.categories().stream().map(c -> c.id() + c.kind() + c.name() + c.note()).toList());
        var a = before.info();
        var b = after.info();
        assertThat(List.of(b.id(), b.name(), b.reconstructed(), b.source(), b.note(), b.expect().items(), b.expect().categories()))
                .isEqualTo(List.of(a.id(), a.name(), a.reconstructed(), a.source(), a.note(), a.expect().items(), a.expect().categories()));
    }

    /**
     * An imported catalog exported and imported again is the same catalog, as YAML, to the byte (but for the
     * comment naming the files imported): the principle laid
     * over its levels, the authority beside each level, the columns kept as written, where each item came from, and
     * responsibilities that hold a ；.
     */
    @Test
    void anImportedCatalogExportedAndImportedAgainIsTheSameCatalog() throws Exception {
        Path first = tmp.resolve("first");
        RunAccess in = RunAccess.of("import", PublishedLayoutsTest.LISTS.resolve("layout-a.csv").toString(),
                PublishedLayoutsTest.LISTS.resolve("layout-d.csv").toString(), "--out", first.toString());
        assertThat(in.exit()).as(in.err()).isIn(0, 1);
        Path xlsx = tmp.resolve("first.xlsx");
        RunAccess out = RunAccess.of("check", first.toString(), "--format", "xlsx", "--output", xlsx.toString());
        assertThat(out.err()).doesNotContain("error:");
        Path second = tmp.resolve("second");
        RunAccess again = RunAccess.of("import", xlsx.toString(), "--out", second.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        String before = Files.readString(first.resolve("catalog.yaml"));
        assertThat(before).contains("principle:").contains("authority:").contains("extra:").contains("imported:");
        // all but the first line, which names the files the catalog was imported from this time
        assertThat(Files.readString(second.resolve("catalog.yaml"))).startsWith("# Imported by quanze import from first.xlsx.")
                .endsWith(before.substring(before.indexOf('\n')));
    }

    /** The rows of a published-style list: code, name, type, basis, body, level, source. */
    private static List<String[]> rows() {
        String[][] laws = {{"《中華人民共和國城鄉規劃法》第四十一條", "城鄉規劃法", "41", "law"},
                {"《中華人民共和國建築法》第七條", "建築法", "7", "law"},
                {"《城市道路管理條例》第三十三條", "城市道路管理條例", "33", "administrative-regulation"},
                {"《住宅室內裝飾裝修管理辦法》第十三條", "住宅室內裝飾裝修管理辦法", "13", "departmental-rule"}};
        String[][] types = {{"行政許可", "licensing"}, {"02", "penalty"}, {"行政檢查", "inspection"}, {"10", "other"}};
        String[][] bodies = {{"區規劃局", "區"}, {"區住房和城鄉建設局", "區"}, {"市城市管理局", "市"}};
        List<String[]> out = new ArrayList<>();
        for (int n = 1; n <= 120; n++) {
            String[] law = laws[n % laws.length];
            String[] type = types[n % types.length];
            String[] body = bodies[n % bodies.length];
            out.add(new String[] {String.format("HS-%04d", n), "事項" + n, type[0], law[0], body[0], body[1],
                    n % 5 == 0 ? "上級下放" : "法定本級行使", "受理責任；審查責任", n % 7 == 0 ? "" : "濫用職權的",
                    "0714-" + (6000000 + n), type[1], law[1], law[2], law[3]});
        }
        return out;
    }

    @Test
    void aPublishedListImportsAndChecksAsTheSameListWrittenInYaml() throws Exception {
        Path xlsx = tmp.resolve("list.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(xlsx)) {
            Sheet s = wb.createSheet("Sheet1");
            s.createRow(0).createCell(0).setCellValue("黃石市某區權責清單（2016年）");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 10));
            String[] header = {"序號", "職權編碼", "職權名稱", "職權類型", "法定依據", "實施主體", "行使層級", "權力來源",
                    "責任事項", "追責情形", "聯繫電話"};
            Row h = s.createRow(1);
            for (int c = 0; c < header.length; c++) h.createCell(c).setCellValue(header[c]);
            int r = 2;
            for (String[] row : rows()) {
                Row x = s.createRow(r++);
                x.createCell(0).setCellValue(r - 2);
                for (int c = 0; c < 10; c++) x.createCell(c + 1).setCellValue(row[c]);
            }
            s.createRow(r++);
            wb.write(o);
        }
        Path dir = tmp.resolve("imported");
        RunAccess imported = RunAccess.of("import", xlsx.toString(), "--out", dir.toString());
        // the list is a district's: its rows at 市 (the city) are outside its own level, and said
        assertThat(imported.exit()).as(imported.err()).isEqualTo(1);
        assertThat(imported.err().lines().filter(l -> l.contains("outside the list's own level 'county'")).count())
                .isEqualTo(40);
        assertThat(imported.err()).contains("list.xlsx!Sheet1!G4: warning: declared at 'prefecture' (市), outside the"
                + " list's own level 'county'");
        assertThat(imported.out()).contains("imported 120 items");

        // the same list, written by hand in the catalog format
        StringBuilder y = new StringBuilder("catalog: {id: list, name: 黃石市某區權責清單（2016年）}\n"
                + "principle: {delegateTo: county, retainAt: prefecture, roles: {delegated: {prefecture: [policy, standard,"
                + " inspection, supervision], county: [management, execution, implementation]}, retained: {prefecture:"
                + " [policy, standard, inspection, supervision, management, execution, implementation]}}}\n"
                + "levels: [{id: prefecture}, {id: county}]\nbodies:\n");
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        for (String[] row : rows()) ids.putIfAbsent(row[4], "body-" + (ids.size() + 1));
        for (var e : ids.entrySet()) {
            String level = rows().stream().filter(r -> r[4].equals(e.getKey())).findFirst().get()[5].equals("市") ? "prefecture" : "county";
            y.append("  - {id: ").append(e.getValue()).append(", level: ").append(level).append(", name: ").append(e.getKey()).append("}\n");
        }
        y.append("categories:\n  - id: list\n    kind: approval\n    name: list\n    items:\n");
        for (String[] row : rows()) {
            String level = row[5].equals("市") ? "prefecture" : "county";
            String body = ids.get(row[4]);
            y.append("      - {id: ").append(row[0]).append(", name: ").append(row[1]).append(", type: ").append(row[10])
                    .append(", basis: [{law: ").append(row[11]).append(", article: \"").append(row[12]).append("\", rank: ")
                    .append(row[13]).append("}], scope: within-district, responsibilities: [受理責任, 審查責任], accountability: [")
                    .append(row[8]).append("], declared: {level: ").append(level).append(", source: ")
                    .append(row[6].equals("上級下放") ? "delegated" : "by-law").append(", roles: {management: ").append(body)
                    .append(", execution: ").append(body).append(", implementation: ").append(body).append("}}}\n");
        }
        Path yamlDir = Files.createDirectories(tmp.resolve("yaml"));
        Files.writeString(yamlDir.resolve("catalog.yaml"), y.toString());
        CheckResult fromSheet = new Engine(RuleBase.bundled()).check(new CatalogReader().read(dir, "x"));
        CheckResult fromYaml = new Engine(RuleBase.bundled()).check(new CatalogReader().read(yamlDir, "x"));
        assertThat(fromSheet.findings()).isNotEmpty();
        assertThat(codes(fromSheet)).isEqualTo(codes(fromYaml));
        assertThat(fromSheet.decisions().stream().map(d -> d.itemId() + d.verdict() + d.roles()).toList())
                .isEqualTo(fromYaml.decisions().stream().map(d -> d.itemId() + d.verdict() + d.roles()).toList());
        assertThat(Files.readString(dir.resolve("catalog.yaml"))).contains("聯繫電話: 0714-6000001");
    }

    private static List<String> codes(CheckResult r) {
        return r.findings().stream().map(f -> f.code() + " " + f.itemId()).sorted().collect(Collectors.toList());
    }

    @Test
    void everyBadCellIsNamedAndTheRestIsImportedUnlessStrict() throws Exception {
        Path csv = tmp.resolve("list.csv");
        Files.writeString(csv, "職權編碼,職權名稱,職權類型,法定依據\nA1,甲,行政許可,《建築法》第七條\nA2,乙,行政備查,《建築法》第七條\n"
                + "A3,丙,行政許可,某通知\n");
        RunAccess r = RunAccess.of("import", csv.toString(), "--out", tmp.resolve("out").toString(), "--level", "county");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("list.csv!C3: unknown power type '行政備查'")
                .contains("list.csv!D4: warning: cannot read a 【tag】《title》 and article in '某通知': kept as written in"
                        + " the item's extra");
        assertThat(r.out()).contains("imported 2 items");
        RunAccess strict = RunAccess.of("import", csv.toString(), "--out", tmp.resolve("strict").toString(), "--strict",
                "--level", "county");
        assertThat(strict.exit()).isEqualTo(2);
        assertThat(tmp.resolve("strict")).doesNotExist();
    }

    @Test
    void hostileFilesGetAClearErrorAndNothingIsWritten() throws Exception {
        Path gbk = tmp.resolve("gbk.csv");
        Files.write(gbk, "職權編碼,職權名稱\nA1,甲\n".getBytes(Charset.forName("GBK")));
        assertThat(RunAccess.of("import", gbk.toString(), "--out", tmp.resolve("o1").toString()).err())
                .contains("not UTF-8 text (a GBK or Big5 file?): convert it with `iconv -f GBK -t UTF-8 " + gbk + " > "
                        + tmp.resolve("gbk-utf8.csv") + "`, or save it as CSV UTF-8");
        Path quoting = tmp.resolve("quote.csv");
        Files.writeString(quoting, "職權編碼,職權名稱\nA1,\"甲\n");
        assertThat(RunAccess.of("import", quoting.toString(), "--out", tmp.resolve("o2").toString()).err())
                .contains("a quoted cell is never closed");
        Path ole2 = tmp.resolve("locked.xlsx");
        byte[] header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        byte[] bytes = new byte[4096];
        System.arraycopy(header, 0, bytes, 0, header.length);
        Files.write(ole2, bytes);
        RunAccess locked = RunAccess.of("import", ole2.toString(), "--out", tmp.resolve("o3").toString());
        assertThat(locked.exit()).isEqualTo(2);
        assertThat(locked.err()).contains("locked.xlsx: not a readable .xls workbook (");
        Path corrupt = tmp.resolve("corrupt.xlsx");
        Files.write(corrupt, "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        RunAccess bad = RunAccess.of("import", corrupt.toString(), "--out", tmp.resolve("o4").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).doesNotContain("Exception:").doesNotContain("\tat ");
        for (String o : List.of("o1", "o2", "o3", "o4")) assertThat(tmp.resolve(o)).doesNotExist();
    }

    @Test
    void aCsvFileHoldsToTheRowLimitNamesWhereAQuoteOpenedAndNamesUtf16() throws Exception {
        Path csv = tmp.resolve("long.csv");
        StringBuilder s = new StringBuilder("職權編碼,職權名稱,職權類型,法定依據\n");
        for (int n = 1; n <= 6; n++) s.append("A").append(n).append(",甲").append(n).append(",行政許可,《建築法》第七條\n");
        Files.writeString(csv, s.toString());
        RunAccess rows = RunAccess.of("import", csv.toString(), "--out", tmp.resolve("o1").toString(), "--max-rows", "6");
        assertThat(rows.exit()).isEqualTo(2);
        assertThat(rows.err()).contains("long.csv: more than 6 rows (raise it with --max-rows)");
        assertThat(RunAccess.of("import", csv.toString(), "--out", tmp.resolve("o2").toString(), "--max-rows", "7",
                "--level", "county").exit()).isZero();

        Path quote = tmp.resolve("quote.csv");
        Files.writeString(quote, "職權編碼,職權名稱,職權類型,法定依據\nA1,甲,行政許可,《建築法》第七條\nA2,\"乙,行政許可\n");
        assertThat(RunAccess.of("import", quote.toString(), "--out", tmp.resolve("o3").toString()).err())
                .contains("quote.csv!B3: a quoted cell is never closed (broken quoting from row 3, line 3 of the file)");

        Path utf16 = tmp.resolve("utf16.csv");
        byte[] text = "\uFEFF職權編碼,職權名稱\n".getBytes(StandardCharsets.UTF_16LE);
        Files.write(utf16, text);
        RunAccess r = RunAccess.of("import", utf16.toString(), "--out", tmp.resolve("o4").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("utf16.csv: not UTF-8 text but UTF-16 text: save it as UTF-8").doesNotContain("GBK");
    }

    /** A workbook with a header row and one good item row on {@code sheet}, then what {@code more} adds. */
    private Path workbook(String name, java.util.function.Consumer<XSSFWorkbook> more) throws Exception {
        Path xlsx = tmp.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(xlsx)) {
            Sheet s = wb.createSheet("Sheet1");
            String[] header = {"職權編碼", "職權名稱", "職權類型", "法定依據"};
            String[] item = {"A1", "甲", "行政許可", "《建築法》第七條"};
            Row h = s.createRow(0);
            Row r = s.createRow(1);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
                r.createCell(c).setCellValue(item[c]);
            }
            more.accept(wb);
            wb.write(o);
        }
        return xlsx;
    }

    /** A copy of a workbook with one zip entry's text changed ({@code edit} giving null leaves the entry out). */
    private Path rewrite(Path from, String name, String entry, java.util.function.UnaryOperator<String> edit)
            throws Exception {
        Path to = tmp.resolve(name);
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(from));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    String text = edit.apply(new String(bytes, StandardCharsets.UTF_8));
                    if (text == null) continue;
                    bytes = text.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return to;
    }

    private RunAccess importing(Path file, String... more) {
        List<String> args = new ArrayList<>(List.of("import", file.toString(), "--out",
                tmp.resolve("out-" + file.getFileName() + "-" + String.join("", more).hashCode()).toString(),
                "--level", "county"));
        args.addAll(List.of(more));
        return RunAccess.of(args.toArray(String[]::new));
    }

    @Test
    void theRowLimitCountsTheRowsAWorkbookHoldsAndRowsAreNotPaddedToTheirLastColumn() throws Exception {
        Path far = workbook("far.xlsx", wb -> wb.getSheetAt(0).createRow(1_048_575).createCell(0).setCellValue("備註"));
        RunAccess note = importing(far, "--max-rows", "3");
        assertThat(note.exit()).as(note.err()).isEqualTo(1); // a note under the list is not an item, and said
        assertThat(note.err()).contains("far.xlsx!Sheet1!A1048576: warning: a note in the list ('備註'), not an item");
        assertThat(note.out()).contains("imported 1 item");
        Path six = workbook("six.xlsx", wb -> {
            for (int r = 2; r < 6; r++) wb.getSheetAt(0).createRow(r);
        });
        RunAccess refused = importing(six, "--max-rows", "5");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("six.xlsx!Sheet1: more than 5 rows (raise it with --max-rows)");
        assertThat(importing(six, "--max-rows", "6").exit()).isZero();

        Path sparse = workbook("sparse.xlsx", wb -> {
            for (int r = 2; r < 20_002; r++) wb.getSheetAt(0).createRow(r).createCell(16_383);
        });
        long start = System.nanoTime();
        RunAccess read = importing(sparse);
        assertThat(read.exit()).as(read.err()).isZero();
        assertThat((System.nanoTime() - start) / 1_000_000_000).as("seconds for 20,000 rows ending in column XFD")
                .isLessThan(20);

        Path wide = workbook("wide.xlsx", wb -> {
            wb.getSheetAt(0).getRow(1).createCell(1_024).setCellValue("far away");
            wb.getSheetAt(0).getRow(1).createCell(2_000).setCellValue("farther");
        });
        RunAccess beyond = importing(wide);
        assertThat(beyond.exit()).isEqualTo(1);
        assertThat(beyond.err()).contains("wide.xlsx!Sheet1!AMK2: a value beyond column AMJ: only the first 1024"
                + " columns are read").doesNotContain("BXY2");
    }

    @Test
    void hiddenSheetsAreNotTakenForTheListAndSheetNamesStayOnOneLine() throws Exception {
        Path hidden = workbook("hidden.xlsx", wb -> {
            Sheet old = wb.createSheet("舊清單");
            Row h = old.createRow(0);
            Row r = old.createRow(1);
            String[] header = {"職權編碼", "職權名稱", "職權類型", "法定依據"};
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
                r.createCell(c).setCellValue(c == 2 ? "行政備查" : "舊");
            }
            wb.setSheetOrder("舊清單", 0);
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
        });
        RunAccess r = importing(hidden);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("imported 1 item");

        Path onlyHidden = workbook("only-hidden.xlsx", wb -> {
            wb.createSheet("封面");
            wb.setSheetOrder("封面", 0);
            wb.setActiveSheet(0);
            wb.setSheetVisibility(1, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
        });
        assertThat(importing(onlyHidden).err()).contains("only-hidden.xlsx: no header row")
                .contains("1 hidden sheet is not read");

        Path bad = workbook("bad.xlsx", wb -> {
            wb.getSheetAt(0).getRow(1).getCell(2).setCellValue("行政備查");
            wb.setSheetName(0, "第一頁NL附表");
        });
        Path newline = rewrite(bad, "newline.xlsx", "xl/workbook.xml", xml -> xml.replace("NL", "&#10;"));
        RunAccess one = importing(newline);
        assertThat(one.err().lines().filter(l -> l.contains("unknown power type")).toList())
                .singleElement().asString().contains("newline.xlsx!第一頁\\n附表!C2: unknown power type '行政備查'");
    }

    @Test
    void damagedLockedAndOversizedWorkbooksSayWhatToDo() throws Exception {
        Path good = workbook("good.xlsx", wb -> { });
        Path missing = rewrite(good, "missing.xlsx", "xl/worksheets/sheet1.xml", xml -> null);
        RunAccess damaged = importing(missing);
        assertThat(damaged.exit()).isEqualTo(2);
        assertThat(damaged.err()).contains("missing.xlsx!Sheet1: the workbook lists this sheet but the file does not"
                + " hold it");

        Path locked = tmp.resolve("locked.xlsx");
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(); OutputStream o = Files.newOutputStream(locked)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            fs.writeFilesystem(o);
        }
        RunAccess password = importing(locked);
        assertThat(password.exit()).isEqualTo(2);
        assertThat(password.err()).contains("locked.xlsx: the workbook is password-protected: save a copy without a"
                + " password");

        RunAccess big = importing(good, "--max-entry-bytes", "500");
        assertThat(big.exit()).isEqualTo(2);
        assertThat(big.err()).contains("good.xlsx: cannot read the workbook: ")
                .containsPattern("is larger than 500 bytes once inflated \\(see --max-entry-bytes\\)")
                .doesNotContain("content types");
    }

    @Test
    void aFormulaThatFailsIsAProblemAtItsCellAndOnlyItsRowIsSkipped() throws Exception {
        Path made = workbook("made.xlsx", wb -> {
            Sheet s = wb.getSheetAt(0);
            String[][] rows = {{"A2", "乙", "=1/0"}, {"A3", "=B4&\"x\"", "行政許可"}, {"A4", "丁", "=Sheet1!Z1"},
                    {"A5", "戊", "=鏈!A1"}, {"A6", "己", "=LEFT(\"行政許可證\",4)"}};
            for (int r = 0; r < rows.length; r++) {
                Row x = s.createRow(r + 2);
                for (int c = 0; c < 3; c++) {
                    if (rows[r][c].startsWith("=")) x.createCell(c).setCellFormula(rows[r][c].substring(1));
                    else x.createCell(c).setCellValue(rows[r][c]);
                }
                x.createCell(3).setCellValue("《建築法》第七條");
            }
            Sheet chain = wb.createSheet("鏈");
            for (int r = 0; r < 20_000; r++) chain.createRow(r).createCell(0).setCellFormula("A" + (r + 2) + "&\"\"");
            chain.createRow(20_000).createCell(0).setCellValue("行政許可");
        });
        Path xlsx = rewrite(made, "formulas.xlsx", "xl/worksheets/sheet1.xml", xml -> xml.replace("Sheet1!Z1", "不存在!Z1"));
        long start = System.nanoTime();
        RunAccess r = importing(xlsx);
        assertThat((System.nanoTime() - start) / 1_000_000_000).as("seconds").isLessThan(20);
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("formulas.xlsx!Sheet1!C3: the formula gives the error #DIV/0!")
                .contains("formulas.xlsx!Sheet1!B4: the formula refers to itself (a circular reference)")
                .contains("formulas.xlsx!Sheet1!C5: cannot evaluate the formula =不存在!Z1: it refers to a sheet the workbook"
                        + " does not have")
                .contains("formulas.xlsx!Sheet1!C6: the formula chain is too deep to evaluate")
                .doesNotContain("鏈!").doesNotContain("Exception");
        assertThat(r.out()).contains("imported 2 items");
        assertThat(importing(xlsx, "--strict").exit()).isEqualTo(2);
    }

    @Test
    void controlCharactersDatesAndSharedStringsAreCheckedCellByCell() throws Exception {
        Path csv = tmp.resolve("nul.csv");
        Files.writeString(csv, "職權編碼,職權名稱,職權類型,法定依據\nA1,甲\u0000,行政許可,《建築法》第七條\nA2,乙,行政許可,《建築法》第七條\n");
        RunAccess nul = importing(csv);
        assertThat(nul.exit()).isEqualTo(1);
        assertThat(nul.err()).contains("nul.csv!B2: a control character (U+0000) in the cell: remove it");
        assertThat(nul.out()).contains("imported 1 item ");

        Path xlsx = workbook("cells.xlsx", wb -> {
            Row h = wb.getSheetAt(0).getRow(0);
            h.createCell(4).setCellValue("發布日期");
            Row r = wb.getSheetAt(0).getRow(1);
            var date = r.createCell(4);
            date.setCellValue(java.time.LocalDate.of(2017, 1, 1));
            var style = wb.createCellStyle();
            style.setDataFormat((short) 14); // m/d/yy, shown by the locale
            date.setCellStyle(style);
            Row bell = wb.getSheetAt(0).createRow(2);
            String[] item = {"A2", "乙_x0007_", "行政許可", "《建築法》第七條"}; // BEL, as OOXML escapes it
            for (int c = 0; c < item.length; c++) bell.createCell(c).setCellValue(item[c]);
        });
        RunAccess cells = importing(xlsx);
        assertThat(cells.exit()).isEqualTo(1);
        assertThat(cells.err()).contains("cells.xlsx!Sheet1!B3: a control character (U+0007) in the cell");
        assertThat(Files.readString(tmp.resolve("out-cells.xlsx-0/catalog.yaml"))).contains("發布日期: 2017-01-01");

        Path past = rewrite(workbook("strings.xlsx", wb -> { }), "past.xlsx", "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("(<c r=\"B2\"[^>]*t=\"s\"[^>]*><v>)\\d+", "$1999"));
        RunAccess index = importing(past);
        assertThat(index.exit()).isEqualTo(2);
        assertThat(index.err()).contains("past.xlsx!Sheet1!B2: refers to shared string 999, but the workbook has");
    }

    @Test
    void aCellMergedDownAColumnGivesItsValueToEveryRowItCovers() throws Exception {
        Path xlsx = workbook("merged.xlsx", wb -> {
            Sheet s = wb.getSheetAt(0);
            for (int r = 2; r <= 3; r++) {
                Row x = s.createRow(r);
                x.createCell(0).setCellValue("A" + r);
                x.createCell(1).setCellValue("事項" + r);
                x.createCell(2); // the blank cells Excel keeps under a merged one
                x.createCell(3).setCellValue("《建築法》第七條");
            }
            s.addMergedRegion(new CellRangeAddress(1, 3, 2, 2));
            s.addMergedRegion(new CellRangeAddress(1, 1, 3, 5)); // across: the value stays in its first column
        });
        RunAccess r = importing(xlsx, "--strict");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("imported 3 items");
        assertThat(Files.readString(tmp.resolve("out-merged.xlsx-" + "--strict".hashCode() + "/catalog.yaml")))
                .doesNotContain("extra:");
    }

    @Test
    void headersAreMatchedWithoutInvisibleCharactersAndARepeatedHeaderOrAValueUnderNoneIsAProblem() throws Exception {
        Path csv = tmp.resolve("invisible.csv");
        Files.write(csv, ("\uFEFF\uFEFF職權編碼,職權名稱\u00A0,\u200B職權類型,法定依據\u3000,電話\u200B\n"
                + "A1,甲,行政許可,《建築法》第七條,注\n").getBytes(StandardCharsets.UTF_8));
        RunAccess r = importing(csv, "--strict");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(tmp.resolve("out-invisible.csv-" + "--strict".hashCode() + "/catalog.yaml")))
                .contains("id: A1").contains("電話: 注").doesNotContain("\uFEFF").doesNotContain("\u200B");

        Path repeated = tmp.resolve("repeated.csv");
        Files.writeString(repeated, "職權編碼,職權名稱,職權類型,職權類型,法定依據\nA1,甲,行政許可,行政處罰,《建築法》第七條\n");
        RunAccess twice = importing(repeated);
        assertThat(twice.exit()).isEqualTo(1);
        assertThat(twice.err()).contains("repeated.csv!D1: warning: a second '職權類型' column (the first is C): only"
                + " the first is read").doesNotContain("D2");
        assertThat(twice.out()).contains("imported 1 item");

        Path ragged = tmp.resolve("ragged.csv");
        Files.writeString(ragged, "職權編碼,職權名稱,職權類型,法定依據\nA1,甲,行政許可,《建築法》第七條,,多出來的\n");
        RunAccess extra = importing(ragged);
        assertThat(extra.exit()).isEqualTo(1);
        assertThat(extra.err()).contains("ragged.csv!F2: warning: a value in a column without a header ('多出來的')"
                + " is not imported").doesNotContain("E2");
        assertThat(importing(ragged, "--strict").exit()).isEqualTo(2);
    }

    @Test
    void fileProblemsNameThePathAsGivenAndAnEmptyListOrLevelsSheetIsAProblem() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("lists"));
        Path none = dir.resolve("none.csv");
        Files.writeString(none, "序號,備註\n1,甲\n");
        assertThat(importing(none).err()).contains("lists/none.csv: no header row with a name and a type or basis column");

        Path header = dir.resolve("header.csv");
        Files.writeString(header, "職權編碼,職權名稱,職權類型,法定依據\n\n");
        RunAccess only = importing(header);
        assertThat(only.exit()).isEqualTo(2);
        assertThat(only.err()).contains("lists/header.csv: no rows under the header")
                .contains("1 problem; no item could be imported");

        Path levels = workbook("levels.xlsx", wb -> {
            wb.setSheetName(0, "事項 Items");
            wb.createSheet("層級 Levels");
        });
        RunAccess empty = importing(levels);
        assertThat(empty.exit()).as(empty.err()).isEqualTo(1);
        assertThat(empty.err()).contains("levels.xlsx!層級 Levels: no levels in the levels sheet");
        assertThat(empty.out()).contains("imported 1 item from").contains("(1 cell left out)");
    }

    @Test
    void anUnknownLevelOrSourceIsAProblemAtItsCellAndNothingIsWrittenThatWouldNotReadBack() throws Exception {
        Path csv = tmp.resolve("declared.csv");
        Files.writeString(csv, "職權編碼,職權名稱,職權類型,法定依據,行使層級,權力來源\n"
                + "A1,甲,行政許可,《建築法》第七條,省級,法定本級行使\nA2,乙,行政許可,《建築法》第七條,區,口頭授權\n"
                + "A3,丙,行政許可,《建築法》第七條,street,delegated\n");
        RunAccess r = importing(csv);
        assertThat(r.exit()).isEqualTo(1);
        // levels beyond city and district, in either script, and the English ones
        assertThat(r.err()).contains("declared.csv!F3: unknown source '口頭授權' (expected 法定本級行使, 上級下放")
                .contains("declared.csv!E4: warning: declared at 'township' (street), outside the list's own level"
                        + " 'province'")
                .doesNotContain("catalog.yaml").doesNotContain("no level");
        assertThat(r.out()).contains("imported 2 items");
        String levels = Files.readString(tmp.resolve("out-declared.csv-0/catalog.yaml"));
        assertThat(levels).contains("id: province").contains("id: township").contains("level: township");
        Path strict = tmp.resolve("strict");
        assertThat(RunAccess.of("import", csv.toString(), "--out", strict.toString(), "--strict").exit()).isEqualTo(2);
        assertThat(strict).doesNotExist();

        Path words = tmp.resolve("words.csv");
        Files.writeString(words, "職權編碼,職權名稱,職權類型,法定依據,範圍 scope,特徵 traits,service\n"
                + "A1,甲,行政許可,《建築法》第七條,nowhere,\"grassroots, tiny\",\n"
                + "A2,乙,行政許可,《建築法》第七條,citywide,\"grassroots, micro\",mediation\n");
        RunAccess known = importing(words);
        assertThat(known.exit()).isEqualTo(1);
        assertThat(known.err()).contains("words.csv!E2: unknown scope 'nowhere' (expected within-district, cross-district,"
                + " citywide)").contains("words.csv!F2: unknown trait 'tiny' (expected grassroots, foundational, micro)");
        assertThat(known.out()).contains("imported 1 item");

        // a 'basis (data)' cell is JSON the importer passes on: the catalog reader judges it, before anything is written
        Path data = tmp.resolve("data.csv");
        Files.writeString(data, "職權編碼,職權名稱,職權類型,basis (data)\n"
                + "A1,甲,行政許可,\"[{\"\"law\"\": \"\"建築法\"\", \"\"article\"\": \"\"7\"\", \"\"rank\"\": \"\"statute\"\"}]\"\n");
        Path out = tmp.resolve("never");
        RunAccess back = RunAccess.of("import", data.toString(), "--out", out.toString(), "--level", "county");
        assertThat(back.exit()).as(back.err()).isEqualTo(2);
        assertThat(back.err()).containsPattern("data.csv!D2: unknown rank 'statute'.*\\(at 1:\\d+ in the cell\\)")
                .contains("no item could be imported");
        assertThat(out).doesNotExist();
    }

    @Test
    void aWorkbookPartWhoseChecksumDoesNotMatchIsRefused() throws Exception {
        Path good = workbook("whole.xlsx", wb -> { });
        Path stored = tmp.resolve("stored.xlsx");
        byte[] sheet = null;
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(good));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(stored))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                var entry = new java.util.zip.ZipEntry(e.getName());
                entry.setMethod(java.util.zip.ZipEntry.STORED);
                entry.setSize(bytes.length);
                var crc = new java.util.zip.CRC32();
                crc.update(bytes);
                entry.setCrc(crc.getValue());
                out.putNextEntry(entry);
                out.write(bytes);
                out.closeEntry();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) sheet = bytes;
            }
        }
        assertThat(importing(stored).exit()).isZero();
        // flip one byte of the stored sheet: a letter of an element name, so that the XML stays well-formed
        byte[] all = Files.readAllBytes(stored);
        String part = new String(sheet, StandardCharsets.ISO_8859_1);
        int at = new String(all, StandardCharsets.ISO_8859_1).indexOf(part) + part.indexOf("<sheetData");
        all[at + 1] = (byte) 'S';
        Path flipped = tmp.resolve("flipped.xlsx");
        Files.write(flipped, all);
        RunAccess r = importing(flipped);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("flipped.xlsx: not a readable .xlsx workbook (xl/worksheets/sheet1.xml is damaged:"
                + " its checksum does not match");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws Exception {
        Path small = tmp.resolve("small.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(small)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("x");
            wb.write(o);
        }
        Path bomb = tmp.resolve("bomb.xlsx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(small));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] blank = new byte[1 << 20];
                    java.util.Arrays.fill(blank, (byte) ' ');
                    for (int i = 0; i < 64; i++) out.write(blank);
                    out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        RunAccess r = RunAccess.of("import", bomb.toString(), "--out", tmp.resolve("b").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).containsIgnoringCase("zip bomb").doesNotContain("\tat ");
        assertThat(tmp.resolve("b")).doesNotExist();
    }

    @Test
    void formulasDatesAndAMappingFileAreRead() throws Exception {
        Path xlsx = tmp.resolve("odd.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(xlsx)) {
            Sheet s = wb.createSheet("清單");
            Row h = s.createRow(0);
            String[] header = {"編號", "權力事項", "類別代碼", "許可依據", "公布日期"};
            for (int c = 0; c < header.length; c++) h.createCell(c).setCellValue(header[c]);
            Row r = s.createRow(1);
            r.createCell(0).setCellFormula("\"HS-\"&TEXT(7,\"000\")");
            r.createCell(1).setCellValue("建築工程施工許可");
            r.createCell(2).setCellValue("01");
            r.createCell(3).setCellValue("《中華人民共和國建築法》第七條");
            var date = r.createCell(4);
            date.setCellValue(java.time.LocalDate.of(2016, 5, 1));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            date.setCellStyle(style);
            wb.write(o);
        }
        Path mapping = tmp.resolve("mapping.yaml");
        Files.writeString(mapping, "columns: {編號: id, 權力事項: name, 類別代碼: type, 許可依據: basis}\n");
        Path dir = tmp.resolve("odd");
        RunAccess r = RunAccess.of("import", xlsx.toString(), "--out", dir.toString(), "--mapping", mapping.toString(),
                "--level", "county");
        assertThat(r.exit()).as(r.err()).isZero();
        String yaml = Files.readString(dir.resolve("catalog.yaml"));
        assertThat(yaml).contains("id: HS-007").contains("type: licensing").contains("law: 中華人民共和國建築法")
                .contains("short: 建築法").contains("article: \"7\"").contains("公布日期: 2016-05-01");
    }

    @Test
    void aFolderThatHoldsFilesIsNotOverwrittenWithoutForce() throws Exception {
        Path csv = tmp.resolve("l.csv");
        Files.writeString(csv, "職權編碼,職權名稱,職權類型,法定依據\nA1,甲,行政許可,《建築法》第七條\n");
        Path dir = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(dir.resolve("catalog.yaml"), "mine");
        assertThat(RunAccess.of("import", csv.toString(), "--out", dir.toString()).exit()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("catalog.yaml"))).isEqualTo("mine");
        assertThat(RunAccess.of("import", csv.toString(), "--out", dir.toString(), "--force", "--level", "county").exit())
                .isZero();
    }
}
