package quanze.model;

import java.util.List;

/** An entrustment (委託) under Administrative Licensing Law Art. 24: who entrusts, and on what legal basis. */
public record Entrustment(String by, List<Basis> basis) {

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

    /** "no entrustment"-style words for what this entrustment lacks, or null when it rests on a law, regulation or rule. */
    public String shortfall() {
        if (!hasBasis()) return "an entrustment that cites no legal basis";
        if (hasLegalBasis()) return null;
        return "an entrustment resting only on " + String.join(" and ", basis.stream().map(b -> "a " + b.rank().key()
                + " (" + b.law() + ")").distinct().toList()) + ", where an entrustment must rest on a law, regulation"
                + " or rule (行政许可法 Art. 24, 行政处罚法 Art. 20)";
    }
}
