package quanze.variant;

import quanze.catalog.Node;
import quanze.model.Location;

/**
 * One edit of a variant, the unit the diff attributes changes to: a principle switch, an item patch, a level
 * or unit patch, an addition, a removal, or a rule change. {@code label} says it as the variant file does. An extra
 * DRL file ({@code EXTRA_RULES}) has the file as {@code key} and, as {@code value}, its name as messages show it.
 */
public record Edit(Kind kind, String key, Node value, String label, Location location) {

    public enum Kind { PRINCIPLE, ITEM, LEVEL, ADD_LEVEL, ADD_BODY, ADD_ITEM, REMOVE_ITEM, DISABLE_RULE, EXTRA_RULES,
        UNIT, ADD_UNIT, ADD_STATE, REMOVE_UNIT }
}
