package quanze.model;

import java.util.List;

/** A whole catalog folder, read and resolved. */
public record Catalog(String dir, CatalogInfo info, Principle principle, List<Level> levels, List<Body> bodies,
                      List<Category> categories, List<Item> items, List<UnknownReference> unknownReferences,
                      Organisation organisation) {

    /** A catalog without organisation data (an imported list, a lint's decision space). */
    public Catalog(String dir, CatalogInfo info, Principle principle, List<Level> levels, List<Body> bodies,
                   List<Category> categories, List<Item> items, List<UnknownReference> unknownReferences) {
        this(dir, info, principle, levels, bodies, categories, items, unknownReferences, Organisation.NONE);
    }
}
