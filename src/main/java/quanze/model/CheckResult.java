package quanze.model;

import java.util.List;

/**
 * What a check derived for a catalog: one decision per item (catalog order), the findings (sorted by place,
 * then code), and, when asked for, the rules that fired for chosen items.
 */
public record CheckResult(Catalog catalog, List<Decision> decisions, List<Finding> findings, List<Firing> firings) {

    /** Powers delegated to a lower level (community services included); street functions taken back are apart. */
    public long delegated() {
        return decisions.stream().filter(d -> d.verdict() == Verdict.DELEGATE && !takenBack(d)).count();
    }

    /**
     * Functions of an abolished street office taken back (收归) by the district: they go up, not down, and are counted
     * apart from the powers the city delegates.
     */
    public long takenBack() {
        return decisions.stream().filter(CheckResult::takenBack).count();
    }

    /** A street function decided away from the level it came from (a street level in force keeps its own). */
    private static boolean takenBack(Decision d) {
        Item i = d.item();
        return d.verdict() == Verdict.DELEGATE && i.kind() == CategoryKind.STREET_FUNCTION
                && (i.origin() == null || !i.origin().id().equals(d.level()));
    }

    public long retained() {
        return decisions.stream().filter(d -> d.verdict() == Verdict.RETAIN).count();
    }

    /** Findings of this severity that no waiver accepts. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity && !f.waived()).count();
    }

    public long waived() {
        return findings.stream().filter(Finding::waived).count();
    }

    public CheckResult withFindings(List<Finding> other) {
        return new CheckResult(catalog, decisions, other, firings);
    }

    /** Approval items delegated, and the number of categories they fall in. */
    public long delegatedApprovals() {
        return delegatedApprovalStream().count();
    }

    public long delegatedApprovalCategories() {
        return delegatedApprovalStream().map(d -> d.item().categoryId()).distinct().count();
    }

    private java.util.stream.Stream<Decision> delegatedApprovalStream() {
        return decisions.stream()
                .filter(d -> d.verdict() == Verdict.DELEGATE && d.item().kind() == CategoryKind.APPROVAL);
    }

    /** True when some finding that no waiver accepts is at {@code threshold} or more serious. */
    public boolean failsAt(Severity threshold) {
        return findings.stream().anyMatch(f -> !f.waived() && f.severity().ordinal() <= threshold.ordinal());
    }
}
