package quanze.report;

import quanze.model.CheckResult;
import quanze.model.Severity;
import quanze.script.Lang;

import static quanze.script.Labels.label;

/** The plain summary lines every human-readable report ends with, in the report's language. */
public final class Summary {

    private Summary() {
    }

    /** "23 approval items in 7 categories delegated". */
    public static String approvals(CheckResult r) {
        return approvals(r, Lang.EN);
    }

    public static String approvals(CheckResult r, Lang lang) {
        long items = r.delegatedApprovals();
        long categories = r.delegatedApprovalCategories();
        if (lang == Lang.EN) {
            // two numbers, each with its own plural
            return label(lang, "approvals", label(lang, "approvalItems", items), label(lang, "categoryCount", categories));
        }
        return label(lang, "approvals", items, categories);
    }

    /** "38 items: 28 delegated, 10 retained; 0 errors, 0 warnings". */
    public static String totals(CheckResult r) {
        return totals(r, Lang.EN);
    }

    public static String totals(CheckResult r, Lang lang) {
        long waived = r.waived();
        return split(r, lang, label(lang, "items", r.catalog().items().size())) + label(lang, "clauses") + label(lang, "errors", r.count(Severity.ERROR)) + label(lang, "list")
                + label(lang, "warnings", r.count(Severity.WARNING))
                + (waived == 0 ? "" : label(lang, "list") + label(lang, "waivedCount", waived));
    }

    /** "{items}: 28 delegated, 6 taken back, 4 retained" (taken back said only where a function was). */
    static String split(CheckResult r, Lang lang, Object items) {
        return r.takenBack() == 0 ? label(lang, "split", items, r.delegated(), r.retained())
                : label(lang, "splitTakenBack", items, r.delegated(), r.takenBack(), r.retained());
    }

    /**
     * "the level its basis reads: 1,041 of 2,934 items (777 certain)", or null when no basis of the catalog quotes its
     * article's words (nothing could be read: the line would only say so).
     */
    public static String lawRead(CheckResult r, Lang lang) {
        return lawRead(r, lang, "lawRead");
    }

    /** The same worded by {@code key}: {@code lawReadCount} without its heading, for a table row that has one. */
    public static String lawRead(CheckResult r, Lang lang, String key) {
        long quoted = r.catalog().items().stream().filter(i -> i.basis().stream().anyMatch(b -> b.text() != null)).count();
        if (quoted == 0) return null;
        long read = r.catalog().items().stream().filter(i -> i.statutory() != null && i.statutory().derived()).count();
        long certain = r.catalog().items().stream()
                .filter(i -> i.statutory() != null && i.statutory().derived() && i.statutory().certain()).count();
        return label(lang, key, read, r.catalog().items().size(), certain, quoted);
    }
}
