package quanze.found;

import quanze.model.Item;
import quanze.model.Wording;

/**
 * QZ115: declared below the lowest level its cited provision allows, with no transfer recorded. Uncertain when the
 * words were not read unambiguously (no 由, or a verb far from its actor): the rule's warning then applies.
 */
public record BelowProvision(Item item) implements AboutItem {

    @Override
    public boolean certain() {
        return item.statutory().certain();
    }

    @Override
    public String message() {
        return String.format("declared at %s, below '%s', the lowest level its basis %s (%s: %s), with no entrustment"
                + " or authorisation recorded", Wording.quoted(item.declared().below(item.statutory().floor())),
                item.statutory().floor().id(), certain() ? "allows" : "seems to allow", item.statutory().cite(),
                item.statutory().quote());
    }
}
