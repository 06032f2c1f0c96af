package quanze.found;

import quanze.model.Item;
import quanze.model.Wording;

/** QZ116: declared above the highest level its cited provision names. */
public record AboveProvision(Item item) implements AboutItem {

    @Override
    public String message() {
        return String.format("declared at %s, above '%s', the highest level its basis names (%s: %s)",
                Wording.quoted(item.declared().above(item.statutory().highest())), item.statutory().highest().id(),
                item.statutory().cite(), item.statutory().quote());
    }
}
