package quanze.found;

import quanze.model.Item;

/** QZ112: one id for two items, or one name for two powers of another type or basis. */
public record Duplicate(Twin twin) implements AboutItem {

    @Override
    public Item item() {
        return twin.item();
    }

    @Override
    public String message() {
        Item a = twin.first();
        Item b = twin.item();
        if (twin.by() == Twin.By.ID) {
            return String.format("item id '%s' is used again (first at %s)", b.id(), a.location());
        }
        return String.format("'%s' is also item '%s' (%s) with %s", a.name().zh(), a.id(), a.location(),
                b.type() != a.type() ? "another type: " + key(a) + " there, " + key(b) + " here"
                        : "another basis: " + a.citations() + " there, " + b.citations() + " here");
    }

    private static String key(Item i) {
        return i.type() == null ? "none" : i.type().key();
    }
}
