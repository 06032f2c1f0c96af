package quanze.found;

import quanze.model.Item;

/**
 * An item that repeats an earlier one ({@code first}, the earliest in the catalog): by its id, or by its name with
 * another type or basis. Derived by joining items on their id and on their name; reported as {@link Duplicate}.
 */
public record Twin(Item item, Item first, By by) {

    public enum By { ID, NAME }
}
