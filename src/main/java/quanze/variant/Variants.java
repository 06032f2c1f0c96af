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

    public CheckResult baseline() {
        return baseline;
    }

    public CheckResult evaluate(List<Edit> edits) throws InputException {
        VariantApplier.Applied applied = VariantApplier.apply(trees, edits);
        Catalog catalog = CatalogReader.bind(shown, applied.roots());
        RuleBase rb = applied.extraRules().isEmpty() ? rules : withExtra(applied.extraRules());
        requireKnown(edits, rb);
        return new Engine(rb, applied.disabled()).check(catalog);
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
        List<Diff.Change> changes = Diff.changes(baseline, full);
        Map<String, List<Diff.Change>> solo = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        for (Edit e : v.edits()) {
            labels.add(e.label());
            if (v.edits().size() == 1) {
                solo.put(e.label(), changes);
                continue;
            }
            // a unit dated after the catalog's states exists only in a state the variant adds: its edit is judged
            // with the variant's new states, and its cause says so
            List<Edit> states = e.kind() == Edit.Kind.ADD_STATE ? List.of()
                    : v.edits().stream().filter(x -> x.kind() == Edit.Kind.ADD_STATE).toList();
            boolean unit = e.kind() == Edit.Kind.ADD_UNIT || e.kind() == Edit.Kind.UNIT
                    || e.kind() == Edit.Kind.REMOVE_UNIT;
            List<Edit> with = new ArrayList<>(unit ? states : List.of());
            with.add(e);
            String label = !unit || states.isEmpty() ? e.label() : e.label() + " (in "
                    + String.join(", ", states.stream().map(Edit::label).toList()) + ")";
            try {
                solo.put(label, Diff.changes(baseline, evaluate(with)));
            } catch (InputException alone) {
                // this edit only makes sense with others (an item added to an added category, say)
            }
        }
        return new Diff(v.id(), Diff.withCauses(changes, solo, labels), Diff.Summary.of(baseline),
                Diff.Summary.of(full));
    }
}
