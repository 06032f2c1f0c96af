package quanze.model;

import java.util.List;

/** An entrustment (委託) under Administrative Licensing Law Art. 24: who entrusts, and on what legal basis. */
public record Entrustment(String by, List<Basis> basis) {

    public boolean hasBasis() {
        return basis != null && !basis.isEmpty();
    }
}
