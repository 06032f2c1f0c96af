package quanze.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import quanze.catalog.CatalogReader;
import quanze.cli.RunAccess;
import quanze.model.Basis;
import quanze.model.Catalog;
import quanze.model.Item;
import quanze.model.PowerType;
import quanze.model.Rank;
import quanze.script.Script;
import quanze.vocabulary.Vocabulary;

/**
 * The lists governments publish (../shared/real-lists: 22 CSVs of Karamay's departments and the 21 workbooks
 * they were made from), read where they are and never copied here. Without them every test here is skipped, and
 * says so. The folder is {@code -Dquanze.realLists}, else {@code $QUANZE_REAL_LISTS}, else
 * {@code ../shared/real-lists}.
 */
class RealListsTest {

    static final Path LISTS = locate();

    /** What an original workbook holds beside its CSV, as the README of the lists says, when they differ. */
    static final Map<String, String> SAME_AS = Map.of("klmy-2024-lincao.xls",
            "klmy-2024-lincao-dizhouji.csv+klmy-2024-lincao-quxianji.csv");
    /**
     * Rows the CSV has that a reader of the workbook does not see: 市科技局's sheet keeps stale text under two
     * merged regions (N4, M6:N6), which the CSV was made from; quanze shows each merged region's value only.
     */
    static final Map<String, Integer> HIDDEN_ROWS = Map.of("klmy-2024-keji.xls", 2);

    @TempDir
    Path tmp;

    private static Path locate() {
        String p = System.getProperty("quanze.realLists", System.getenv("QUANZE_REAL_LISTS"));
        return Path.of(p != null && !p.isBlank() ? p : "../shared/real-lists").toAbsolutePath().normalize();
    }

    static Path karamay() {
        return quanze.support.Needs.realLists("karamay", "every test of RealListsTest is skipped");
    }

