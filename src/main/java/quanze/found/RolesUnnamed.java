package quanze.found;

import quanze.model.Decision;
import quanze.model.Item;
import quanze.model.Wording;

/** QZ109: a delegated power with roles no body holds. */
public record RolesUnnamed(Decision decision) implements AboutItem {

    @Override
    public Item item() {
        return decision.item();
    }

    @Override
    public String message() {
        return String.format("delegated to '%s' but no body holds %s", decision.level(),
                Wording.keys(item().declared().unnamedRoles()));
    }
}
