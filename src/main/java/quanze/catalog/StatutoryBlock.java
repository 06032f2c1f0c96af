package quanze.catalog;

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

    static final java.util.Set<String> STATUTORY = java.util.Set.of("actors", "organs", "relative", "by",
            "via", "references", "plans", "holders", "directSpan", "subjectSpan", "verbs");

    /** A catalog's own words for reading the law's levels, laid over quanze's ({@code statutory.yaml}'s shape). */
    static StatutoryReader read(Node node, List<Problem> problems) {
        if (!(node instanceof Node.MapNode m)) {
            problems.add(new Problem(node.at(), "expected a mapping of words for reading the law (actors, organs, "
                    + "relative, by, via, references, plans, holders, directSpan, subjectSpan, verbs), got " + node.describe()));
            return null;
        }
        for (var e : m.fields().entrySet()) {
            if (!STATUTORY.contains(e.getKey())) {
                problems.add(quanze.model.DidYouMean.unknownField(m.keys().get(e.getKey()), e.getKey(), "'statutory'",
                        List.copyOf(new java.util.TreeSet<>(STATUTORY))));
                return null;
            }
        }
        if (m.fields().get("actors") instanceof Node.ListNode actors) {
            for (Node a : actors.items()) {
                if (!(a instanceof Node.MapNode am)) continue;
                for (String k : List.of("floor", "highest")) {
                    if (am.fields().get(k) instanceof Node.Scalar sc && sc.text() != null
                            && Vocabulary.bundled().rank(sc.text()) < 0) {
                        problems.add(new Problem(sc.at(), "'" + sc.text() + "' is not a level (expected one of "
                                + String.join(", ", Vocabulary.bundled().levels().stream()
                                .map(Vocabulary.LevelWords::id).toList()) + ")"));
                        return null;
                    }
                }
            }
        }
        if (m.fields().get("verbs") instanceof Node.MapNode verbs) {
            List<String> types = quanze.model.Keyed.keys(quanze.model.PowerType.class);
            for (String k : verbs.fields().keySet()) {
                if (!types.contains(k)) {
                    problems.add(quanze.model.DidYouMean.unknown(verbs.keys().get(k), "power type", k, "'statutory.verbs'",
                            types));
                    return null;
                }
            }
        }
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
