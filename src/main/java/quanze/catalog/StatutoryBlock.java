package quanze.catalog;

import quanze.schema.CatalogShapes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import quanze.law.LawWords;
import quanze.law.StatutoryReader;
import quanze.model.Problem;
import quanze.vocabulary.Vocabulary;

/** A catalog's {@code statutory:} block: its own words for reading the law's levels, checked and laid over quanze's. */
final class StatutoryBlock {

    private StatutoryBlock() {
    }

    /** A catalog's own words for reading the law's levels, laid over quanze's ({@code statutory.yaml}'s shape). */
    static StatutoryReader read(Node node, List<Problem> problems) {
        // its shape was checked with the file; a block that is not right is not laid over quanze's words
        if (!(node instanceof Node.MapNode m) || !Conform.check(node, CatalogShapes.STATUTORY, "").isEmpty()) return null;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) plain(m);
            return new StatutoryReader(LawWords.bundled().with(data), Vocabulary.bundled());
        } catch (IllegalArgumentException | ClassCastException e) {
            problems.add(new Problem(m.at(), "statutory: " + e.getMessage()));
            return null;
        }
    }

    private static Object plain(Node n) {
        if (n instanceof Node.MapNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.fields().forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        if (n instanceof Node.ListNode l) return l.items().stream().map(StatutoryBlock::plain).toList();
        Node.Scalar s = (Node.Scalar) n;
        if (s.kind() == Node.Scalar.Kind.NUMBER) {
            try {
                return Integer.parseInt(s.text());
            } catch (NumberFormatException e) {
                return s.text();
            }
        }
        return s.text();
    }
}
