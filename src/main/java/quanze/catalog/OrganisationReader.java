package quanze.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import quanze.model.CommunityBody;
import quanze.model.DidYouMean;
import quanze.model.Location;
import quanze.model.OrgState;
import quanze.model.OrgUnit;
import quanze.model.Organisation;
import quanze.model.Problem;
import quanze.model.Take;
import quanze.model.Total;
import quanze.model.UnitKind;
import quanze.model.UnknownReference;

/**
 * Reads a catalog's organisation: the {@code states:} and {@code units:} of all its files and the totals of its
 * {@code catalog.expect}. A unit id given twice, or states out of order, is an input problem; a reference that names
 * no unit (a district, a unit taken over from, where an intake leads) or no body is an {@link UnknownReference}
 * (QZ113), as for items.
 */
final class OrganisationReader {

    private final List<Problem> problems;
    private final List<UnknownReference> unknown;

    OrganisationReader(List<Problem> problems, List<UnknownReference> unknown) {
        this.problems = problems;
        this.unknown = unknown;
    }

    Organisation read(List<Fields> tops, Set<String> bodies) {
        List<OrgState> states = states(tops);
        Map<String, OrgUnit> byId = new HashMap<>();
        List<OrgUnit> units = new ArrayList<>();
        List<Fields> unitFields = new ArrayList<>();
        for (Fields top : tops) {
            for (Node n : top.list("units")) {
                Fields f = Fields.read(n, problems);
                OrgUnit u = f == null ? null : unit(f);
                if (u == null) continue;
                OrgUnit earlier = byId.putIfAbsent(u.id(), u);
                if (earlier != null) {
                    problems.add(new Problem(u.location(), "a second unit '" + u.id() + "' (first at "
                            + earlier.location() + "): unit ids must be unique"));
                    continue;
                }
                units.add(u);
                unitFields.add(f);
            }
        }
        List<Take> takes = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) {
            OrgUnit u = units.get(k);
            Fields f = unitFields.get(k);
            if (u.district() != null) {
                OrgUnit d = byId.get(u.district());
                if (d == null || d.kind() != UnitKind.DISTRICT) {
                    refer(u.id(), "district", u.district(), "a unit of kind district", f.valueAt("district"),
                            ids(byId, UnitKind.DISTRICT));
                }
            }
            if (u.body() != null && !bodies.contains(u.body())) {
                refer(u.id(), "body", u.body(), "a body", f.valueAt("body"), new TreeSet<>(bodies));
            }
            if (u.leadsTo() != null && !byId.containsKey(u.leadsTo())) {
                refer(u.id(), "leadsTo", u.leadsTo(), "a unit", f.valueAt("leadsTo"), byId.keySet());
            }
            List<Node> ts = f.list("takes");
            for (int t = 0; t < ts.size(); t++) takes.addAll(takes(u, ts.get(t), "takes[" + t + "]", byId));
        }
        Set<String> stateIds = new java.util.HashSet<>();
        states.forEach(s -> stateIds.add(s.id()));
        List<Total> totals = totals(tops, stateIds);
        if (states.isEmpty() && !units.isEmpty()) states = List.of(OrgState.only(units.get(0).location()));
        if (states.isEmpty() && !totals.isEmpty()) states = List.of(OrgState.only(totals.get(0).location()));
        return new Organisation(List.copyOf(states), List.copyOf(units), List.copyOf(takes), totals);
    }

    private List<OrgState> states(List<Fields> tops) {
        List<OrgState> out = new ArrayList<>();
        List<Fields> read = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (Fields top : tops) {
            for (Node n : top.list("states")) {
                Fields f = Fields.read(n, problems);
                if (f == null || f.string("id") == null) continue;
                LocalDate day = checkedDay(f, "date");
                if (day == null) continue;
                if (!ids.add(f.string("id"))) {
                    problems.add(new Problem(f.at(), "a second state '" + f.string("id") + "': state ids must be"
                            + " unique"));
                    continue;
                }
                if (!read.isEmpty() && !day.isAfter(out.get(out.size() - 1).date())) {
                    problems.add(new Problem(f.valueAt("date"), "state '" + f.string("id") + "' is dated " + day
                            + ", not after the state before it (" + out.get(out.size() - 1).label() + "): states are"
                            + " listed in the order of their days"));
                    continue;
                }
                out.add(new OrgState(f.string("id"), f.text("name"), day, out.size(), false, f.at()));
                read.add(f);
            }
        }
        if (out.isEmpty()) return out;
        OrgState last = out.get(out.size() - 1);
        out.set(out.size() - 1, new OrgState(last.id(), last.name(), last.date(), last.index(), true,
                last.location()));
        return out;
    }

    private OrgUnit unit(Fields f) {
        String id = f.string("id");
        UnitKind kind = f.enumOf("kind", UnitKind.class);
        if (id == null || kind == null) return null;
        LocalDate from = checkedDay(f, "from");
        LocalDate until = checkedDay(f, "until");
        if (from != null && until != null && !until.isAfter(from)) {
            problems.add(new Problem(f.valueAt("until"), "unit '" + id + "' ends (" + until + ") before it begins ("
                    + from + "): until must be after from"));
        }
        Integer count = f.integer("count");
        return new OrgUnit(id, kind, f.text("name"), f.string("district"), count == null ? 1 : Math.max(1, count),
                f.integer("posts"), f.string("sector"), from, until,
                List.copyOf(new LinkedHashSet<>(f.strings("functions"))), f.enumSet("bodies", CommunityBody.class),
                f.enumSet("sharedOffice", CommunityBody.class), f.enumSet("crossServing", CommunityBody.class),
                f.string("leadsTo"), f.bool("answersComplaints", false), f.string("body"),
                List.copyOf(new LinkedHashSet<>(f.strings("ends"))), f.bool("reconstructed", false), f.string("source"),
                f.string("note"), f.at());
    }

    /** One entry of {@code takes:}: a take from each unit it names. */
    private List<Take> takes(OrgUnit taker, Node node, String field, Map<String, OrgUnit> byId) {
        Fields f = Fields.read(node, problems);
        if (f == null) return List.of();
        List<String> from = f.node("from") instanceof Node.ListNode ? f.strings("from")
                : f.string("from") == null ? List.of() : List.of(f.string("from"));
        List<String> functions = f.has("functions") ? List.copyOf(f.strings("functions")) : null;
        String postsWith = f.string("postsWith");
        if (postsWith != null && !byId.containsKey(postsWith)) {
            refer(taker.id(), field + ".postsWith", postsWith, "a unit", f.valueAt("postsWith"), byId.keySet());
        }
        List<Take> out = new ArrayList<>();
        for (String id : from) {
            if (!byId.containsKey(id)) {
                refer(taker.id(), field + ".from", id, "a unit", f.valueAt("from"), byId.keySet());
            } else if (id.equals(taker.id())) {
                problems.add(new Problem(f.valueAt("from"), "unit '" + id + "' takes over from itself"));
            } else {
                out.add(new Take(taker.id(), id, functions, f.integer("posts"), postsWith, f.at()));
            }
        }
        return out;
    }

    private List<Total> totals(List<Fields> tops, Set<String> stateIds) {
        List<Total> out = new ArrayList<>();
        for (Fields top : tops) {
            Fields head = top.has("catalog") ? Fields.read(top.node("catalog"), problems) : null;
            Fields expect = head != null && head.has("expect") ? Fields.read(head.node("expect"), problems) : null;
            if (expect == null) continue;
            for (Node n : expect.list("totals")) {
                Fields f = Fields.read(n, problems);
                UnitKind kind = f == null ? null : f.enumOf("kind", UnitKind.class);
                if (kind == null) continue;
                Total.Measure m = f.enumOf("measure", Total.Measure.class);
                List<String> between = f.strings("between");
                String opening = between.size() == 2 ? between.get(0) : null;
                String closing = between.size() == 2 ? between.get(1) : null;
                for (String s : between) {
                    if (!stateIds.contains(s)) {
                        problems.add(new Problem(f.valueAt("between"), "between names '" + s + "', which is no state"
                                + " of this catalog" + DidYouMean.of(s, new TreeSet<>(stateIds))));
                    }
                }
                out.add(new Total(kind, m == null ? Total.Measure.UNITS : m, f.integer("before"), f.integer("after"),
                        f.integer("abolished"), Set.copyOf(f.strings("excluding")), opening, closing, f.string("note"),
                        f.at()));
            }
        }
        return List.copyOf(out);
    }

    private void refer(String owner, String field, String value, String expected, Location at,
                       java.util.Collection<String> names) {
        unknown.add(new UnknownReference(owner, field, value, expected, at,
                DidYouMean.of(value, new TreeSet<>(names))));
    }

    private static Set<String> ids(Map<String, OrgUnit> byId, UnitKind kind) {
        Set<String> out = new TreeSet<>();
        byId.values().forEach(u -> {
            if (u.kind() == kind) out.add(u.id());
        });
        return out;
    }

    /** The day of field {@code key}; a problem where it has the shape of a day and is none (2012-02-30). */
    private LocalDate checkedDay(Fields f, String key) {
        String s = f.string(key);
        LocalDate d = day(s);
        if (s != null && d == null && s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            problems.add(new Problem(f.valueAt(key), "'" + key + "' is " + s + ", which is no day of the calendar"));
        }
        return d;
    }

    /** YYYY-MM-DD, YYYY-MM or YYYY (the first day of the month or year); null when absent or not a day. */
    static LocalDate day(String s) {
        if (s == null) return null;
        try {
            return switch (s.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(s), 1, 1);
                case 7 -> LocalDate.parse(s + "-01");
                default -> LocalDate.parse(s);
            };
        } catch (RuntimeException e) {
            return null;
        }
    }
}
