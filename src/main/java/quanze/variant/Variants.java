package quanze.variant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import quanze.catalog.CatalogReader;
import quanze.catalog.Node;
import quanze.catalog.Trees;
import quanze.engine.Engine;
import quanze.engine.RuleBase;
import quanze.engine.RuleMeta;
import quanze.model.Catalog;
import quanze.model.CheckResult;
import quanze.model.InputException;
import quanze.model.Problem;

/**
 * Evaluates variants of one catalog: the catalog's trees are read once, the baseline checked once, and the
 * compiled rule base reused for every variant and every single edit (only a variant with extra DRL compiles
 * again, through the rule cache).
 */
public final class Variants {

    /** What a finding code looks like (QZ107), to tell one from a rule name. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z]{1,4}\\d+");

    private final List<Node> trees;
    private final String shown;
    private final RuleBase rules;
    private final Path drlDir;
    private final CheckResult baseline;

    /** {@code drlDir}: the DRL the rule base was built from, to which a variant's extra rules are added. */
    public Variants(Path catalogDir, String shown, RuleBase rules, Path drlDir) throws InputException {
        this(catalogDir, shown, rules, drlDir, new CatalogReader());
    }

    /** Like the constructor above, reading the catalog with {@code reader} (and its limits). */
    public Variants(Path catalogDir, String shown, RuleBase rules, Path drlDir, CatalogReader reader)
            throws InputException {
        this.trees = reader.trees(catalogDir, shown);
        this.shown = shown;
        this.rules = rules;
        this.drlDir = drlDir;
        this.baseline = new Engine(rules).check(CatalogReader.bind(shown, trees));
    }

    /** Variants of a catalog whose trees are read and whose baseline is checked already (the workbench's). */
    public Variants(List<Node> trees, String shown, RuleBase rules, Path drlDir, CheckResult baseline) {
        this.trees = List.copyOf(trees);
        this.shown = shown;
        this.rules = rules;
        this.drlDir = drlDir;
        this.baseline = baseline;
    }

    public CheckResult baseline() {
        return baseline;
    }

    public CheckResult evaluate(List<Edit> edits) throws InputException {
        VariantApplier.Applied applied = VariantApplier.apply(trees, edits);
        Catalog catalog = CatalogReader.bind(shown, applied.roots());
        return new Engine(rulesFor(applied, edits), applied.disabled()).check(catalog);
    }

    /** The rule base these edits run with: the catalog's, with their extra rules; every rule they disable known. */
    public RuleBase rulesFor(VariantApplier.Applied applied, List<Edit> edits) throws InputException {
        RuleBase rb = applied.extraRules().isEmpty() ? rules : withExtra(applied.extraRules());
        requireKnown(edits, rb);
        return rb;
    }

    /**
     * Every rules.disable names a rule or a finding code of the rule base the variant runs with (its extra rules
     * included): a misspelt name would disable nothing, silently.
     */
    private static void requireKnown(List<Edit> edits, RuleBase rb) throws InputException {
        if (edits.stream().noneMatch(e -> e.kind() == Edit.Kind.DISABLE_RULE)) return;
        Set<String> codes = new TreeSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (RuleMeta r : rb.rules()) {
            if (r.code() != null) codes.add(r.code());
            names.add(r.name());
        }
        List<Problem> problems = new ArrayList<>();
        for (Edit e : edits) {
            if (e.kind() == Edit.Kind.DISABLE_RULE && !codes.contains(e.key()) && !names.contains(e.key())) {
                problems.add(new Problem(e.location(), "rules.disable '" + e.key() + "' names no rule or finding code"
                        + " of the rule base" + hint(e.key(), codes, names)));
            }
        }
        if (!problems.isEmpty()) throw new InputException(problems);
    }

    /** "Did you mean" for a misspelt rule name or code; for a code with none one keystroke away, the codes there are. */
    private static String hint(String got, Set<String> codes, Set<String> names) {
        if (!CODE.matcher(got).matches()) return quanze.model.DidYouMean.of(got, names);
        String near = quanze.model.DidYouMean.of(got, codes);
        return !near.isEmpty() ? near : " (its finding codes: " + String.join(", ", codes) + ")";
    }

    /** The rule base with a variant's extra DRL files, each named in messages as the variant names it. */
    private RuleBase withExtra(Map<String, Path> extra) throws InputException {
        Map<String, byte[]> drl = new LinkedHashMap<>(RuleBase.sources(drlDir, "rules"));
        for (var e : extra.entrySet()) {
            drl.put(e.getKey(), quanze.io.InputFiles.read(e.getValue(), e.getKey(), RuleBase.DEFAULT_MAX_FILE_BYTES,
                    "--max-file-bytes"));
        }
        return RuleBase.compile(drl);
    }

    /** The diff of a variant against the baseline, each change with the edits that cause it. */
    public Diff diff(Variant v) throws InputException {
        CheckResult full = evaluate(v.edits());
        List<Diff.Change> changes = Diff.attribute(Diff.changes(baseline, full), v.edits(),
                with -> Diff.changes(baseline, evaluate(with)));
        return new Diff(v.id(), changes, Diff.Summary.of(baseline), Diff.Summary.of(full));
    }
}
