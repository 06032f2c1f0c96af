package quanze.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import quanze.model.Body;
import quanze.model.CatalogInfo;
import quanze.model.Expectation;
import quanze.model.Problem;

/** Checks of whole blocks of a catalog that need no other block: the {@code catalog:} block, the tree of bodies. */
final class CatalogBlocks {

    private CatalogBlocks() {
    }

    static CatalogInfo info(Node node, List<Problem> problems) {
        Fields f = Fields.read(node, problems);
        if (f == null) return null;
        Expectation expect = null;
        if (f.has("expect")) {
            Fields e = Fields.read(f.node("expect"), problems);
            if (e != null && e.has("delegatedApprovals")) {
                Fields d = Fields.read(e.node("delegatedApprovals"), problems);
                if (d != null) {
                    Integer c = d.integer("categories");
                    Integer i = d.integer("items");
                    if (c != null && i != null) expect = new Expectation(c, i, d.at());
                }
            }
        }
        return new CatalogInfo(f.string("id"), f.text("name"),
                f.bool("reconstructed", false), f.string("source"),
                f.string("note"), expect, f.at());
    }

    /**
     * A body cannot be its own ancestor: each chain of {@code parent}s that comes back to where it started is
     * one problem, reported at the body of the loop that comes first in the files.
     */
    static void parentLoops(List<Body> bodyList, Map<String, Body> bodies, List<Problem> problems) {
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (Body start : bodyList) {
            if (reported.contains(start.id())) continue;
            List<String> chain = new ArrayList<>(List.of(start.id()));
            java.util.Set<String> seen = new java.util.HashSet<>(chain);
            Body b = start;
            while (b.parent() != null && bodies.containsKey(b.parent())) {
                b = bodies.get(b.parent());
                chain.add(b.id());
                if (!seen.add(b.id())) break;
            }
            String last = chain.get(chain.size() - 1);
            if (chain.size() > 1 && last.equals(start.id())) {
                reported.addAll(chain);
                problems.add(new Problem(start.location(), "body '" + start.id() + "' is its own ancestor: its"
                        + " parent chain loops (" + String.join(" → ", chain) + "); a body's parent must lead"
                        + " up to a body without one"));
            }
        }
    }
}
