package quanze.found;

import quanze.model.Location;
import quanze.model.UnknownReference;

/** QZ113: a reference to a level, body or category the catalog does not define. */
public record Unresolved(UnknownReference reference) implements Found {

    @Override
    public String itemId() {
        return reference.ownerId();
    }

    @Override
    public Location location() {
        return reference.location();
    }

    @Override
    public String message() {
        return String.format("%s names '%s', which is not %s of this catalog%s", reference.field(), reference.value(),
                reference.expected(), reference.suggestion());
    }
}
