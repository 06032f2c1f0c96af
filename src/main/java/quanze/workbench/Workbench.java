package quanze.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import quanze.catalog.CatalogReader;
import quanze.catalog.Node;
import quanze.catalog.Trees;
import quanze.catalog.YamlReader;
import quanze.engine.Engine;
import quanze.engine.LiveSession;
import quanze.engine.RuleBase;
import quanze.model.Catalog;
import quanze.model.CheckResult;
import quanze.model.Decision;
import quanze.model.InputException;
import quanze.model.Item;
import quanze.model.Location;
import quanze.model.Problem;
import quanze.model.UnknownReference;
import quanze.variant.Diff;
import quanze.variant.Edit;
import quanze.variant.Variant;
import quanze.variant.VariantApplier;
import quanze.variant.VariantReader;
import quanze.variant.Variants;

/**
 * The what-if workbench (quanze serve) without its web page: a catalog checked once as the baseline, the edits made
 * so far as a {@link Draft} variant, and one {@link LiveSession} holding the catalog with those edits applied.
 * <p>
 * An edit that changes only items (a patch, an addition, a removal) binds those items alone and moves the live
 * session by deleting and inserting their facts; the diff then looks only at the items whose decisions or findings
 * ever changed. Any other edit (the principle, a rule disabled, a level) checks the edited catalog afresh. Either way
 * the diff and its causes are those {@code quanze diff} gives for the draft saved as a file: the draft is read back
 * as one, and the causes are attributed by the same {@link Diff#attribute}, each edit's changes alone evaluated once
 * and kept. Every method is synchronized: the web server calls it from its threads, and the file watcher from its own.
 */
public final class Workbench implements AutoCloseable {

    /**
     * Where the catalog is ({@code shown} as messages name it), where variants are listed, loaded and saved, and the
     * rules it is checked with ({@code drlDir}: their DRL, to which a variant's extra rules are added).
     */
    public record Config(Path catalogDir, String shown, Path variantsDir, RuleBase rules, Path drlDir,
                         YamlReader yaml) {
    }

    /** What the page shows: the diff against the baseline and how it was evaluated. */
    public record View(int version, Diff diff, long millis, boolean incremental, List<String> steps, String draft,
                       List<Problem> problems, String notice, List<String> variants) {
    }

    /** A step of the page's history: its draft, and what the live session held for it. */
    private record State(Draft draft, Variant variant, Catalog catalog, Map<String, Integer> positions, RuleBase rules,
                         Set<String> disabled, Set<String> dirty, Diff diff, String step, int generation) {
    }

    /** An item node of the baseline's trees: in which file (root), which category, at which place. */
    private record Slot(int root, int category, int position, Node node) {
    }

    /** A catalog with some items edited, and the facts of those items (items and unknown references) it holds. */
    private record Edited(Catalog catalog, List<Object> come, Map<String, Integer> positions) {
    }

    /** A request the workbench refuses, with what the page should say (and the HTTP status it maps to). */
    public static final class Refused extends Exception {
        private final int status;

        public Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** A variant's file name as the page may give it: a name in the variants folder, nothing more. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** How the edits are named in messages (as the variant file they are before they are saved). */
    static final String EDITS = "edits";

    private final Config config;
    private final CatalogReader reader;
    private final VariantReader variantReader;
    private List<Node> baseTrees;
    private CheckResult baseline;
    private Diff.Side baseSide;
    private Map<String, Integer> baseIndex;
    private Diff.Summary baseSummary;
    /** The baseline's item nodes by id (where each is), its trees without items, its decisions and findings by id. */
    private Map<String, List<Slot>> baseNodes;
    private List<Node> skeleton;
    private Map<String, List<Decision>> baseDecisions;
    private Map<String, List<quanze.model.Finding>> baseFindings;
    /** The baseline's findings of each item id as CODE|SEVERITY, sorted. */
    private Map<String, List<String>> baseCodes;
    private Variants variants;
    private Map<Path, String> fingerprint;
    private int generation;
    private State current;
    private final Deque<State> undo = new ArrayDeque<>();
    private LiveSession live;
    private LiveSession solo;
    private final Map<String, List<Diff.Change>> alone = new HashMap<>();
    private List<Problem> problems = List.of();
    private String notice;
    private long millis;
    private boolean incremental;
    private int version;
    private CheckResult result;

