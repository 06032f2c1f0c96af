package quanze.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import quanze.model.Catalog;
import quanze.model.CheckResult;
import quanze.model.Decision;
import quanze.model.Finding;
import quanze.model.Item;
import quanze.model.UnknownReference;

/**
 * A check kept open (the workbench's): one stateful session over a catalog, in which an edit of a few items
 * deletes and inserts only those items' facts. Every rule derives with {@code insertLogical}, so what rested on a
 * deleted item goes with it, and only the rules an item joins run again. The session notes the items whose
 * decisions or findings changed, so that a diff need look at those only.
 * <p>
 * It holds what {@link Engine#check} returns for the same catalog (WorkbenchTest compares them after random edits),
 * for rule bases that report through {@link quanze.found.Found} facts: a rule set reporting through the global
 * {@code findings} cannot take back what it reported, and is not {@link #supports supported}. Not thread-safe.
 */
public final class LiveSession implements AutoCloseable {

    private final KieSession session;
    private final Set<String> disabled;
    private final int firingsPerItem;
    private final Found.Recorder found = new Found.Recorder();
    private final Map<Object, FactHandle> handles = new IdentityHashMap<>();
    private final Map<Item, List<Decision>> decisions = new IdentityHashMap<>();
    private final Set<quanze.found.Found> facts = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** The facts found about each item id ("" for none), the items of each id, the unknown references each makes. */
    private final Map<String, Set<quanze.found.Found>> foundById = new java.util.HashMap<>();
    private final Map<String, List<Item>> itemsById = new java.util.HashMap<>();
    private final Map<String, List<UnknownReference>> refsByOwner = new java.util.HashMap<>();
    /** Item ids ("" for findings about no item) whose decisions or findings changed since {@link #touched()}. */
    private final Set<String> touched = new LinkedHashSet<>();
    private Catalog catalog;

