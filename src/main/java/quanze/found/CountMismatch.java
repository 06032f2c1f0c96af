package quanze.found;

import quanze.model.Expectation;
import quanze.model.Location;

/** QZ111: the rules delegate another number of approvals, or of categories, than the catalog expects. */
public record CountMismatch(Expectation expect, int items, int categories) implements Found {

    @Override
    public String itemId() {
        return null;
    }

    @Override
    public Location location() {
        return expect.location();
    }

    @Override
    public String message() {
        return String.format("expected %d approval items in %d categories delegated, but the rules delegate %d items"
                + " in %d categories", expect.items(), expect.categories(), items, categories);
    }
}
