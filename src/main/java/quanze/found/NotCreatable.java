package quanze.found;

import quanze.model.CreationRight;
import quanze.model.Item;

/** QZ106 (licences) and QZ124 (every other type): no basis is of a rank that may create a power of this type. */
public record NotCreatable(Item item, CreationRight right) implements AboutItem {

    @Override
    public String message() {
        return String.format("no basis may create a power of type '%s': its bases are %s, and only a %s may (%s%s);"
                + " the list should cite the provision that creates it", item.type().key(), CreationRight.cited(item),
                right.ranksInWords(), right.article(), right.confirmed() ? "" : "; article not confirmed");
    }
}
