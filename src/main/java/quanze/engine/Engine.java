package quanze.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

import quanze.law.StatuteRegister;
import quanze.model.Body;
import quanze.model.Catalog;
import quanze.model.CheckDay;
import quanze.model.CheckResult;
import quanze.model.Decision;
import quanze.model.Finding;
import quanze.model.Firing;
import quanze.model.InputException;
import quanze.model.Item;
import quanze.model.Level;
import quanze.model.Location;
import quanze.model.Problem;
import quanze.model.UnknownReference;
import quanze.model.Waived;
import quanze.model.Waiver;

/** Runs a rule base over a catalog and returns what the rules derived. Never prints. */
public final class Engine {

    /**
     * Limits of one check: rule firings per item (a runaway custom rule stops instead of hanging; the bundled
     * rules fire fewer than ten times per item) and wall-clock seconds.
     */
    public record Limits(int firingsPerItem, long seconds) {
        public static final Limits DEFAULT = new Limits(200, 600);
    }

    private final RuleBase rules;
    private final Set<String> disabled;
    private final Limits limits;
    private final List<Object> facts;
    private final Register register;

    /**
     * The waivers to judge after the checks, and the day of the check (null: none known); {@code given}: the day
     * was given ({@code --as-of}), so the law is judged on it too.
     */
    private record Register(List<Waiver> waivers, LocalDate day, boolean given) {
        static final Register NONE = new Register(List.of(), null, false);
    }

    public Engine(RuleBase rules) {
        this(rules, Set.of());
    }

    /** An engine that never fires the rules named here, by name or by finding code (a variant's rules.disable). */
    public Engine(RuleBase rules, Set<String> disabled) {
        this(rules, disabled, Limits.DEFAULT);
    }

    public Engine(RuleBase rules, Set<String> disabled, Limits limits) {
        this(rules, disabled, limits, List.of(), Register.NONE);
    }

    private Engine(RuleBase rules, Set<String> disabled, Limits limits, List<Object> facts, Register register) {
        this.rules = rules;
        this.disabled = Set.copyOf(disabled);
        this.limits = limits;
        this.facts = List.copyOf(facts);
        this.register = register;
    }

    /** The same engine inserting these facts too (what the day of the check adds: bases citing outdated versions). */
    public Engine withFacts(List<?> more) {
        return new Engine(rules, disabled, limits, List.copyOf(more), register);
    }

    /**
     * The same engine judging a waiver register on {@code day} once the checks are done: the rules of
     * {@code rules/waivers.drl} mark the findings a waiver in force names, and report expired waivers (QZ120) and
     * waivers that match no finding (QZ121). A rule base without them cannot judge a register.
     */
    public Engine withWaivers(List<Waiver> waivers, LocalDate day) throws InputException {
        if (!waivers.isEmpty() && rules.rules().stream().noneMatch(r -> "QZ121".equals(r.code()))) {
            Location at = rules.origin() != null ? rules.origin() : waivers.get(0).location();
            throw new InputException(new Problem(at, "these rules do not judge a waiver register (no rule reports"
                    + " QZ120 or QZ121): copy rules/waivers.drl into the rules folder, or check without the register"));
        }
        return new Engine(rules, disabled, limits, facts, new Register(List.copyOf(waivers), day, register.given()));
    }

    /**
     * The same engine judging the law on {@code day} ({@code --as-of}): the bases of {@code catalog} that cite a
     * version of their statute no longer in force (QZ119, from the register of statutes), and the day as a fact for
     * the rules that count from it (QZ126); waivers, if any, are judged on it too.
     */
    public Engine asOf(LocalDate day, Catalog catalog) {
        List<Object> more = new ArrayList<>(facts);
        more.addAll(StatuteRegister.bundled().outdated(catalog, day));
        return new Engine(rules, disabled, limits, more, new Register(register.waivers(), day, true));
    }

    public CheckResult check(Catalog catalog) {
        return check(catalog, Set.of());
    }

    /** The same engine with other limits. */
    public Engine withLimits(Limits l) {
        return new Engine(rules, disabled, l, facts, register);
    }

