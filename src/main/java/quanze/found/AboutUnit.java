package quanze.found;

import quanze.model.Location;
import quanze.model.OrgUnit;

/** A finding about one unit of the organisation, at the unit's place in the catalog (its id stands as the item's). */
public interface AboutUnit extends Found {

    OrgUnit unit();

    @Override
    default String itemId() {
        return unit().id();
    }

    @Override
    default Location location() {
        return unit().location();
    }
}
