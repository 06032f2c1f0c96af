package quanze.model;

import java.util.List;

/**
 * What a check derived for a catalog: one decision per item (catalog order), the findings (sorted by place,
 * then code), and, when asked for, the rules that fired for chosen items.
 */
public record CheckResult(Catalog catalog, List<Decision> decisions, List<Finding> findings, List<Firing> firings) {

    public long delegated() {
        return decisions.stream().filter(d -> d.verdict() == Verdict.DELEGATE).count();
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
