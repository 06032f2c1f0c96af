package quanze.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import quanze.catalog.CatalogReader;
import quanze.catalog.YamlReader;
import quanze.engine.Engine;
import quanze.engine.RuleBase;
import quanze.model.CheckResult;
import quanze.model.Item;
import quanze.variant.Diff;
import quanze.variant.VariantApplier;
import quanze.variant.VariantReader;
import quanze.workbench.Draft;
import quanze.workbench.Workbench;

/**
 * The workbench's evaluation (issue 17), in one process, beside a full re-check measured in the same run: an edit of
 * one item's floor (its diff and causes included) made {@code edits} times on as many items, each undone after, and a
 * principle edit (blocking scopes) made {@code runs} times; the full re-check is what an edit would cost without the
 * live session (the catalog bound again from the edited trees, checked, and diffed against the baseline). Prints one
 * line: {@code workbench ITEMS full_ms item_ms undo_ms principle_ms}, medians. Used by bench/run. Arguments:
 * DIR [runs [edits]].
 */
public final class WorkbenchBench {

    private WorkbenchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        RuleBase rules = RuleBase.bundled();
        Workbench wb = Workbench.open(new Workbench.Config(dir, dir.toString(), dir.resolve("variants"), rules,
                Path.of("rules"), new YamlReader()));
        List<Item> items = wb.baseline().catalog().items();
        int n = items.size();
        CheckResult baseline = wb.baseline();
        List<Double> full = new ArrayList<>();
        List<Double> item = new ArrayList<>();
        List<Double> undo = new ArrayList<>();
        List<Double> principle = new ArrayList<>();
        var trees = new CatalogReader().trees(dir, dir.toString());
        // warm-up: the code paths once each
        wb.apply(wb.draft().item(items.get(1).id(), Map.of("floor", "city")), "warm");
        wb.undo();
        for (int k = 0; k < edits; k++) {
            String id = items.get((int) ((long) k * 7919 % n)).id();
            Draft d = wb.draft().item(id, Map.of("floor", "city"));
            long t0 = System.nanoTime();
            wb.apply(d, "floor of " + id);
            item.add(ms(t0));
        }
        for (int k = 0; k < edits; k++) {
            long t0 = System.nanoTime();
            wb.undo();
            undo.add(ms(t0));
        }
        // the full re-check and the principle edit alternate, so that both meet the same heap (the workbench holds
        // the baseline, the live session, and the session it evaluates single edits in)
        for (int r = 0; r < runs; r++) {
            System.gc();
            Draft e = wb.draft().item(items.get(r * 7 % n).id(), Map.of("floor", "city"));
            long t1 = System.nanoTime();
            var v = new VariantReader().read(e.text(), dir.resolve("variants/x.yaml"), "edits");
            var applied = VariantApplier.apply(trees, v.edits());
            CheckResult again = new Engine(rules).check(CatalogReader.bind(dir.toString(), applied.roots()));
            Diff.changes(Diff.Side.of(baseline), Diff.Side.of(again));
            full.add(ms(t1));
            again = null;
            System.gc();
            Draft d = wb.draft().principle("blockingScopes", List.of("citywide"));
            long t0 = System.nanoTime();
            wb.apply(d, "scopes");
            principle.add(ms(t0));
            wb.undo();
        }
        System.out.printf("workbench %d %.0f %.1f %.1f %.0f%n", n, median(full), median(item), median(undo),
                median(principle));
        wb.close();
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
