package quanze.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import quanze.catalog.CatalogReader;
import quanze.engine.Engine;
import quanze.engine.RuleBase;
import quanze.model.Catalog;

/**
 * Rule evaluation only, in one process: the catalog is read once, then Drools (one KieSession over all
 * items) and the plain-Java baseline each run {@code runs} times after {@code warmups} warm-up runs.
 * Prints one line: {@code rule-eval items drools_median_ms java_median_ms ratio}. Used by bench/run. Arguments:
 * DIR [runs [warmups [RULES_DIR]]]; RULES_DIR, a variant of rules/ compiled like --rules, measures what a rule
 * costs.
 */
public final class RuleEvalBench {

    private RuleEvalBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Catalog catalog = new CatalogReader().read(dir, dir.toString());
        // a folder of rules of one's own (a variant of rules/ to compare), compiled like --rules DIR
        Engine engine = new Engine(args.length > 3 ? RuleBase.compile(Path.of(args[3]), args[3]) : RuleBase.bundled());
        for (int i = 0; i < warmups; i++) {
            engine.check(catalog);
            PlainJavaBaseline.run(catalog);
        }
        List<Double> drools = new ArrayList<>();
        List<Double> java = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            System.gc();
            long t0 = System.nanoTime();
            int n = engine.check(catalog).decisions().size();
            long t1 = System.nanoTime();
            System.gc();
            long t2 = System.nanoTime();
            int m = PlainJavaBaseline.run(catalog).decisions().size();
            long t3 = System.nanoTime();
            if (n != m) throw new IllegalStateException("decisions differ: " + n + " vs " + m);
            drools.add((t1 - t0) / 1e6);
            java.add((t3 - t2) / 1e6);
        }
        double d = median(drools);
        double j = median(java);
        System.out.printf("rule-eval %d %.1f %.1f %.1f%n", catalog.items().size(), d, j, d / j);
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