    private Workbench(Config config) {
        this.config = config;
        this.reader = new CatalogReader(config.yaml());
        this.variantReader = new VariantReader(config.yaml());
    }

    /** Reads and checks the catalog; a catalog that does not read is refused at start, with its problems. */
    public static Workbench open(Config config) throws InputException {
        Workbench w = new Workbench(config);
        w.readBaseline();
        Draft empty = Draft.empty("workbench");
        w.current = w.fresh(empty, w.read(empty), "start");
        return w;
    }

    private void readBaseline() throws InputException {
        fingerprint = fingerprint();
        baseTrees = reader.trees(config.catalogDir(), config.shown());
        Catalog catalog = CatalogReader.bind(config.shown(), baseTrees);
        baseline = new Engine(config.rules()).check(catalog);
        baseSide = Diff.Side.of(baseline);
        baseSummary = Diff.Summary.of(baseline.decisions(), baseline.findings());
        baseIndex = new HashMap<>();
        for (int k = 0; k < catalog.items().size(); k++) baseIndex.putIfAbsent(catalog.items().get(k).id(), k);
        variants = new Variants(baseTrees, config.shown(), config.rules(), config.drlDir(), baseline);
        baseNodes = new HashMap<>();
        for (int r = 0; r < baseTrees.size(); r++) {
            if (!(baseTrees.get(r) instanceof Node.MapNode m) || !(m.fields().get("categories") instanceof Node.ListNode cats)) {
                continue;
            }
            for (int c = 0; c < cats.items().size(); c++) {
                if (!(cats.items().get(c) instanceof Node.MapNode cat) || !(cat.fields().get("items") instanceof Node.ListNode l)) {
                    continue;
                }
                for (int k = 0; k < l.items().size(); k++) {
                    Node i = l.items().get(k);
                    String id = i instanceof Node.MapNode im ? Trees.textOf(im.fields().get("id")) : null;
                    if (id != null) baseNodes.computeIfAbsent(id, x -> new ArrayList<>(1)).add(new Slot(r, c, k, i));
                }
            }
        }
        skeleton = trim(baseTrees, Set.of());
        baseDecisions = new HashMap<>();
        for (Decision d : baseline.decisions()) baseDecisions.computeIfAbsent(d.itemId(), k -> new ArrayList<>(1)).add(d);
        baseFindings = new HashMap<>();
        for (quanze.model.Finding f : baseline.findings()) {
            baseFindings.computeIfAbsent(f.itemId() == null ? "" : f.itemId(), k -> new ArrayList<>(1)).add(f);
        }
        Map<String, List<String>> codes = new HashMap<>();
        for (quanze.model.Finding f : baseline.findings()) {
            codes.computeIfAbsent(f.itemId() == null ? "" : f.itemId(), k -> new ArrayList<>()).add(f.code() + "|" + f.severity());
        }
        codes.values().forEach(l -> l.sort(null));
        baseCodes = codes;
        generation++;
        alone.clear();
        if (solo != null) {
            solo.close();
            solo = null;
        }
        if (!LiveSession.supports(config.rules())) {
            throw new InputException(new Problem(config.rules().origin() != null ? config.rules().origin()
                    : new Location(config.shown(), 0, 0), "these rules report findings through the global 'findings',"
                    + " which a live session cannot take back; the workbench needs rules that insert their findings"
                    + " as facts (as rules/*.drl do)"));
        }
    }

    public synchronized CheckResult baseline() {
        return baseline;
    }

    /** The catalog with the edits applied, as a check returns it. */
    public synchronized CheckResult result() {
        if (result == null) result = live.result();
        return result;
    }

    /** The catalog with the edits applied. */
    public synchronized Catalog catalog() {
        return live.catalog();
    }

    public synchronized Draft draft() {
        return current.draft;
    }

    public synchronized View view() {
        List<String> steps = new ArrayList<>();
        for (var it = undo.descendingIterator(); it.hasNext(); ) steps.add(it.next().step);
        steps.add(current.step);
        return new View(version, current.diff, millis, incremental, steps.subList(1, steps.size()),
                current.draft.isEmpty() ? "" : current.draft.text(), problems, notice, variants());
    }