    private LiveSession(RuleBase rules, Set<String> disabled, Engine.Limits limits, Catalog catalog) {
        this.session = rules.kieBase().newKieSession();
        this.disabled = Set.copyOf(disabled);
        this.firingsPerItem = limits.firingsPerItem();
        this.catalog = catalog;
        session.addEventListener(found);
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent e) {
                if (e.getObject() instanceof Decision d) {
                    decisions.computeIfAbsent(d.item(), k -> new ArrayList<>(1)).add(d);
                    touched.add(d.itemId());
                } else if (e.getObject() instanceof quanze.found.Found f) {
                    facts.add(f);
                    String id = f.itemId() == null ? "" : f.itemId();
                    foundById.computeIfAbsent(id, k -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())).add(f);
                    touched.add(id);
                }
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent e) {
                if (e.getOldObject() instanceof Decision d) {
                    List<Decision> ds = decisions.get(d.item());
                    if (ds != null && ds.removeIf(x -> x == d) && ds.isEmpty()) decisions.remove(d.item());
                    touched.add(d.itemId());
                } else if (e.getOldObject() instanceof quanze.found.Found f) {
                    facts.remove(f);
                    String id = f.itemId() == null ? "" : f.itemId();
                    Set<quanze.found.Found> of = foundById.get(id);
                    if (of != null && of.remove(f) && of.isEmpty()) foundById.remove(id);
                    touched.add(id);
                }
            }
        });
    }

    /** Whether a live session gives what a check gives with these rules: they report findings as facts only. */
    public static boolean supports(RuleBase rules) {
        return !rules.declaresFindings();
    }

    /** Checks {@code catalog} and keeps the session open. */
    public static LiveSession start(RuleBase rules, Set<String> disabled, Engine.Limits limits, Catalog catalog) {
        if (!supports(rules)) {
            throw new IllegalArgumentException("these rules report through the global 'findings'; a live session"
                    + " cannot take such findings back");
        }
        LiveSession s = new LiveSession(rules, disabled, limits, catalog);
        try {
            Engine.insert(s.session, catalog, List.of(), (fact, handle) -> {
                if (fact instanceof Item || fact instanceof UnknownReference) s.handles.put(fact, handle);
            });
            for (Item i : catalog.items()) s.index(i, true);
            for (UnknownReference r : catalog.unknownReferences()) s.index(r, true);
            s.fire(catalog);
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /**
     * Moves the session to {@code next}, a catalog that differs from the current one only in the items and the
     * unknown references given: those {@code gone} are deleted, those {@code come} inserted, and the rules run again.
     */
    public void replace(Catalog next, Collection<?> gone, Collection<?> come) {
        for (Object o : gone) {
            FactHandle h = handles.remove(o);
            if (h == null) throw new IllegalArgumentException("not in the session: " + o);
            session.delete(h);
            index(o, false);
        }
        for (Object o : come) {
            handles.put(o, session.insert(o));
            index(o, true);
        }
        catalog = next;
        fire(next);
    }

    private void index(Object o, boolean in) {
        if (o instanceof Item i) {
            if (in) itemsById.computeIfAbsent(i.id(), k -> new ArrayList<>(1)).add(i);
            else {
                List<Item> l = itemsById.get(i.id());
                if (l != null && l.removeIf(x -> x == i) && l.isEmpty()) itemsById.remove(i.id());
            }
        } else if (o instanceof UnknownReference r) {
            if (in) refsByOwner.computeIfAbsent(r.ownerId(), k -> new ArrayList<>(1)).add(r);
            else {
                List<UnknownReference> l = refsByOwner.get(r.ownerId());
                if (l != null && l.removeIf(x -> x == r) && l.isEmpty()) refsByOwner.remove(r.ownerId());
            }
        }
    }

    /** The items of this id in the session, and the unknown references they make. */
    public List<Object> owned(String id) {
        List<Object> out = new ArrayList<>(itemsById.getOrDefault(id, List.of()));
        out.addAll(refsByOwner.getOrDefault(id, List.of()));
        return out;
    }

    /** The items of this id in the session (several when an id is given twice). */
    public List<Item> items(String id) {
        return itemsById.getOrDefault(id, List.of());
    }

    private void fire(Catalog c) {
        long counted = (long) c.items().size() + c.organisation().units().size() + c.organisation().takes().size();
        long max = (long) firingsPerItem * Math.max(1, counted) + 10_000;
        int cap = (int) Math.min(Integer.MAX_VALUE - 1, max);
        int n = Engine.fire(session, disabled, cap + 1);
        if (n > cap) {
            throw new RuleLimitException(null, "the rules fired more than " + cap + " times for " + c.items().size()
                    + " items and were stopped (a rule that loops?)");
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The item ids whose decisions or findings changed since the last call ("" for findings about no item). */
    public Set<String> touched() {
        Set<String> t = new LinkedHashSet<>(touched);
        touched.clear();
        return t;
    }

    /** The decisions of one item, as derived (empty when none). */
    public List<Decision> decisions(Item item) {
        return decisions.getOrDefault(item, List.of());
    }

    /** The findings of the items whose ids are given ("" for findings about no item), unsorted. */
    public List<Finding> findings(Set<String> itemIds) {
        List<Finding> out = new ArrayList<>();
        for (String id : itemIds) {
            for (quanze.found.Found f : foundById.getOrDefault(id, Set.of())) out.add(found.finding(f));
        }
        return out;
    }

    /** Every finding, in no particular order. */
    public List<Finding> allFindings() {
        List<Finding> all = new ArrayList<>(facts.size());
        for (quanze.found.Found f : facts) all.add(found.finding(f));
        return all;
    }

    /**
     * What the diff and the summary read of every finding, without writing its message (a message names places and
     * values, and writing 100,000 of them takes longer than the rules): {@code CODE|ITEM} counted, and by severity.
     */
    public record Tally(Map<String, Integer> byCodeAndItem, Map<String, Long> bySeverity,
                        Map<String, List<String>> codesById) {
    }

    public Tally tally() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        Map<String, Long> severities = new java.util.TreeMap<>();
        Map<String, List<String>> codes = new java.util.HashMap<>();
        for (quanze.found.Found f : facts) {
            Found.Counted c = found.counted(f);
            String id = c.itemId() == null ? "" : c.itemId();
            counts.merge(c.code() + "|" + id, 1, Integer::sum);
            severities.merge(c.severity().key(), 1L, Long::sum);
            codes.computeIfAbsent(id, k -> new ArrayList<>()).add(c.code() + "|" + c.severity());
        }
        return new Tally(counts, severities, codes);
    }

    /** Every decision in catalog order (an item's several by rule), as a check lists them. */
    public List<Decision> decisionsInOrder() {
        return Engine.result(catalog, decisions, List.of(), Map.of(), List.of()).decisions();
    }

    /** What {@link Engine#check} returns for the current catalog. */
    public CheckResult result() {
        return Engine.result(catalog, decisions, allFindings(), Map.of(), List.of());
    }

    @Override
    public void close() {
        session.dispose();
    }
}
