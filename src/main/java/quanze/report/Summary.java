package quanze.report;

import quanze.model.CheckResult;
import quanze.model.Severity;

/** The plain summary lines every human-readable report ends with. */
public final class Summary {

    private Summary() {
    }

    /** "23 approval items in 7 categories delegated". */
    public static String approvals(CheckResult r) {
        long items = r.delegatedApprovals();
        long cats = r.delegatedApprovalCategories();
        return items + " approval item" + (items == 1 ? "" : "s") + " in " + cats + " categor"
                + (cats == 1 ? "y" : "ies") + " delegated";
    }

    /** "38 items: 28 delegated, 10 retained; 0 errors, 0 warnings". */
    public static String totals(CheckResult r) {
        long errors = r.count(Severity.ERROR);
        long warnings = r.count(Severity.WARNING);
        int n = r.catalog().items().size();
        long waived = r.waived();
        return n + " item" + (n == 1 ? "" : "s") + ": " + r.delegated() + " delegated, " + r.retained()
                + " retained; " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                + (warnings == 1 ? "" : "s") + (waived == 0 ? "" : ", " + waived + " waived");
    }
}