    /** Applies {@code next} (the draft with one more edit); a draft that does not read or apply changes nothing. */
    public synchronized View apply(Draft next, String step) throws InputException {
        if (!problems.isEmpty()) throw new InputException(problems);
        Variant v = read(next);
        State from = current;
        State to = move(next, v, step);
        undo.push(from);
        current = to;
        return view();
    }

    /** Takes back the last edit. */
    public synchronized View undo() throws Refused {
        if (undo.isEmpty()) throw new Refused(409, "nothing to undo");
        State to = undo.pop();
        if (to.generation != generation) {
            // read before the catalog changed on disk: evaluated afresh
            try {
                current = fresh(to.draft, read(to.draft), to.step);
            } catch (InputException e) {
                undo.push(to);
                throw new Refused(409, "the edits before this one no longer apply to the catalog as it is on disk: "
                        + e.problems().get(0));
            }
        } else {
            long t0 = System.nanoTime();
            Set<String> affected = itemsOnly(current, to.variant);
            if (affected != null) {
                List<Object> gone = new ArrayList<>();
                for (String id : affected) gone.addAll(live.owned(id));
                List<Object> come = new ArrayList<>();
                for (String id : affected) {
                    Integer at = to.positions.get(id);
                    if (at != null) come.add(to.catalog.items().get(at));
                }
                for (UnknownReference r : to.catalog.unknownReferences()) if (affected.contains(r.ownerId())) come.add(r);
                live.replace(to.catalog, gone, come);
                incremental = true;
                Set<String> touched = live.touched();
                current = new State(to.draft, to.variant, to.catalog, to.positions, to.rules, to.disabled,
                        union(to.dirty, touched), to.diff, to.step, generation);
            } else {
                restart(to.catalog, to.rules, to.disabled);
                incremental = false;
                current = to;
            }
            millis = (System.nanoTime() - t0) / 1_000_000;
            version++;
            result = null;
        }
        return view();
    }

    /** The variant files of the variants folder (names only). */
    public synchronized List<String> variants() {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(config.variantsDir())) return out;
        try (var s = Files.list(config.variantsDir())) {
            s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
                    .sorted().forEach(out::add);
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** Replaces the edits with those of a variant file of the variants folder (undoable). */
    public synchronized View load(String name) throws Refused, InputException {
        if (name == null || !NAME.matcher(name).matches() || !variants().contains(name)) {
            throw new Refused(404, "no variant file '" + name + "' in " + shownVariants() + " (there are: "
                    + String.join(", ", variants()) + ")");
        }
        Path file = inside(name);
        Variant v = variantReader.read(file, shownVariants() + "/" + name);
        return apply(Draft.of(v, config.variantsDir()), "load " + name);
    }

    /**
     * Saves the edits as {@code NAME.yaml} in the variants folder, atomically; an existing file is replaced only when
     * {@code overwrite} confirms it. Returns the file as messages show it.
     */
    public synchronized String save(String name, String title, boolean overwrite) throws Refused {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw new Refused(400, "a variant's name is 1 to 64 letters, digits, '.', '_' or '-' (no folders): '"
                    + name + "' is not");
        }
        String file = name.endsWith(".yaml") ? name : name + ".yaml";
        Path target = inside(file);
        if (Files.isSymbolicLink(target) || Files.isDirectory(target)) {
            throw new Refused(409, shownVariants() + "/" + file + " is a link or a folder; not written");
        }
        if (Files.exists(target) && !overwrite) {
            throw new Refused(409, shownVariants() + "/" + file + " exists; confirm to replace it");
        }
        if (current.draft.isEmpty()) throw new Refused(409, "no edits to save");
        String id = file.substring(0, file.length() - ".yaml".length());
        try {
            Files.createDirectories(config.variantsDir());
            quanze.io.AtomicFile.write(target, current.draft.named(id, title).text());
        } catch (IOException e) {
            throw new Refused(500, "cannot write " + shownVariants() + "/" + file + ": " + e.getMessage());
        }
        return shownVariants() + "/" + file;
    }

