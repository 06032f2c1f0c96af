package quanze.model;

import java.util.List;

/** Items that share one id, in catalog order: the engine groups them so that QZ112 needs no item-to-item join. */
public record SameId(String id, List<Item> items) {
}
