package quanze.model;

import java.util.List;

/** Items that share one Chinese name, in catalog order: grouped for QZ112 without an item-to-item join. */
public record SameName(String name, List<Item> items) {

    /** The items after the first whose type or basis differs from the first's. */
    public List<Item> differingFromFirst() {
        Item first = items.get(0);
        return items.subList(1, items.size()).stream()
                .filter(i -> i.type() != first.type() || !i.basisKey().equals(first.basisKey()))
                .toList();
    }
}