    /** Checks {@code catalog}, recording the rules that fire for the items in {@code traced}. */
    public CheckResult check(Catalog catalog, Set<String> traced) {
        return check(catalog, traced, false);
    }

    /** Checks {@code catalog}, recording every rule that fires (item null for the catalog as a whole). */
    public CheckResult checkTracingAll(Catalog catalog) {
        return check(catalog, Set.of(), true);
    }

    private CheckResult check(Catalog catalog, Set<String> traced, boolean all) {
        KieSession session = rules.kieBase().newKieSession();
        boolean[] abandoned = {false};
        Findings findings = new Findings();
        List<Firing> firings = new ArrayList<>();
        try {
            // a custom rule set that reports nothing need not declare the global
            if (rules.declaresFindings()) session.setGlobal("findings", findings);
            if (all || !traced.isEmpty()) session.addEventListener(new Tracer(traced, all, firings));
            Found.Recorder found = new Found.Recorder();
            session.addEventListener(found);
            // custom rules may loop, block or throw: the watch counts their firings and notes the one firing now,
            // so that a stopped run can name the rule
            Watch watch = new Watch();
            if (!rules.precompiled()) session.addEventListener(watch);
            // units of the organisation fire rules too (a catalog may list thousands and few items)
            long counted = (long) catalog.items().size() + catalog.organisation().units().size()
                    + catalog.organisation().takes().size();
            long max = (long) limits.firingsPerItem() * Math.max(1, counted) + 10_000;
            int cap = (int) Math.min(Integer.MAX_VALUE - 1, max);
            AtomicBoolean late = new AtomicBoolean();
            java.util.Timer timer = new java.util.Timer("quanze-rule-timeout", true);
            timer.schedule(new java.util.TimerTask() {
                @Override
                public void run() {
                    late.set(true);
                    session.halt();
                }
            }, limits.seconds() * 1000);
            Callable<Integer> run = () -> {
                insert(session, catalog, facts, (fact, handle) -> { });
                if (register.day() != null) session.insert(new CheckDay(register.day(), register.given()));
                int n = fire(session, cap + 1);
                if (register.waivers().isEmpty() || n > cap) return n;
                // the register is judged against what the checks found: their findings are its input
                session.insert(catalog);
                for (Waiver w : register.waivers()) session.insert(w);
                for (Finding f : findings(findings, found, session)) session.insert(f);
                return n + fire(session, cap + 1 - n);
            };
            String timeout = "the rules ran longer than " + limits.seconds() + " s and were stopped (a rule that"
                    + " loops or blocks?); raise the limit with --rule-timeout";
            int fired;
            try {
                fired = rules.precompiled() ? run.call() : onWorker(run, () -> {
                    session.halt();
                    abandoned[0] = true;
                    String now = watch.firing.get();
                    return new RuleLimitException(now != null ? watch.running(now) : watch.busiest(), timeout);
                });
            } catch (StackOverflowError e) {
                if (rules.precompiled()) throw e;
                throw failed(watch.firing.get(), null, "it recursed too deeply (StackOverflowError)");
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (Error e) {
                // a custom rule's consequence threw an Error (its own code): the rule's failure, named as any other
                if (rules.precompiled()) throw e;
                throw failed(watch.firing.get(), null, (e.getMessage() == null ? "" : e.getMessage().strip()
                        .lines().findFirst().orElse("") + " ") + "(" + e.getClass().getSimpleName() + ")");
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                timer.cancel();
            }
            if (late.get()) throw new RuleLimitException(watch.busiest(), timeout);
            if (fired > cap) {
                throw new RuleLimitException(watch.busiest(), "the rules fired more than " + cap + " times for "
                        + catalog.items().size() + " items and were stopped (a rule that loops?); raise the limit"
                        + " with --max-firings-per-item");
            }
            Map<Item, List<Decision>> byItem = new IdentityHashMap<>();
            for (Object o : session.getObjects(new ClassObjectFilter(Decision.class))) {
                Decision d = (Decision) o;
                byItem.computeIfAbsent(d.item(), k -> new ArrayList<>(1)).add(d);
            }
            Map<Finding, Waiver> waived = new java.util.HashMap<>();
            for (Object o : session.getObjects(new ClassObjectFilter(Waived.class))) {
                waived.put(((Waived) o).finding(), ((Waived) o).waiver());
            }
            return result(catalog, byItem, findings(findings, found, session), waived, firings);
        } catch (RuleException e) {
            throw e;
        } catch (RuntimeException e) {
            // a condition (evaluated as facts are inserted) or a consequence of a custom rule threw; a bundled
            // rule that throws is quanze's own bug and stays an internal error (exit 3)
            if (rules.precompiled()) throw e;
            throw failed(e);
        } finally {
            if (!abandoned[0]) session.dispose(); // an abandoned session may still be in use by its blocked thread
        }
    }

    /**
     * Inserts what a check starts from: the catalog's facts, {@code more} (the day's outdated bases), the organisation
     * and the law's tables, telling {@code inserted} each fact and its handle (a live session keeps the items').
     */
    static void insert(KieSession session, Catalog catalog, List<Object> more,
                       java.util.function.BiConsumer<Object, org.kie.api.runtime.rule.FactHandle> inserted) {
        java.util.function.Consumer<Object> in = fact -> inserted.accept(fact, session.insert(fact));
        in.accept(catalog.principle());
        if (catalog.info() != null) in.accept(catalog.info());
        for (Level l : catalog.levels()) in.accept(l);
        for (Body b : catalog.bodies()) in.accept(b);
        for (UnknownReference r : catalog.unknownReferences()) in.accept(r);
        // last first: Drools stages the inserts of one batch last in, first out, so that the items of one
        // id or name then sit in its memories in catalog order, where the check for an earlier one (QZ112)
        // stops at the first it looks at; in the other order it looks at every later one (quadratic)
        List<Item> items = catalog.items();
        for (int k = items.size() - 1; k >= 0; k--) in.accept(items.get(k));
        for (Object fact : more) in.accept(fact);
        // the organisation before and after (rules/organisation.drl)
        for (Object fact : catalog.organisation().facts()) in.accept(fact);
        // the law's table of who may create what (QZ106, QZ124, QZ125), and for how long (QZ126)
        for (Object right : quanze.law.CreationRights.bundled()) in.accept(right);
        for (Object right : quanze.law.CreationRights.temporary()) in.accept(right);
    }

    /**
     * What a check returns: every decision, grouped by item in catalog order (a broken rule base that derives two
     * for one item shows both: the lint and the scenarios report that as a conflict), and the findings, each marked
     * with the waiver that accepts it, sorted by place, code and message.
     */
    static CheckResult result(Catalog catalog, Map<Item, List<Decision>> byItem, List<Finding> found,
                              Map<Finding, Waiver> waived, List<Firing> firings) {
        List<Decision> decisions = new ArrayList<>(catalog.items().size());
        for (Item i : catalog.items()) {
            List<Decision> ds = byItem.get(i);
            if (ds != null) {
                if (ds.size() > 1) {
                    ds = new ArrayList<>(ds);
                    ds.sort(Comparator.comparing(Decision::rule));
                }
                decisions.addAll(ds);
            }
        }
        List<Finding> sorted = new ArrayList<>(found.size());
        for (Finding f : found) {
            Waiver w = waived.get(f);
            sorted.add(w == null ? f : f.waivedBy(w));
        }
        sorted.sort(Comparator.comparing(Finding::location).thenComparing(Finding::code)
                .thenComparing(Finding::message));
        return new CheckResult(catalog, List.copyOf(decisions), List.copyOf(sorted), List.copyOf(firings));
    }

    private int fire(KieSession session, int max) {
        return fire(session, disabled, max);
    }

    /** Fires at most {@code max} rules, none of those {@code disabled} names (by rule name or finding code). */
    static int fire(KieSession session, Set<String> disabled, int max) {
        return disabled.isEmpty() ? session.fireAllRules(max) : session.fireAllRules(match -> {
            RuleMeta m = RuleMeta.of(match.getRule());
            return !disabled.contains(m.name()) && (m.code() == null || !disabled.contains(m.code()));
        }, max);
    }

    /** What the rules found so far: the facts check rules inserted, and what a rule set of one's own reported. */
    private static List<Finding> findings(Findings reported, Found.Recorder found, KieSession session) {
        List<Finding> out = new ArrayList<>(reported.all());
        for (Object o : session.getObjects(new ClassObjectFilter(quanze.found.Found.class))) {
            out.add(found.finding((quanze.found.Found) o));
        }
        return out;
    }

    /**
     * Runs custom rules on a thread of their own and waits at most the time limit (and a second's grace for the
     * halt to take effect): a rule that blocks (a sleep, a read that never returns) cannot hold the run; its
     * thread is interrupted and abandoned (a daemon: it does not keep the process alive).
     */
    private int onWorker(Callable<Integer> run,
                         java.util.function.Supplier<RuleLimitException> onTimeout) throws Exception {
        FutureTask<Integer> task = new FutureTask<>(run);
        Thread worker = new Thread(null, task, "quanze-custom-rules", 64L << 20);
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(limits.seconds() * 1000 + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            RuleLimitException limit = onTimeout.get();
            worker.interrupt();
            throw limit;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) throw err;
            if (e.getCause() instanceof Exception ex) throw ex;
            throw e;
        }
    }

