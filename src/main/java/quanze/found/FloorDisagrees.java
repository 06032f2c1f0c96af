package quanze.found;

import quanze.model.Item;

/** QZ117: the typed statutory floor is not the one the cited provision gives. */
public record FloorDisagrees(Item item) implements AboutItem {

    @Override
    public String message() {
        return String.format("its floor is typed as '%s', but its basis reads '%s' (%s: %s)", item.floor().id(),
                item.statutory().floor().id(), item.statutory().cite(), item.statutory().quote());
    }
}
