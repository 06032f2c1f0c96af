package quanze.found;

import quanze.model.Body;
import quanze.model.Item;
import quanze.model.Role;

/**
 * A role of an item held by a body at another level than the decision gives it ({@code expected}), and on no
 * lawful route that lets that body hold it: derived one per role, reported together as {@link RolesMisplaced}.
 */
public record MisplacedRole(Item item, Role role, Body body, String expected) {

    String words() {
        return String.format("%s is held by %s at '%s' but belongs at '%s'", role.key(), body.id(), body.levelId(),
                expected);
    }
}