    /**
     * A custom rule that threw, in a condition or a consequence: its place, the item it was firing for (when
     * known), and what it threw.
     */
    private RuleException failed(RuntimeException e) {
        String rule = null;
        String item = null;
        if (e instanceof org.kie.api.runtime.rule.ConsequenceException ce && ce.getMatch() != null) {
            rule = RuleBase.key(ce.getMatch().getRule());
            for (Object o : ce.getMatch().getObjects()) {
                if (o instanceof Item i) item = i.id();
                else if (o instanceof Decision d && item == null) item = d.itemId();
            }
        }
        for (Throwable t = e; rule == null && t != null; t = t.getCause() == t ? null : t.getCause()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[Rule \"([^\"]+)\"").matcher(
                    String.valueOf(t.getMessage()));
            if (m.find()) rule = m.group(1);
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        String what = cause.getMessage() != null && !cause.getMessage().isBlank()
                ? cause.getMessage().strip().lines().findFirst().orElse("") + " (" + cause.getClass().getSimpleName() + ")"
                : cause.getClass().getSimpleName();
        return failed(rule, item, what);
    }

    private RuleException failed(String rule, String item, String what) {
        quanze.model.Location at = rule != null ? rules.place(rule) : null;
        if (at == null) at = rules.origin();
        return new RuleException((at != null ? at + ": " : "quanze: ")
                + (rule != null ? "rule \"" + RuleBase.nameOf(rule) + "\"" : "a rule")
                + " failed" + (item != null ? " on item " + item : "") + ": " + what + "; nothing was checked");
    }

    /** Counts the firings of each custom rule and notes the rule firing now (custom rules only). */
    private final class Watch extends DefaultAgendaEventListener {
        final Map<String, AtomicInteger> perRule = new ConcurrentHashMap<>();
        final AtomicReference<String> firing = new AtomicReference<>();

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing.set(RuleBase.key(event.getMatch().getRule()));
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            firing.set(null);
            perRule.computeIfAbsent(RuleBase.key(event.getMatch().getRule()), k -> new AtomicInteger()).incrementAndGet();
        }

        /** The rule that fired most, with where it is written and how often it fired; null when none fired. */
        RuleLimitException.Culprit busiest() {
            return perRule.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().get()))
                    .map(e -> culprit(e.getKey(), false)).orElse(null);
        }

        /** The rule still running when the run was stopped. */
        RuleLimitException.Culprit running(String rule) {
            return culprit(rule, true);
        }

        private RuleLimitException.Culprit culprit(String rule, boolean running) {
            AtomicInteger n = perRule.get(rule);
            return new RuleLimitException.Culprit(RuleBase.nameOf(rule), rules.place(rule), n == null ? 0 : n.get(),
                    running);
        }
    }
}
