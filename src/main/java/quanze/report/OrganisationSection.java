package quanze.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import quanze.model.CheckResult;
import quanze.model.Finding;
import quanze.model.OrgState;
import quanze.model.OrgUnit;
import quanze.model.Organisation;
import quanze.model.Total;
import quanze.model.UnitKind;
import quanze.script.Lang;

import static quanze.script.Labels.label;

/**
 * What the reports show of a catalog's organisation, computed once for every format: its first and last states,
 * the units of each kind in both (a group counts as many) and how many of the first are gone, each stated total
 * against what the units add up to, and the findings about the organisation. Null for a catalog without one.
 */
record OrganisationSection(OrgState first, OrgState last, List<Row> rows, List<Stated> totals,
                           List<Finding> findings) {

    /** One kind of unit: how many in the first state, in the last, and of the first gone by the last. */
    record Row(UnitKind kind, long first, long last, long gone) {
    }

    /** One total the reform states, and whether the units add up to it. */
    record Stated(Total total, long before, long after, long gone) {
        boolean holds() {
            return !total.differs(before, after, gone);
        }
    }

    static OrganisationSection of(CheckResult r) {
        Organisation o = r.catalog().organisation();
        if (o.isEmpty() || o.first() == null) return null;
        List<Row> rows = new ArrayList<>();
        for (UnitKind k : UnitKind.values()) {
            Organisation.Tally n = o.tally(u -> u.kind() == k, OrgUnit::count, o.first(), o.last());
            if (n.before() > 0 || n.after() > 0) rows.add(new Row(k, n.before(), n.after(), n.gone()));
        }
        List<Stated> totals = new ArrayList<>();
        for (Total t : o.totals()) {
            OrgState opening = o.states().stream().filter(t::opens).findFirst().orElse(null);
            OrgState closing = o.states().stream().filter(t::closes).findFirst().orElse(null);
            if (opening == null || closing == null) continue;
            Organisation.Tally n = o.tally(t::counts, u -> u.amount(t.measure()), opening, closing);
            totals.add(new Stated(t, n.before(), n.after(), n.gone()));
        }
        Set<String> ids = new HashSet<>();
        o.units().forEach(u -> ids.add(u.id()));
        Set<quanze.model.Location> at = new HashSet<>();
        o.totals().forEach(t -> at.add(t.location()));
        List<Finding> findings = r.findings().stream()
                .filter(f -> f.itemId() != null && ids.contains(f.itemId()) || at.contains(f.location())).toList();
        return new OrganisationSection(o.first(), o.last(), rows, totals, findings);
    }

    /** "before (2011-01-01) → after (2012-12-31)", or the one state. */
    String states() {
        return first == last ? first.label() : first.label() + " → " + last.label();
    }

    /** The kind in the report's language. */
    static String kind(Lang lang, UnitKind k) {
        return label(lang, "unit." + k.key());
    }

    /** "19 → 3 (16 gone)", or the one count when there is one state. */
    String counts(Lang lang, Row row) {
        if (first == last) return String.valueOf(row.last());
        return row.first() + " → " + row.last() + (row.gone() == 0 ? "" : label(lang, "orgGone", row.gone()));
    }

    /** "community: 132 → 81 stated; the units: 132 → 81". */
    String total(Lang lang, Stated s) {
        Total t = s.total();
        String what = kind(lang, t.kind()) + (t.measure() == Total.Measure.POSTS ? label(lang, "orgPosts") : "")
                + (t.excluding().isEmpty() ? "" : label(lang, "orgExcluding",
                String.join(", ", t.excluding().stream().sorted().toList())));
        return label(lang, "orgTotal", what, stated(boxed(t.before()), boxed(t.after()), boxed(t.abolished()), lang),
                stated(t.before() == null ? null : s.before(), t.after() == null ? null : s.after(),
                        t.abolished() == null ? null : s.gone(), lang),
                label(lang, s.holds() ? "orgHolds" : "orgDiffers"));
    }

    private static Long boxed(Integer n) {
        return n == null ? null : n.longValue();
    }

    private static String stated(Long before, Long after, Long gone, Lang lang) {
        List<String> parts = new ArrayList<>();
        if (before != null || after != null) {
            parts.add((before == null ? "…" : before.toString()) + (after == null && before != null ? ""
                    : " → " + (after == null ? "…" : after.toString())));
        }
        if (gone != null) parts.add(label(lang, "orgGoneCount", gone));
        return String.join("; ", parts);
    }
}
