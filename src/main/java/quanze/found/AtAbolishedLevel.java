package quanze.found;

import quanze.model.Item;
import quanze.model.Wording;

/** QZ108: a role held by a body of a level that no longer exists. */
public record AtAbolishedLevel(Item item) implements AboutItem {

    @Override
    public String message() {
        return "roles held at an abolished level: " + Wording.holders(item.declared().heldAtAbolishedLevel());
    }
}
