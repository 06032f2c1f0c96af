package quanze.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.catalog.CatalogReader;
import quanze.catalog.YamlReader;
import quanze.engine.Engine;
import quanze.engine.RuleBase;
import quanze.model.CheckResult;
import quanze.model.InputException;
import quanze.model.Item;
import quanze.variant.Diff;
import quanze.variant.VariantApplier;
import quanze.variant.VariantReader;
import quanze.variant.Variants;

/**
 * The workbench without its page: each edit's diff is the one {@code quanze diff} gives for the edits saved as a
 * file, the live session holds what a fresh check holds after any sequence of edits and undos, and files changed on
 * disk are read again.
 */
class WorkbenchTest {

    private static final RuleBase RULES = RuleBase.bundled();
    private static final String COAL = "management.coal-mine-safety";

    @TempDir
    Path tmp;
    Path catalog;
    Workbench wb;

    @BeforeEach
    void open() throws Exception {
        catalog = tmp.resolve("huangshi");
        copy(Path.of("catalog/huangshi"), catalog);
        wb = Workbench.open(new Workbench.Config(catalog, "huangshi", catalog.resolve("variants"), RULES,
                Path.of("rules"), new YamlReader()));
    }

    @AfterEach
    void close() {
        wb.close();
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    private Diff quanzeDiff(Path variant) throws InputException {
        var v = new VariantReader().read(variant, variant.getFileName().toString());
        return new Variants(catalog, "huangshi", RULES, Path.of("rules")).diff(v);
    }

    @Test
    void coalMineSafetyStaysWithTheCityIncrementallyAndAsQuanzeDiffSaysIt() throws Exception {
        Workbench.View v = wb.apply(wb.draft().item(COAL, Map.of("floor", "city")), "coal");
        assertThat(v.incremental()).isTrue();
        Diff expected = quanzeDiff(catalog.resolve("variants/coal-safety-stays-city.yaml"));
        assertThat(v.diff().changes()).isNotEmpty().isEqualTo(expected.changes());
        assertThat(v.diff().after()).isEqualTo(expected.after());
        assertThat(v.diff().changes()).allSatisfy(c -> assertThat(c.causes()).containsExactly("items." + COAL));

        // the body holding a role, as the page sends it: declared.roles merged into the item's own
        Workbench.View body = wb.apply(wb.draft().item(COAL, Map.of("declared", Map.of("roles",
                Map.of("management", "city-safety")))), "body");
        assertThat(body.incremental()).isTrue();
        assertThat(body.draft()).contains("management: city-safety");
        wb.undo();

        Workbench.View back = wb.undo();
        assertThat(back.diff().changes()).isEmpty();
        assertThat(back.steps()).isEmpty();
        assertThatThrownBy(wb::undo).isInstanceOf(Workbench.Refused.class).hasMessage("nothing to undo");
    }

    @Test
    void aLoadedVariantGivesItsDiffAndSavedEditsAreReproducedByQuanzeDiff() throws Exception {
        Workbench.View v = wb.load("micro-only.yaml");
        Diff expected = quanzeDiff(catalog.resolve("variants/micro-only.yaml"));
        assertThat(v.incremental()).isFalse();
        assertThat(v.diff().changes()).isNotEmpty().isEqualTo(expected.changes());

        wb.apply(wb.draft().item(COAL, Map.of("floor", "city")), "coal");
        Workbench.View both = wb.apply(wb.draft().remove("planning.key-project-permit"), "remove");
        String shown = wb.save("what-if", "coal and micro", false);
        assertThat(shown).isEqualTo("huangshi/variants/what-if.yaml");
        Diff again = quanzeDiff(catalog.resolve("variants/what-if.yaml"));
        assertThat(both.diff().changes()).isEqualTo(again.changes());
        assertThat(both.diff().after()).isEqualTo(again.after());
        assertThat(again.changes()).anySatisfy(c -> assertThat(c.causes()).containsExactly("principle.delegableTraits"));
        assertThat(again.changes()).anySatisfy(c -> assertThat(c.causes()).containsExactly("items." + COAL));

        assertThatThrownBy(() -> wb.save("what-if", null, false)).isInstanceOf(Workbench.Refused.class)
                .hasMessageContaining("exists; confirm to replace it");
        wb.save("what-if", null, true);
        for (String bad : List.of("../escape", "a/b", "", ".hidden", "x".repeat(80))) {
            assertThatThrownBy(() -> wb.save(bad, null, false)).as(bad).isInstanceOf(Workbench.Refused.class);
        }
        assertThat(tmp.resolve("escape.yaml")).doesNotExist();
        assertThatThrownBy(() -> wb.load("../10-catalog.yaml")).isInstanceOf(Workbench.Refused.class);
    }

    @Test
    void anEditThatDoesNotReadOrApplyChangesNothing() throws Exception {
        wb.apply(wb.draft().item(COAL, Map.of("floor", "city")), "coal");
        Workbench.View before = wb.view();
        assertThatThrownBy(() -> wb.apply(wb.draft().item("no.such-item", Map.of("floor", "city")), "x"))
                .isInstanceOf(InputException.class).hasMessageContaining("no item 'no.such-item' in the catalog");
        assertThatThrownBy(() -> wb.apply(wb.draft().item(COAL, Map.of("scope", "everywhere")), "x"))
                .isInstanceOf(InputException.class).hasMessageContaining("everywhere");
        assertThatThrownBy(() -> wb.apply(wb.draft().principle("delegableTraits", "micro"), "x"))
                .isInstanceOf(InputException.class);
        assertThatThrownBy(() -> wb.apply(wb.draft().disable("QZ999"), "x"))
                .isInstanceOf(InputException.class).hasMessageContaining("names no rule or finding code");
        assertThat(wb.view().diff()).isEqualTo(before.diff());
        assertThat(wb.view().steps()).isEqualTo(before.steps());
    }

    /** Random edits and undos: after each, the live session holds what a fresh check of the same edits holds. */
    @Test
    void theLiveSessionHoldsWhatAFreshCheckHoldsAfterRandomEditsAndUndos() throws Exception {
        Random rnd = new Random(17);
        List<String> ids = wb.baseline().catalog().items().stream().map(Item::id).distinct().toList();
        List<String> traits = List.of("grassroots", "foundational", "micro");
        List<String> scopes = List.of("within-district", "cross-district", "citywide");
        List<String> levels = List.of("city", "district");
        int added = 0;
        int incremental = 0;
        boolean twins = false;
        for (int step = 0; step < 60; step++) {
            String id = ids.get(rnd.nextInt(ids.size()));
            Draft d = wb.draft();
            int what = rnd.nextInt(10);
            Draft next = switch (what) {
                case 0, 1 -> d.item(id, Map.of("traits", List.of(traits.get(rnd.nextInt(3)))));
                case 2 -> d.item(id, Map.of("scope", scopes.get(rnd.nextInt(3))));
                case 3 -> d.item(id, Map.of("floor", levels.get(rnd.nextInt(2))));
                case 4 -> d.remove(id);
                case 5 -> d.add(newItem("added." + added++, wb.baseline().catalog().items().get(0).categoryId()));
                case 6 -> d.principle("blockingScopes", List.of(scopes.get(rnd.nextInt(3))));
                case 7 -> d.disable("QZ104");
                case 8 -> rnd.nextBoolean() ? d.add(newItem(id, wb.baseline().catalog().items().get(0).categoryId()))
                        : null; // a second item of an id the catalog has (QZ112)
                default -> null;
            };
            try {
                if (next == null) wb.undo();
                else wb.apply(next, "step " + step);
            } catch (InputException | Workbench.Refused e) {
                continue; // an item removed twice, nothing to undo: refused, nothing changed
            }
            if (wb.view().incremental()) incremental++;
            CheckResult live = wb.result();
            twins |= live.findings().stream().anyMatch(f -> f.code().equals("QZ112"));
            var variant = new VariantReader().read(wb.draft().text(), catalog.resolve("variants/x.yaml"), "edits");
            var trees = new CatalogReader().trees(catalog, "huangshi");
            var applied = VariantApplier.apply(trees, variant.edits());
            CheckResult fresh = new Engine(RULES, applied.disabled()).check(CatalogReader.bind("huangshi", applied.roots()));
            List<String> a = lines(live);
            List<String> b = lines(fresh);
            List<String> onlyLive = new ArrayList<>(a);
            onlyLive.removeAll(b);
            List<String> onlyFresh = new ArrayList<>(b);
            onlyFresh.removeAll(a);
            assertThat(onlyLive).as("step %d: only in the live session", step).isEmpty();
            assertThat(onlyFresh).as("step %d: only in a fresh check", step).isEmpty();
            assertThat(a).as("step %d", step).isEqualTo(b);
            Path saved = tmp.resolve("step.yaml");
            Files.writeString(saved, wb.draft().text());
            if (!wb.draft().isEmpty()) {
                Diff expected = quanzeDiff(saved);
                assertThat(wb.view().diff().changes()).as("step %d", step).isEqualTo(expected.changes());
                assertThat(wb.view().diff().after()).as("step %d: the summary", step).isEqualTo(expected.after());
            }
        }
        // the sequence went both ways: by the live session and afresh, and through an id given twice
        assertThat(incremental).isGreaterThan(10);
        assertThat(twins).isTrue();
    }

    private static Map<String, Object> newItem(String id, String category) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("category", category);
        m.put("id", id);
        m.put("name", Map.of("zh", "新增事項" + id, "en", "Added " + id));
        m.put("type", "licensing");
        m.put("basis", List.of(Map.of("law", "行政許可法", "article", "12", "rank", "law")));
        m.put("traits", List.of("micro"));
        m.put("scope", "within-district");
        m.put("declared", Map.of("level", "district", "source", "delegated"));
        return m;
    }

