package quanze.model;

import java.util.List;

/** A whole catalog folder, read and resolved. */
public record Catalog(String dir, CatalogInfo info, Principle principle, List<Level> levels, List<Body> bodies,
                      List<Category> categories, List<Item> items, List<UnknownReference> unknownReferences) {
}
