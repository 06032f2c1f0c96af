package quanze.found;

import quanze.model.Item;
import quanze.model.Location;

/** A finding about one item, at the item's place in the catalog. */
public interface AboutItem extends Found {

    Item item();

    @Override
    default String itemId() {
        return item().id();
    }

    @Override
    default Location location() {
        return item().location();
    }
}
