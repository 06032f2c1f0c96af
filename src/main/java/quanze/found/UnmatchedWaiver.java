package quanze.found;

import java.util.Set;
import java.util.TreeSet;

import quanze.model.Catalog;
import quanze.model.DidYouMean;
import quanze.model.Item;
import quanze.model.Waiver;

/** QZ121: a waiver in force that matches no finding; when its item is not in the catalog, the nearest id. */
public record UnmatchedWaiver(Waiver waiver, Catalog catalog) implements AboutWaiver {

    @Override
    public String message() {
        Set<String> ids = new TreeSet<>();
        for (Item i : catalog.items()) ids.add(i.id());
        return "the waiver of " + waiver.code() + " for '" + waiver.item() + "' matches no finding"
                + (ids.contains(waiver.item()) ? ""
                : ": the catalog has no item '" + waiver.item() + "'" + DidYouMean.of(waiver.item(), ids));
    }
}