    /** A file of the variants folder, checked to stay inside it (a link out of it is refused). */
    private Path inside(String file) throws Refused {
        Path dir = config.variantsDir().toAbsolutePath().normalize();
        Path p = dir.resolve(file).normalize();
        if (!p.getParent().equals(dir)) throw new Refused(400, "'" + file + "' is not a file of " + shownVariants());
        try {
            if (Files.exists(p) && !p.toRealPath().getParent().equals(dir.toRealPath())) {
                throw new Refused(400, "'" + file + "' leads out of " + shownVariants());
            }
        } catch (IOException e) {
            throw new Refused(400, "cannot resolve '" + file + "': " + e.getMessage());
        }
        return p;
    }

    private String shownVariants() {
        Path rel = config.catalogDir().toAbsolutePath().normalize().relativize(config.variantsDir().toAbsolutePath().normalize());
        return rel.toString().isEmpty() || rel.startsWith("..") ? config.variantsDir().toString()
                : config.shown() + "/" + rel.toString().replace('\\', '/');
    }

    /**
     * Reads the catalog again when one of its files changed on disk: the baseline is checked again and the edits
     * applied to it; a file that no longer reads leaves its problems in the view instead of results. Returns whether
     * anything changed.
     */
    public synchronized boolean reloadIfChanged() {
        Map<Path, String> now = fingerprint();
        if (now.equals(fingerprint)) return false;
        List<String> changed = new ArrayList<>();
        for (var e : now.entrySet()) if (!e.getValue().equals(fingerprint.get(e.getKey()))) changed.add(name(e.getKey()));
        for (Path p : fingerprint.keySet()) if (!now.containsKey(p)) changed.add(name(p));
        String at = java.time.LocalTime.now().withNano(0).toString();
        try {
            readBaseline();
            problems = List.of();
            current = fresh(current.draft, read(current.draft), current.step);
            notice = String.join(", ", changed) + " changed on disk; reloaded at " + at;
        } catch (InputException e) {
            fingerprint = now;
            problems = e.problems();
            notice = String.join(", ", changed) + " changed on disk at " + at + " and no longer reads";
        }
        version++;
        result = null;
        return true;
    }

    private String name(Path p) {
        return config.shown() + "/" + p.getFileName();
    }

    private Map<Path, String> fingerprint() {
        Map<Path, String> m = new LinkedHashMap<>();
        try {
            for (Path f : CatalogReader.files(config.catalogDir())) {
                try {
                    m.put(f, Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis());
                } catch (IOException e) {
                    m.put(f, "unreadable");
                }
            }
        } catch (IOException e) {
            m.put(config.catalogDir(), "unlistable");
        }
        return m;
    }

    private Variant read(Draft d) throws InputException {
        return variantReader.read(d.text(), config.variantsDir().resolve(d.id() + ".yaml"), EDITS);
    }

    /** The state of {@code next}: by the items it changes when it changes only items, else checked afresh. */
    private State move(Draft next, Variant v, String step) throws InputException {
        long t0 = System.nanoTime();
        Set<String> affected = itemsOnly(current, v);
        if (affected == null) {
            VariantApplier.Applied applied = VariantApplier.apply(baseTrees, v.edits());
            RuleBase rb = variants.rulesFor(applied, v.edits());
            requireLive(rb);
            return fresh(next, v, step, applied, rb, t0);
        }
        Edited e = edited(current.catalog, current.positions, v.edits(), affected);
        List<Object> gone = new ArrayList<>();
        for (String id : affected) gone.addAll(live.owned(id));
        live.replace(e.catalog, gone, e.come);
        Set<String> dirty = union(current.dirty, live.touched());
        List<Diff.Change> changes = Diff.attribute(Diff.changes(restricted(dirty), restrictedLive(live, dirty)),
                v.edits(), this::alone);
        List<Decision> now = new ArrayList<>();
        for (String id : dirty) for (Item i : live.items(id)) now.addAll(live.decisions(i));
        List<Decision> then = new ArrayList<>();
        List<quanze.model.Finding> thenFound = new ArrayList<>();
        for (String id : dirty) {
            then.addAll(baseDecisions.getOrDefault(id, List.of()));
            thenFound.addAll(baseFindings.getOrDefault(id, List.of()));
        }
        Diff.Summary after = baseSummary.change(then, thenFound, now, live.findings(dirty));
        Diff diff = new Diff(next.id(), changes, baseSummary, after);
        millis = (System.nanoTime() - t0) / 1_000_000;
        incremental = true;
        version++;
        result = null;
        return new State(next, v, e.catalog, e.positions, current.rules, current.disabled, dirty, diff, step, generation);
    }

