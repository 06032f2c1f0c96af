package quanze.variant;

import java.util.List;

import quanze.model.Location;
import quanze.model.Text;

/** A what-if: edits applied, in order, to a copy of a catalog (those of the variants it extends first). */
public record Variant(String id, Text name, String description, List<Edit> edits, Location location) {
}