    private static List<String> lines(CheckResult r) {
        List<String> out = new ArrayList<>();
        r.decisions().forEach(d -> out.add(d.itemId() + " " + d.verdict() + " " + d.level() + " " + d.roles()));
        // an edited item is placed in the edits as they read when it was edited (a later edit moves the lines)
        r.findings().forEach(f -> out.add(f.code() + " " + f.itemId() + " " + (f.location().file().equals("edits")
                ? "edits" : f.location()) + " " + f.message().replaceAll("edits:\\d+:\\d+", "edits")));
        return out;
    }

    @Test
    void aCatalogFileChangedOnDiskIsReadAgainAndOneThatNoLongerReadsShowsWhere() throws Exception {
        wb.apply(wb.draft().item(COAL, Map.of("floor", "city")), "coal");
        assertThat(wb.reloadIfChanged()).isFalse();
        Path f = catalog.resolve("30-management.yaml");
        String text = Files.readString(f);
        Files.writeString(f, text.replace("scope: within-district", "scope: citywide"));
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertThat(wb.reloadIfChanged()).isTrue();
        assertThat(wb.view().notice()).contains("huangshi/30-management.yaml changed on disk; reloaded");
        assertThat(wb.view().problems()).isEmpty();
        assertThat(wb.baseline().catalog().items().stream().filter(i -> i.id().equals(COAL)).findFirst().orElseThrow()
                .scope().key()).isEqualTo("citywide");

        Files.writeString(f, text + "\n  - id: [broken\n");
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10000));
        assertThat(wb.reloadIfChanged()).isTrue();
        assertThat(wb.view().problems()).isNotEmpty();
        assertThat(wb.view().problems().get(0).toString()).startsWith("huangshi/30-management.yaml:");
        assertThatThrownBy(() -> wb.apply(wb.draft().remove(COAL), "x")).isInstanceOf(InputException.class);

        Files.writeString(f, text);
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 15000));
        assertThat(wb.reloadIfChanged()).isTrue();
        assertThat(wb.view().problems()).isEmpty();
        assertThat(wb.view().diff().changes()).isNotEmpty();
    }
}
