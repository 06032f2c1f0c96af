package quanze.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.drools.base.common.NetworkNode;
import org.drools.core.common.MemoryFactory;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.reteoo.AccumulateNode;
import org.drools.core.reteoo.BetaMemory;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

import quanze.catalog.CatalogReader;
import quanze.engine.Findings;
import quanze.engine.RuleBase;
import quanze.model.Body;
import quanze.model.Catalog;
import quanze.model.Level;
import quanze.model.UnknownReference;

/**
 * Where the memory of a check goes: checks a catalog in one KieSession, as {@code Engine} does, then prints the
 * facts it holds by type and, for every join, not and accumulate node, how many tuples its left and right memories
 * hold and the rules it belongs to, largest first. Drools keeps every fact that reaches a node in that node's memory,
 * so a rule that joins every item to something holds one tuple per item; the rule evaluation's time follows the
 * total (most of it is the collector copying what the session holds). Arguments: DIR [RULES_DIR]. Reads Drools'
 * internal classes: a tool for measuring, not part of quanze.
 */
public final class NodeMemories {

    private NodeMemories() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Catalog catalog = new CatalogReader().read(dir, dir.toString());
        RuleBase rules = args.length > 1 ? RuleBase.compile(Path.of(args[1]), args[1]) : RuleBase.bundled();
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.setGlobal("findings", new Findings());
        } catch (RuntimeException noSuchGlobal) {
            // a rule set that reports only by facts
        }
        session.insert(catalog.principle());
        if (catalog.info() != null) session.insert(catalog.info());
        for (Level l : catalog.levels()) session.insert(l);
        for (Body b : catalog.bodies()) session.insert(b);
        for (UnknownReference r : catalog.unknownReferences()) session.insert(r);
        for (int k = catalog.items().size() - 1; k >= 0; k--) session.insert(catalog.items().get(k));
        for (Object right : quanze.law.CreationRights.bundled()) session.insert(right);
        for (Object right : quanze.law.CreationRights.temporary()) session.insert(right);
        session.fireAllRules();

        Map<String, Integer> facts = new TreeMap<>();
        for (Object o : session.getObjects()) facts.merge(o.getClass().getSimpleName(), 1, Integer::sum);
        System.out.println("facts: " + facts);

        ReteEvaluator evaluator = (ReteEvaluator) session;
        List<long[]> sizes = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (ObjectTypeNode otn : evaluator.getKnowledgeBase().getRete().getObjectTypeNodes()) {
            walk(otn, evaluator, seen, sizes, lines);
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) order.add(k);
        order.sort(Comparator.comparingLong((Integer k) -> -(sizes.get(k)[0] + sizes.get(k)[1])));
        long total = 0;
        for (int k : order) {
            long[] s = sizes.get(k);
            total += s[0] + s[1];
            if (s[0] + s[1] > 0) {
                System.out.printf("%9d left %8d right %8d  %s%n", s[0] + s[1], s[0], s[1], lines.get(k));
            }
        }
        System.out.printf("%9d tuples in all, %d items%n", total, catalog.items().size());
        session.dispose();
    }

    private static void walk(NetworkNode node, ReteEvaluator evaluator, Set<Integer> seen, List<long[]> sizes,
                             List<String> lines) {
        if (!seen.add(node.getId())) return;
        if (node instanceof BetaNode beta) {
            @SuppressWarnings("unchecked")
            Object memory = evaluator.getNodeMemory((MemoryFactory<org.drools.core.common.Memory>) (Object) beta);
            BetaMemory<?> bm = memory instanceof BetaMemory<?> m ? m
                    : memory instanceof AccumulateNode.AccumulateMemory a ? a.getBetaMemory() : null;
            if (bm != null) {
                long left = bm.getLeftTupleMemory() == null ? 0 : bm.getLeftTupleMemory().size();
                long right = bm.getRightTupleMemory() == null ? 0 : bm.getRightTupleMemory().size();
                StringBuilder names = new StringBuilder(beta.getClass().getSimpleName());
                for (Rule r : node.getAssociatedRules()) names.append(" | ").append(r.getName());
                sizes.add(new long[] {left, right});
                lines.add(names.toString());
            }
        }
        NetworkNode[] sinks = node.getSinks();
        if (sinks != null) for (NetworkNode sink : sinks) walk(sink, evaluator, seen, sizes, lines);
    }
}
