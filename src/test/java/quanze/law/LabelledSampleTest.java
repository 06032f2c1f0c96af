package quanze.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.catalog.CatalogReader;
import quanze.cli.RunAccess;
import quanze.model.Catalog;
import quanze.model.Item;
import quanze.model.StatutoryLevel;

/**
 * Precision and coverage of the levels read from the law, on the labelled sample
 * ({@code src/test/resources/quanze/statutory/labelled-sample.yaml}: 164 rows of the Karamay lists, each with the
 * level a reader of the law gives the act). The texts are read from {@code ../shared/real-lists} where they are (the
 * sample keeps only the labels); without them the test is skipped and says so. The figures it prints are the ones
 * in docs/statutory-levels.md.
 */
class LabelledSampleTest {

    @TempDir
    Path tmp;

    record Label(String file, int row, String name, String type, String floor, String highest, String phrase,
                 Boolean ambiguous, String why) {
    }

    @Test
    void derivedFloorsAreRightInAtLeast95PercentOfTheSampleAndAmbiguousRowsGetNoLevelFinding() throws Exception {
        Path karamay = quanze.support.Needs.realLists("karamay",
                "the labelled sample of statutory levels cannot be measured");
        Path out = tmp.resolve("karamay");
        RunAccess imported = RunAccess.of("import", karamay.toString(), "--out", out.toString());
        assertThat(imported.exit()).as(imported.err()).isIn(0, 1);
        Catalog catalog = new CatalogReader().read(out, "karamay");
        Map<String, Item> byRow = new HashMap<>();
        for (Item i : catalog.items()) {
            if (i.imported() == null) continue;
            byRow.put(Path.of(i.imported().file()).getFileName() + ":" + i.imported().row(), i);
        }

        record Sample(List<Label> sample) {
        }
        List<Label> sample = new ObjectMapper(new YAMLFactory()).readValue(
                Path.of("src/test/resources/quanze/statutory/labelled-sample.yaml").toFile(), Sample.class).sample();
        assertThat(sample).hasSizeGreaterThanOrEqualTo(150);
        assertThat(sample.stream().filter(l -> l.file().equals("klmy-2024-lincao-quxianji.csv")).count())
                .as("half of the sample from the county-level list").isGreaterThanOrEqualTo(sample.size() / 2);

        // per type: rows, derived, right; and the wrong ones, named
        Map<String, int[]> byType = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        List<String> ambiguousWithLevel = new ArrayList<>();
        int rows = 0;
        int derived = 0;
        int right = 0;
        int highestRight = 0;
        for (Label l : sample) {
            Item i = byRow.get(l.file() + ":" + l.row());
            assertThat(i).as("sample row %s:%d is an imported item", l.file(), l.row()).isNotNull();
            int[] t = byType.computeIfAbsent(l.type(), k -> new int[3]);
            rows++;
            t[0]++;
            StatutoryLevel s = i.statutory();
            if (s == null || !s.derived()) continue;
            derived++;
            t[1]++;
            String highest = s.highest() == null ? null : s.highest().id();
            if (s.floor().id().equals(l.floor())) {
                right++;
                t[2]++;
                if (java.util.Objects.equals(highest, l.highest())) highestRight++;
            } else {
                wrong.add(l.file() + ":" + l.row() + " read " + s.floor().id() + " (" + s.quote() + "), labelled "
                        + l.floor() + " (" + l.why() + ")");
            }
            if (Boolean.TRUE.equals(l.ambiguous()) && s.certain()) ambiguousWithLevel.add(l.file() + ":" + l.row());
        }
        // the level findings on the sample: on rows the labels say are outside what the law allows, and on no
        // row a reader finds ambiguous
        Map<String, java.util.Set<String>> levelFindings = new HashMap<>();
        for (quanze.model.Finding f : new quanze.engine.Engine(quanze.engine.RuleBase.bundled()).check(catalog).findings()) {
            if (f.code().equals("QZ115") || f.code().equals("QZ116")) {
                levelFindings.computeIfAbsent(f.itemId(), k -> new java.util.TreeSet<>()).add(f.code());
            }
        }
        List<String> flaggedRight = new ArrayList<>();
        List<String> flaggedWrong = new ArrayList<>();
        for (Label l : sample) {
            Item i = byRow.get(l.file() + ":" + l.row());
            java.util.Set<String> got = levelFindings.getOrDefault(i.id(), java.util.Set.of());
            java.util.Set<String> should = new java.util.TreeSet<>();
            if (!l.floor().equals("none")) {
                int floor = quanze.vocabulary.Vocabulary.bundled().rank(l.floor());
                for (String d : i.declared().levelIds()) {
                    int r = quanze.vocabulary.Vocabulary.bundled().rank(d);
                    if (r > floor) should.add("QZ115");
                    if (l.highest() != null && r < quanze.vocabulary.Vocabulary.bundled().rank(l.highest())) should.add("QZ116");
                }
            }
            for (String code : got) {
                (should.contains(code) ? flaggedRight : flaggedWrong).add(l.file() + ":" + l.row() + " " + code);
            }
        }
        int all = catalog.items().size();
        long derivedAll = catalog.items().stream().filter(i -> i.statutory() != null && i.statutory().derived()).count();
        long certainAll = catalog.items().stream().filter(i -> i.statutory() != null && i.statutory().derived()
                && i.statutory().certain()).count();

        StringBuilder report = new StringBuilder("| type | rows | derived | coverage | right | precision |\n"
                + "|---|---|---|---|---|---|\n");
        byType.forEach((type, t) -> report.append(String.format("| %s | %d | %d | %s | %d | %s |%n", type, t[0], t[1],
                pct(t[1], t[0]), t[2], t[1] == 0 ? "—" : pct(t[2], t[1]))));
        report.append(String.format("| **all** | %d | %d | %s | %d | %s |%n", rows, derived, pct(derived, rows), right,
                pct(right, derived)));
        report.append(String.format("%nhighest level also right: %d of %d right floors%n", highestRight, right));
        report.append(String.format("all %d Karamay rows: a level derived for %d (%s), certain for %d (%s)%n", all,
                derivedAll, pct((int) derivedAll, all), certainAll, pct((int) certainAll, all)));
        report.append(String.format("level findings (QZ115, QZ116) on the sample: %d where the label puts the declared"
                + " level outside what the law allows, %d elsewhere %s%n", flaggedRight.size(), flaggedWrong.size(),
                flaggedWrong));
        wrong.forEach(w -> report.append("wrong: ").append(w).append('\n'));
        System.out.println("Statutory levels on the labelled sample:\n" + report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/statutory-levels-sample.md"), report.toString());

        assertThat((double) right / derived).as("precision of derived floors:\n" + report).isGreaterThanOrEqualTo(0.95);
        assertThat(ambiguousWithLevel).as("rows a reader finds ambiguous get no certain level (so no error)").isEmpty();
        assertThat(flaggedWrong).as("level findings only where the labels say the level is outside the law's").isEmpty();
        assertThat(flaggedRight).as("the level findings fire on rows a reader would flag").isNotEmpty();
        // coverage is below the 45% (docs/statutory-levels.md says why); this keeps it from falling back
        assertThat((double) derivedAll / all).as("coverage of all Karamay rows").isGreaterThanOrEqualTo(0.28);
    }

    private static String pct(int a, int b) {
        return b == 0 ? "—" : String.format("%.1f%%", 100.0 * a / b);
    }
}
