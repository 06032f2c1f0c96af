package quanze.found;

import quanze.model.Body;
import quanze.model.Item;
import quanze.model.NatureRight;
import quanze.model.Principle;

/** QZ123: a body that exercises a power its legal nature does not allow, or not by this route. */
public record BeyondNature(Item item, Principle principle) implements AboutItem {

    @Override
    public String message() {
        Body b = item.declared().exercisedBy();
        NatureRight r = principle.holding().right(b.nature());
        return String.format("%s, a %s, exercises this %s%s: %s", b.id(), b.nature().key(), item.type().key(),
                r.allowsType(item.type()) ? " as '" + (item.declared().source() == null ? "?"
                        : item.declared().source().key()) + "'" : "", r.basis());
    }
}
