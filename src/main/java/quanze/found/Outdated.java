package quanze.found;

import quanze.model.Item;
import quanze.model.OutdatedBasis;

/** QZ119: a basis citing a version not in force on the day of the check (the register of statutes says why). */
public record Outdated(OutdatedBasis basis) implements AboutItem {

    @Override
    public Item item() {
        return basis.item();
    }

    @Override
    public String message() {
        return basis.message();
    }
}