    /**
     * {@code base} with the items of these ids as {@code edits} make them: the edits of those items applied to their
     * nodes alone (in the baseline's trees without their other items) and bound with the catalog's categories, levels
     * and bodies. An edited item takes the place of the one it edits, an added one follows the last of its category.
     */
    private Edited edited(Catalog base, Map<String, Integer> positions, List<Edit> edits, Set<String> ids)
            throws InputException {
        List<Edit> mine = new ArrayList<>();
        for (Edit e : edits) if (itemEdit(e) && ids.contains(e.key())) mine.add(e);
        Catalog mini = CatalogReader.bind(config.shown(), VariantApplier.apply(mini(ids), mine).roots());
        Map<String, List<Item>> come = new LinkedHashMap<>();
        for (Item i : mini.items()) come.computeIfAbsent(i.id(), k -> new ArrayList<>()).add(i);
        List<UnknownReference> refs = new ArrayList<>();
        for (UnknownReference r : base.unknownReferences()) if (!ids.contains(r.ownerId())) refs.add(r);
        List<Object> facts = new ArrayList<>(mini.items());
        for (UnknownReference r : mini.unknownReferences()) {
            if (ids.contains(r.ownerId())) {
                refs.add(r);
                facts.add(r);
            }
        }
        // each item edited in its place: the list copied (references only) and those places set; an item added or
        // removed moves the others, and the list is made again (every item read: some 20 ms for 100,000)
        boolean inPlace = true;
        for (String id : ids) inPlace &= positions.containsKey(id) && come.getOrDefault(id, List.of()).size() == 1;
        List<Item> items;
        Map<String, Integer> at = positions;
        if (inPlace) {
            items = new ArrayList<>(base.items());
            for (String id : ids) items.set(positions.get(id), come.get(id).get(0));
        } else {
            items = new ArrayList<>(base.items().size() + come.size());
            for (Item i : base.items()) {
                if (!ids.contains(i.id())) items.add(i);
                else {
                    List<Item> now = come.remove(i.id());
                    if (now != null) items.addAll(now);
                }
            }
            for (List<Item> added : come.values()) {
                for (Item i : added) {
                    int k = items.size();
                    for (int j = items.size() - 1; j >= 0; j--) {
                        if (java.util.Objects.equals(items.get(j).categoryId(), i.categoryId())) {
                            k = j + 1;
                            break;
                        }
                    }
                    items.add(k, i);
                }
            }
            at = positions(items);
        }
        return new Edited(new Catalog(base.dir(), base.info(), base.principle(), base.levels(), base.bodies(),
                base.categories(), java.util.Collections.unmodifiableList(items), List.copyOf(refs),
                base.organisation()), facts, at);
    }

    /** Where the first item of each id stands. */
    private static Map<String, Integer> positions(List<Item> items) {
        Map<String, Integer> m = new HashMap<>(items.size() * 2);
        for (int k = 0; k < items.size(); k++) m.putIfAbsent(items.get(k).id(), k);
        return m;
    }

    /** The baseline's trees with only the items of these ids, each where it is. */
    private List<Node> mini(Set<String> ids) {
        List<Slot> slots = new ArrayList<>();
        for (String id : ids) slots.addAll(baseNodes.getOrDefault(id, List.of()));
        slots.sort(Comparator.comparingInt(Slot::root).thenComparingInt(Slot::category).thenComparingInt(Slot::position));
        List<Node> out = new ArrayList<>(skeleton);
        for (Slot sl : slots) {
            Node.MapNode root = (Node.MapNode) out.get(sl.root());
            Node.ListNode cats = (Node.ListNode) root.fields().get("categories");
            List<Node> newCats = new ArrayList<>(cats.items());
            Node.MapNode cat = (Node.MapNode) newCats.get(sl.category());
            List<Node> items = new ArrayList<>(((Node.ListNode) cat.fields().get("items")).items());
            items.add(sl.node());
            newCats.set(sl.category(), Trees.with(cat, "items", new Node.ListNode(items, cat.fields().get("items").at())));
            out.set(sl.root(), Trees.with(root, "categories", new Node.ListNode(newCats, cats.at())));
        }
        return out;
    }

