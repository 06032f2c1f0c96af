package quanze.model;

import java.util.List;
import java.util.Set;

import quanze.script.Script;

/**
 * Who may create a type of power (设定权): the ranks of source that may create a power of {@code type}, or of one
 * {@code kind} of it, and the article that says so. A right with {@code words} applies to an item whose name
 * contains one of them (compared in either script); one without applies to every item of its type.
 * {@code confirmed} is false where the article could not be checked against the published text; {@code folded}
 * holds the words as {@link quanze.script.Script#fold} gives them.
 */
public record CreationRight(PowerType type, String kind, List<String> words, Set<Rank> ranks, String article,
                            boolean confirmed, List<String> folded) {

    /** A right, its words folded once here as {@link Item#nameKey()} is: the rules compare every item with them. */
    public CreationRight(PowerType type, String kind, List<String> words, Set<Rank> ranks, String article,
                         boolean confirmed) {
        this(type, kind, List.copyOf(words), ranks, article, confirmed, words.stream().map(Script::fold).toList());
    }

    public boolean general() {
        return words.isEmpty();
    }

    /** True when some basis of the item is of a rank that may create this power. */
    public boolean metBy(Item item) {
        for (Basis b : item.basis()) if (b.rank() != null && ranks.contains(b.rank())) return true;
        return false;
    }

    /** The first of the words the item's name contains, in either script; null when none (or no words). */
    public String wordIn(Item item) {
        String name = item.nameKey();
        if (words.isEmpty() || name == null) return null;
        for (int k = 0; k < words.size(); k++) if (name.contains(folded.get(k))) return words.get(k);
        return null;
    }

    /** The bases as a reviewer reads them with their ranks: "《城市管理办法》 Art. 3 (normative-document)". */
    public static String cited(Item item) {
        return String.join("; ", item.basis().stream().map(b -> b.cite() + " (" + (b.rank() == null ? "?"
                : b.rank().key()) + ")").toList());
    }

    /** The ranks that may create it, in words: "law or administrative-regulation". */
    public String ranksInWords() {
        return String.join(" or ", ranks.stream().sorted().map(Rank::key).toList());
    }
}
