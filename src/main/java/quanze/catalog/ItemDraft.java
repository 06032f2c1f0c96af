package quanze.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

import quanze.model.Basis;
import quanze.model.Imported;
import quanze.model.Location;
import quanze.model.PowerType;
import quanze.model.Role;
import quanze.model.Scope;
import quanze.model.Service;
import quanze.model.Source;
import quanze.model.Transfer;
import quanze.model.Text;
import quanze.model.Trait;

/**
 * An item as read from its file (or from an imported list), before its references are resolved: read while the
 * file streams, resolved once every level and body of the folder is known. {@code category} counts the item lists
 * of its file (of the {@link CatalogDraft}'s categories, for an import). Places ({@code location}, {@code floorAt},
 * …) are where a problem with the value is reported.
 */
public record ItemDraft(int category, String id, Text name, PowerType type, List<Basis> basis, String floor,
                 Location floorAt, Set<Trait> traits, Scope scope, List<String> responsibilities,
                 List<String> accountability, DeclaredDraft declared, Service service, String origin,
                 Location originAt, String note, Map<String, String> extra, Imported imported, Location location) {

    /** {@code levels}: the declared level ids in order (one, or several), each with its place in {@code levelAt}. */
    /**
     * {@code transfer}: the {@code transfer} (or {@code entrustment}) block, or null; {@code transferField} the name
     * it was written under, {@code transferByAt} where its {@code by} is.
     */
    public record DeclaredDraft(List<String> levels, List<Location> levelAt, Source source, Transfer transfer,
                         String transferField, Location transferByAt, Map<Role, String> roles,
                         Map<Role, Location> roleAt, String authority, Location location) {
    }
}