    private static boolean itemEdit(Edit e) {
        return e.kind() == Edit.Kind.ITEM || e.kind() == Edit.Kind.ADD_ITEM || e.kind() == Edit.Kind.REMOVE_ITEM;
    }

    /**
     * The item ids ("" for none) whose decisions or findings differ from the baseline's in what the diff and the
     * summary read of them: a decision's verdict, level, roles, category and kind; a finding's code and severity.
     */
    private Set<String> differing(List<Decision> decisions, Map<String, List<String>> codes) {
        Map<String, List<Decision>> now = new HashMap<>();
        for (Decision d : decisions) now.computeIfAbsent(d.itemId(), k -> new ArrayList<>(1)).add(d);
        Set<String> dirty = new HashSet<>();
        for (var e : now.entrySet()) if (!same(baseDecisions.get(e.getKey()), e.getValue())) dirty.add(e.getKey());
        for (String id : baseDecisions.keySet()) if (!now.containsKey(id)) dirty.add(id);
        for (var e : codes.entrySet()) {
            List<String> sorted = new ArrayList<>(e.getValue());
            sorted.sort(null);
            if (!sorted.equals(baseCodes.get(e.getKey()))) dirty.add(e.getKey());
        }
        for (String id : baseCodes.keySet()) if (!codes.containsKey(id)) dirty.add(id);
        return dirty;
    }

    private static boolean same(List<Decision> a, List<Decision> b) {
        if (a == null || a.size() != b.size()) return false;
        for (int k = 0; k < a.size(); k++) {
            Decision x = a.get(k);
            Decision y = b.get(k);
            if (x.verdict() != y.verdict() || !java.util.Objects.equals(x.level(), y.level())
                    || !x.roles().equals(y.roles()) || !java.util.Objects.equals(x.item().categoryId(), y.item().categoryId())
                    || x.item().kind() != y.item().kind()) {
                return false;
            }
        }
        return true;
    }

    private State fresh(Draft next, Variant v, String step) throws InputException {
        long t0 = System.nanoTime();
        VariantApplier.Applied applied = VariantApplier.apply(baseTrees, v.edits());
        RuleBase rb = variants.rulesFor(applied, v.edits());
        requireLive(rb);
        return fresh(next, v, step, applied, rb, t0);
    }

    private State fresh(Draft next, Variant v, String step, VariantApplier.Applied applied, RuleBase rb, long t0)
            throws InputException {
        Catalog catalog = CatalogReader.bind(config.shown(), applied.roots());
        restart(catalog, rb, applied.disabled());
        // the diff and the summary from the decisions and the findings counted: the findings' messages are written
        // only when the page asks for the report
        List<Decision> decisions = live.decisionsInOrder();
        LiveSession.Tally tally = live.tally();
        List<Diff.Change> full = Diff.changes(baseSide, new Diff.Side(Diff.byItem(decisions), tally.byCodeAndItem(),
                catalog.organisation()));
        // every item whose decisions or findings differ from the baseline's: what later edits of items diff and count
        Set<String> dirty = differing(decisions, tally.codesById());
        List<Diff.Change> changes = Diff.attribute(full, v.edits(), this::alone);
        Diff.Summary counted = Diff.Summary.of(decisions, List.of());
        Diff.Summary after = new Diff.Summary(counted.approvalsByCategory(), counted.approvals(), counted.rolesByLevel(),
                tally.bySeverity());
        Diff diff = new Diff(next.id(), changes, baseSummary, after);
        millis = (System.nanoTime() - t0) / 1_000_000;
        incremental = false;
        version++;
        result = null;
        return new State(next, v, catalog, positions(catalog.items()), rb, applied.disabled(), dirty, diff, step,
                generation);
    }

