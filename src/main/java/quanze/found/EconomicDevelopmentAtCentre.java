package quanze.found;

import quanze.model.Item;

/** QZ110: economic development given to a community public service centre. */
public record EconomicDevelopmentAtCentre(Item item) implements AboutItem {

    @Override
    public String message() {
        return String.format("'%s' (economic-development) is given to a community public service centre",
                item.name().both());
    }
}
