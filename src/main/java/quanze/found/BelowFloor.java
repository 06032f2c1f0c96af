package quanze.found;

import quanze.model.Item;
import quanze.model.Wording;

/** QZ104: declared below the statutory floor its list types, with no lawful route. */
public record BelowFloor(Item item) implements AboutItem {

    @Override
    public String message() {
        return String.format("declared at %s, below its statutory floor '%s' (%s), with source '%s' and %s",
                Wording.quoted(item.declared().below(item.floor())), item.floor().id(), item.citations(),
                item.declared().source().key(), item.declared().entrustmentShortfall());
    }
}