    private static void requireLive(RuleBase rb) throws InputException {
        if (!LiveSession.supports(rb)) {
            throw new InputException(new Problem(rb.origin() != null ? rb.origin() : new Location(EDITS, 1, 1),
                    "these extra rules report through the global 'findings', which the workbench cannot take back;"
                            + " compare this variant with quanze diff"));
        }
    }

    /**
     * A new live session for {@code catalog}. The old one goes first (two sessions of a large catalog would double the
     * heap the check needs); should the new one fail (a rule that loops), the current state's is made again.
     */
    private void restart(Catalog catalog, RuleBase rb, Set<String> disabled) {
        if (live != null) live.close();
        live = null;
        try {
            live = LiveSession.start(rb, disabled, Engine.Limits.DEFAULT, catalog);
        } catch (RuntimeException e) {
            if (current != null && current.catalog != null) {
                live = LiveSession.start(current.rules, current.disabled, Engine.Limits.DEFAULT, current.catalog);
            }
            throw e;
        }
        live.touched();
    }

    /**
     * The ids of the items the edits of {@code v} change beyond those of {@code from}, when they change items only (the
     * rules, the principle and everything else as they were), so that the live session can follow; else null.
     */
    private Set<String> itemsOnly(State from, Variant v) {
        if (from == null || from.catalog == null || live == null) return null;
        Map<String, Integer> count = new HashMap<>();
        Map<String, Edit> byKey = new HashMap<>();
        for (Edit e : from.variant.edits()) {
            String k = key(e);
            count.merge(k, 1, Integer::sum);
            byKey.put(k, e);
        }
        for (Edit e : v.edits()) {
            String k = key(e);
            count.merge(k, -1, Integer::sum);
            byKey.put(k, e);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (var e : count.entrySet()) {
            if (e.getValue() == 0) continue;
            Edit edit = byKey.get(e.getKey());
            if (!itemEdit(edit) || edit.key() == null) return null;
            ids.add(edit.key());
        }
        // an id given to two items (QZ112) is checked afresh: which of them an edit reaches, and where each stands in
        // the catalog, is what the whole trees say
        for (String id : ids) {
            long before = from.variant.edits().stream().filter(e -> e.kind() == Edit.Kind.ADD_ITEM && id.equals(e.key())).count();
            long after = v.edits().stream().filter(e -> e.kind() == Edit.Kind.ADD_ITEM && id.equals(e.key())).count();
            int inBase = baseNodes.getOrDefault(id, List.of()).size();
            if (inBase + Math.max(before, after) > 1) return null;
        }
        return ids;
    }

    /** An edit as its kind, key and value: two edits of one key are one edit. */
    private static String key(Edit e) {
        return e.kind() + "|" + e.key() + "|" + Draft.plain(e.value());
    }

    /** The trees with only the items of these ids in their categories. */
    private static List<Node> trim(List<Node> roots, Set<String> ids) {
        List<Node> out = new ArrayList<>(roots.size());
        for (Node root : roots) {
            if (!(root instanceof Node.MapNode m) || !(m.fields().get("categories") instanceof Node.ListNode cats)) {
                out.add(root);
                continue;
            }
            List<Node> newCats = new ArrayList<>(cats.items().size());
            for (Node c : cats.items()) {
                if (c instanceof Node.MapNode cat && cat.fields().get("items") instanceof Node.ListNode items) {
                    List<Node> kept = new ArrayList<>();
                    for (Node i : items.items()) {
                        if (i instanceof Node.MapNode im && ids.contains(Trees.textOf(im.fields().get("id")))) kept.add(i);
                    }
                    newCats.add(Trees.with(cat, "items", new Node.ListNode(kept, items.at())));
                } else {
                    newCats.add(c);
                }
            }
            out.add(Trees.with(m, "categories", new Node.ListNode(newCats, cats.at())));
        }
        return out;
    }

    /** The baseline's side of the diff for these items only. */
    private Diff.Side restricted(Set<String> ids) {
        List<String> order = new ArrayList<>();
        for (String id : ids) if (baseIndex.containsKey(id)) order.add(id);
        order.sort(Comparator.comparingInt(baseIndex::get));
        Map<String, Decision> byItem = new LinkedHashMap<>();
        Map<String, Decision> all = baseSide.byItem();
        for (String id : order) {
            Decision d = all.get(id);
            if (d != null) byItem.put(id, d);
        }
        List<quanze.model.Finding> found = new ArrayList<>();
        for (String id : ids) found.addAll(baseFindings.getOrDefault(id, List.of()));
        return new Diff.Side(byItem, Diff.findingCounts(found), baseline.catalog().organisation());
    }

    /**
     * A live session's side of the diff for these items only: their decisions in catalog order (the baseline's order
     * for its items; items it does not have, and items of one id, by their place in the session's catalog).
     */
    private Diff.Side restrictedLive(LiveSession s, Set<String> ids) {
        List<String> known = new ArrayList<>();
        List<String> added = new ArrayList<>();
        boolean twins = false;
        for (String id : ids) {
            List<Item> of = s.items(id);
            if (of.isEmpty()) continue;
            twins |= of.size() > 1;
            (baseIndex.containsKey(id) ? known : added).add(id);
        }
        known.sort(Comparator.comparingInt(baseIndex::get));
        Map<Item, Integer> place = new java.util.IdentityHashMap<>();
        if (!added.isEmpty() || twins) {
            List<Item> all = s.catalog().items();
            for (int k = 0; k < all.size(); k++) if (ids.contains(all.get(k).id())) place.put(all.get(k), k);
            Map<String, Integer> first = new HashMap<>();
            for (String id : added) first.put(id, s.items(id).stream().mapToInt(i -> place.getOrDefault(i, 0)).min().orElse(0));
            added.sort(Comparator.comparingInt(first::get));
        }
        List<Decision> decisions = new ArrayList<>();
        for (List<String> group : List.of(known, added)) {
            for (String id : group) {
                List<Item> of = s.items(id);
                if (of.size() > 1) {
                    of = new ArrayList<>(of);
                    of.sort(Comparator.comparingInt(i -> place.getOrDefault(i, 0)));
                }
                for (Item i : of) {
                    List<Decision> ds = s.decisions(i);
                    if (ds.size() > 1) {
                        ds = new ArrayList<>(ds);
                        ds.sort(Comparator.comparing(Decision::rule));
                    }
                    decisions.addAll(ds);
                }
            }
        }
        return new Diff.Side(Diff.byItem(decisions), Diff.findingCounts(s.findings(ids)), s.catalog().organisation());
    }

    /**
     * What these edits change alone against the baseline, as {@code quanze diff} evaluates them for its causes; kept,
     * since an edit's changes alone do not depend on the edits beside it. An item edit is applied to a second live
     * session held at the baseline and taken back.
     */
    private List<Diff.Change> alone(List<Edit> with) throws InputException {
        StringBuilder k = new StringBuilder();
        for (Edit e : with) k.append(key(e)).append('\n');
        List<Diff.Change> known = alone.get(k.toString());
        if (known != null) return known;
        List<Diff.Change> changes;
        Edit e = with.get(0);
        boolean item = with.size() == 1 && e.key() != null && (e.kind() == Edit.Kind.ITEM
                || e.kind() == Edit.Kind.ADD_ITEM || e.kind() == Edit.Kind.REMOVE_ITEM);
        if (item) {
            Set<String> ids = Set.of(e.key());
            Edited edited = edited(baseline.catalog(), baseIndex, with, ids);
            if (solo == null) solo = LiveSession.start(config.rules(), Set.of(), Engine.Limits.DEFAULT, baseline.catalog());
            List<Object> was = solo.owned(e.key());
            solo.replace(edited.catalog, was, edited.come);
            Set<String> touched = solo.touched();
            try {
                changes = Diff.changes(restricted(touched), restrictedLive(solo, touched));
            } finally {
                solo.replace(baseline.catalog(), edited.come, was);
                solo.touched();
            }
        } else {
            changes = Diff.changes(baseSide, Diff.Side.of(variants.evaluate(with)));
        }
        alone.put(k.toString(), changes);
        return changes;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    @Override
    public synchronized void close() {
        if (live != null) live.close();
        if (solo != null) solo.close();
    }
}
