package quanze.model;

/**
 * A body that can hold a role: a department, a branch office of one ({@code parent}), or a community body
 * ({@code kind}). {@code level} is null when {@code levelId} names no level of the catalog.
 */
public record Body(String id, Text name, String levelId, Level level, String parent, CommunityBody kind,
                   Location location) {

    public boolean atAbolishedLevel() {
        return level != null && level.abolished();
    }

    /** The same body, the parent of the other, or a branch of the other. */
    public boolean sameLineAs(Body other) {
        return id.equals(other.id) || id.equals(other.parent) || other.id.equals(parent);
    }
}