    private static List<Path> files(Path dir, String glob) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches(glob)).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final Pattern LINE = Pattern.compile(": ([\\d,]+) rows? read, ([\\d,]+) items? imported, ([\\d,]+) rows?"
            + " skipped(?:, ([\\d,]+) notes? not an item)?");

    /** Rows read, items imported, rows skipped, notes under the list, as the file's line says. */
    private static int[] counts(RunAccess r, String file) {
        for (String line : r.out().lines().toList()) {
            Matcher m = LINE.matcher(line);
            if (line.contains(file) && m.find()) {
                return new int[] {n(m.group(1)), n(m.group(2)), n(m.group(3)), m.group(4) == null ? 0 : n(m.group(4))};
            }
        }
        throw new AssertionError("no line for " + file + " in:\n" + r.out() + r.err());
    }

    private static int n(String s) {
        return Integer.parseInt(s.replace(",", ""));
    }

    /** The data rows of a CSV: its records under the header. */
    private static int dataRows(Path csv) throws Exception {
        return (int) Csv.read(csv, csv.toString(), 100_000).rows().stream().skip(1).filter(r -> !r.blank()).count();
    }

    /**
     * One list imported as a user would: exit 0 or 1, 99% of its data rows items, every skipped row with a reason at
     * a cell, and a catalog that reads back and checks.
     */
    private Catalog importAndCheck(Path list, int expectedRows) throws Exception {
        Path out = Files.createTempDirectory(tmp, list.getFileName().toString()).resolve("catalog");
        RunAccess r = RunAccess.of("import", list.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        int[] c = counts(r, list.getFileName().toString());
        assertThat(c[0] + c[3]).as("rows read, and notes under the list").isEqualTo(expectedRows);
        assertThat(c[1]).as("items imported").isGreaterThanOrEqualTo((int) Math.ceil(0.99 * c[0]));
        long located = r.err().lines().filter(l -> l.matches(".*![A-Z]+\\d+: (?!warning: ).*")).count();
        assertThat(located).as("a reason at a cell for each skipped row").isGreaterThanOrEqualTo(c[2]);
        Catalog catalog = new CatalogReader().read(out, "out");
        assertThat(catalog.items()).hasSize(c[1]);
        RunAccess check = RunAccess.of("check", out.toString(), "--format", "json");
        assertThat(check.exit()).as(check.err()).isIn(0, 1);
        return catalog;
    }

    @TestFactory
    Stream<DynamicTest> eachPublishedCsvImportsAndChecks() {
        Path dir = karamay();
        return files(dir, ".*\\.csv").stream().map(csv -> DynamicTest.dynamicTest(csv.getFileName().toString(),
                () -> importAndCheck(csv, dataRows(csv))));
    }

    @TestFactory
    Stream<DynamicTest> eachOriginalWorkbookImportsAsItsCsvDoes() {
        Path dir = karamay();
        return files(dir.resolve("original"), ".*\\.xlsx?").stream().map(book -> DynamicTest.dynamicTest(
                book.getFileName().toString(), () -> {
                    String name = book.getFileName().toString();
                    String stem = name.replaceAll("\\.xlsx?$", "");
                    int rows = 0;
                    for (String csv : SAME_AS.getOrDefault(name, stem + ".csv").split("\\+")) {
                        rows += dataRows(dir.resolve(csv));
                    }
                    rows -= HIDDEN_ROWS.getOrDefault(name, 0);
                    Catalog c = importAndCheck(book, rows);
                    assertThat(c.items()).isNotEmpty();
                }));
    }

    @Test
    void theSpotChecksOfTheIssueHold() throws Exception {
        Path csv = karamay().resolve("klmy-2024-lincao-quxianji.csv");
        Catalog c = importAndCheck(csv, dataRows(csv));
        Item first = c.items().get(0);
        assertThat(first.imported().row()).isEqualTo(2);
        assertThat(first.type()).isEqualTo(PowerType.LICENSING);
        assertThat(first.declared().levelIds()).containsExactly("county");
        Basis b = first.basis().get(0);
        assertThat(List.of(b.shortTitle(), b.article(), b.paragraph(), b.rank())).containsExactly("种子法", "31", "2", Rank.LAW);
        assertThat(b.text()).startsWith("从事主要农作物杂交种子及其亲本种子").endsWith("人民政府农业、林业主管部门核发。");
        assertThat(b.adopted()).isEqualTo("2000-07-08");
        assertThat(c.levels().stream().map(l -> l.id()).toList()).containsExactly("prefecture", "county");
    }

    /** One provision of the labelled sample. */
    record Label(String title, String article, String paragraph, String subparagraph, String rank) {
    }

    record Case(String file, int row, List<Label> bases) {
    }

    @Test
    void theBasesOfALabelledSampleAreReadExactly() throws Exception {
        Path dir = karamay();
        List<Case> cases = new ObjectMapper(new YAMLFactory()).readValue(
                Path.of("src/test/resources/real-lists/bases.yaml").toFile(), new TypeReference<List<Case>>() { });
        Provisions provisions = new Provisions(Vocabulary.bundled());
        int expected = 0;
        int exact = 0;
        List<String> misses = new ArrayList<>();
        for (Case k : cases) {
            Table t = Csv.read(dir.resolve(k.file()), k.file(), 100_000);
            int col = Headers.columns(t.rows().get(0), Vocabulary.bundled(), false).entrySet().stream()
                    .filter(e -> e.getValue().equals("basis")).findFirst().orElseThrow().getKey();
            List<Basis> read = provisions.parse(t.rows().get(k.row() - 1).cell(col)).bases();
            for (int i = 0; i < k.bases().size(); i++) {
                Label want = k.bases().get(i);
                expected++;
                Basis got = i < read.size() ? read.get(i) : null;
                boolean same = got != null && Script.fold(got.title()).equals(Script.fold(want.title()))
                        && want.article().equals(got.article()) && java.util.Objects.equals(want.paragraph(), got.paragraph())
                        && java.util.Objects.equals(want.subparagraph(), got.subparagraph())
                        && want.rank().equals(got.rank().key());
                if (same) exact++;
                else misses.add(k.file() + ":" + k.row() + " #" + (i + 1) + " wanted " + want + ", read " + got);
            }
            if (read.size() > k.bases().size()) {
                misses.add(k.file() + ":" + k.row() + " read " + (read.size() - k.bases().size()) + " more than labelled");
            }
        }
        System.err.printf("labelled bases: %d of %d read exactly (%.1f%%)%n", exact, expected, 100.0 * exact / expected);
        assertThat(misses).as("provisions read otherwise than labelled").isEmpty();
    }

    @Test
    void everyProvisionOfEveryListIsReadOrKeptAsWritten() throws Exception {
        Path dir = karamay();
        Provisions provisions = new Provisions(Vocabulary.bundled());
        int cells = 0;
        int unread = 0;
        for (Path csv : files(dir, ".*\\.csv")) {
            Table t = Csv.read(csv, csv.toString(), 100_000);
            Integer col = Headers.columns(t.rows().get(0), Vocabulary.bundled(), false).entrySet().stream()
                    .filter(e -> e.getValue().equals("basis")).map(Map.Entry::getKey).findFirst().orElseThrow();
            for (Table.Row row : t.rows().subList(1, t.rows().size())) {
                String cell = row.cell(col);
                if (cell.isBlank()) continue;
                cells++;
                Provisions.Parsed p = provisions.parse(cell);
                if (!p.unread().isEmpty()) unread++;
                // nothing is lost: every article's words stand in the cell as quoted
                for (Basis b : p.bases()) {
                    if (b.text() != null) assertThat(cell).as(csv + " row " + row.number()).contains(b.text());
                    if (b.version() != null && b.version().indexOf(' ') < 0) assertThat(cell).contains(b.version());
                }
            }
        }
        System.err.printf("basis cells: %d, with a piece that is not a 【tag】《title》 and article: %d%n", cells, unread);
        assertThat(cells).isEqualTo(2935);
        assertThat(unread).as("cells with a piece kept as written").isLessThanOrEqualTo(5);
    }

    @Test
    void aListConvertedToTraditionalCharactersImportsIntoTheSameCatalog() throws Exception {
        Path dir = karamay();
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        for (String name : List.of("klmy-2024-dangan.csv", "klmy-2024-keji.csv", "klmy-2025-xiaofang.csv",
                "klmy-2024-renshe.csv", "klmy-2024-lincao-quxianji.csv")) {
            Path csv = dir.resolve(name);
            Path converted = Files.createDirectories(tmp.resolve("traditional")).resolve(name);
            Files.writeString(converted, toTraditional.transliterate(Files.readString(csv, StandardCharsets.UTF_8)));
            Catalog simplified = importAndCheck(csv, dataRows(csv));
            Catalog traditional = importAndCheck(converted, dataRows(csv));
            assertThat(PublishedLayoutsTest.shape(traditional)).as(name).isEqualTo(PublishedLayoutsTest.shape(simplified));
        }
    }

    @Test
    void theCityListsImportIntoOneCatalog() throws Exception {
        Path dir = karamay();
        Path out = tmp.resolve("karamay");
        RunAccess r = RunAccess.of("import", dir.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        assertThat(r.out().lines().filter(l -> LINE.matcher(l).find()).count()).isEqualTo(22);
        Catalog c = new CatalogReader().read(out, "out");
        assertThat(c.categories()).hasSize(22);
        assertThat(c.items().stream().map(Item::id).distinct().count()).isEqualTo(c.items().size());
        assertThat(c.items().size()).isGreaterThanOrEqualTo(2934 - 2934 / 100);
        assertThat(c.bodies().stream().map(b -> Script.fold(b.name().zh()) + "/" + b.parent()).distinct().count())
                .isEqualTo(c.bodies().size());
        assertThat(RunAccess.of("check", out.toString()).exit()).isIn(0, 1);
    }
}
