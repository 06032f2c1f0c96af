package quanze.found;

import quanze.model.Item;

/** QZ105: a power with no legal basis. */
public record NoBasis(Item item) implements AboutItem {

    @Override
    public String message() {
        return String.format("'%s' lists no legal basis", item.name().both());
    }
}
