package quanze.model;

import java.util.List;

/**
 * How a power came to the level that exercises it, as the list records it ({@code declared.transfer}, or
 * {@code declared.entrustment} for an entrustment): who transferred it ({@code by}: the entrusting organ, or the
 * government that delegated it), the provisions it rests on, the deciding or entrusting document, whether it was
 * published, whether the receiving body acts in its own name, and who approved it where only the State Council
 * or a province may. Every part but {@code basis} may be null: not recorded.
 */
public record Transfer(String by, List<Basis> basis, String document, Boolean published, Boolean inOwnName,
                       Approver approvedBy) {

    /** An entrustment as older catalogs record it: who entrusts, and on what basis. */
    public Transfer(String by, List<Basis> basis) {
        this(by, basis, null, null, null, null);
    }

    public boolean hasBasis() {
        return basis != null && !basis.isEmpty();
    }

    /**
     * True when a basis may found an entrustment: 行政许可法 Art. 24 and 行政处罚法 (2021) Art. 20 let an organ entrust
     * "依照法律、法规、规章的规定" — a normative document or a Party regulation cannot (a State Council decision is
     * given the benefit of the doubt).
     */
    public boolean hasLegalBasis() {
        return hasBasis() && basis.stream().anyMatch(b -> b.rank() != null && !b.rank().belowRule());
    }

    /** The ranks and titles of the bases, for messages: "a normative-document (市政府通知)". */
    public String ranksCited() {
        return String.join(" and ", basis.stream().map(b -> "a " + (b.rank() == null ? "source" : b.rank().key())
                + " (" + b.law() + ")").distinct().toList());
    }

    /** "no entrustment"-style words for what this entrustment lacks, or null when it rests on a law, regulation or rule. */
    public String shortfall() {
        if (!hasBasis()) return "an entrustment that cites no legal basis";
        if (hasLegalBasis()) return null;
        return "an entrustment resting only on " + ranksCited() + ", where an entrustment must rest on a law, regulation"
                + " or rule (行政许可法 Art. 24, 行政处罚法 Art. 20)";
    }
}
