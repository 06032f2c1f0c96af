package quanze.found;

import quanze.model.Item;
import quanze.model.RouteFault;

/** QZ122: a condition of the route by which the item is held that the list does not meet. */
public record UnlawfulRoute(RouteFault fault) implements AboutItem {

    @Override
    public Item item() {
        return fault.item();
    }

    @Override
    public String message() {
        return String.format("held as '%s', but %s (%s)", fault.route().key(), fault.condition(), fault.article());
    }
}
