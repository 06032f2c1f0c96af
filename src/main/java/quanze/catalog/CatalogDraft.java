package quanze.catalog;

import java.util.ArrayList;
import java.util.List;

import quanze.model.Body;
import quanze.model.Catalog;
import quanze.model.CatalogInfo;
import quanze.model.Category;
import quanze.model.InputException;
import quanze.model.Level;
import quanze.model.Principle;
import quanze.model.Problem;

/**
 * A whole catalog as typed drafts, made by a program rather than read from YAML (an imported list): the catalog
 * block, the principle (the bundled one with the catalog's overrides), levels top to bottom, bodies (their
 * {@code level} unresolved), categories and items (each naming its category by index).
 * {@link #resolve} binds it as a catalog folder is bound; {@link CatalogWriter} writes it.
 */
public record CatalogDraft(CatalogInfo info, Principle principle, List<Level> levels, List<Body> bodies,
                           List<Category> categories, List<ItemDraft> items) {

    /** The catalog these drafts make, with the problems a folder holding them would have (duplicate ids). */
    public Catalog resolve(String dir) throws InputException {
        List<Problem> problems = new ArrayList<>();
        Catalog c = new CatalogBinder(problems).build(dir, this);
        if (!problems.isEmpty()) throw new InputException(problems);
        return c;
    }
}
