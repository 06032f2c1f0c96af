package quanze.found;

import quanze.model.Location;
import quanze.model.Waiver;

/** A finding about one waiver of the register, at its place there, naming the item it waives. */
public interface AboutWaiver extends Found {

    Waiver waiver();

    @Override
    default String itemId() {
        return waiver().item();
    }

    @Override
    default Location location() {
        return waiver().location();
    }
}
