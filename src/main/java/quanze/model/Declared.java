package quanze.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a power list says today about an item: its level, the source of the power, an entrustment if any, and
 * the body holding each role. {@code roleIds} is what the file names; {@code roles} the bodies found for them.
 * A list may declare one item at several levels ({@code 自治区级、地州市级、县市区级}): {@code levelIds} holds them
 * all, in the list's order, {@code levelId} and {@code level} the first ({@code level} null when its id names no
 * level; {@code levels} holds those that name one). {@code authority}: what the list says the level may do (权限),
 * or null.
 */
public record Declared(String levelId, Level level, List<String> levelIds, List<Level> levels, Source source,
                       Transfer entrustment, Map<Role, String> roleIds, Map<Role, Body> roles, String authority,
                       Location location) {

    /** A declaration at one level. */
    public Declared(String levelId, Level level, Source source, Transfer entrustment,
                    Map<Role, String> roleIds, Map<Role, Body> roles, Location location) {
        this(levelId, level, levelId == null ? List.of() : List.of(levelId), level == null ? List.of() : List.of(level),
                source, entrustment, roleIds, roles, null, location);
    }

    /** True when the list declares the item at this level (among others, perhaps). */
    public boolean at(String id) {
        return levelIds.contains(id);
    }

    /** True when the list declares the item at this level and at no other. */
    public boolean onlyAt(String id) {
        return levelIds.size() == 1 && levelIds.get(0).equals(id);
    }

    /** The declared levels that are below {@code floor} (a greater rank), in the list's order. */
    public List<Level> below(Level floor) {
        return levels.stream().filter(l -> l.rank() > floor.rank()).toList();
    }

    /** The declared levels that are above {@code highest} (a smaller rank), in the list's order. */
    public List<Level> above(Level highest) {
        return levels.stream().filter(l -> l.rank() < highest.rank()).toList();
    }

    /** True when some declared level is above {@code highest}. */
    public boolean anyAbove(Level highest) {
        for (Level l : levels) if (l.rank() < highest.rank()) return true;
        return false;
    }

    /** True when some declared level is below {@code floor}. */
    public boolean anyBelow(Level floor) {
        for (Level l : levels) if (l.rank() > floor.rank()) return true;
        return false;
    }

    /** The declared level ids quoted for a message: {@code 'county'}, or {@code 'province', 'county'}. */
    public String quoted() {
        return levelIds.stream().map(l -> "'" + l + "'").collect(java.util.stream.Collectors.joining(", "));
    }

    public boolean names(Role role) {
        return roleIds.containsKey(role);
    }

    /** The body named for {@code role}, or null. */
    public Body holder(Role role) {
        return roles.get(role);
    }

    /** True when some role is held by a body of an abolished level (no allocation: rules ask it of every item). */
    public boolean anyHeldAtAbolishedLevel() {
        for (Body b : roles.values()) if (b.atAbolishedLevel()) return true;
        return false;
    }

    /** True when some of the seven roles names no body. */
    public boolean anyRoleUnnamed() {
        for (Role r : Role.SEED) if (!roleIds.containsKey(r)) return true;
        return false;
    }

    /** Roles held by bodies of an abolished level, in role order. */
    public Map<Role, Body> heldAtAbolishedLevel() {
        Map<Role, Body> out = new EnumMap<>(Role.class);
        roles.forEach((r, b) -> {
            if (b.atAbolishedLevel()) out.put(r, b);
        });
        return out;
    }

    /** True when some role is held by a community body of this kind. */
    public boolean anyHeldBy(CommunityBody kind) {
        for (Body b : roles.values()) if (b.kind() == kind) return true;
        return false;
    }

    /**
     * True when both roles are named and the body holding {@code overseer} is the one holding {@code executor}, or
     * a branch office of it, or its parent unless the power is held as a branch ({@link Body#withinLineOf}).
     */
    public boolean withinLine(Role overseer, Role executor) {
        Body x = roles.get(overseer);
        Body y = roles.get(executor);
        return x != null && y != null && x.withinLineOf(y, source == Source.BRANCH);
    }

    /** The roles that name no body at all, in role order. */
    public List<Role> unnamedRoles() {
        return Role.SEED.stream().filter(r -> !roleIds.containsKey(r)).toList();
    }

    /** What keeps this item from resting on an entrustment, in words for QZ104 ("no entrustment", …). */
    public String entrustmentShortfall() {
        if (entrustment == null) return "no entrustment";
        String lacks = entrustment.shortfall();
        return lacks != null ? lacks : "an entrustment, though its source is not 'entrusted'";
    }

    /** The id of the body that transferred the power (the entruster, the delegating department), or null. */
    public String transferById() {
        return entrustment == null ? null : entrustment.by();
    }

    /** The transfer's published flag: null when the list does not say. */
    public Boolean published() {
        return entrustment == null ? null : entrustment.published();
    }

    /** The body that exercises the power: the holder of execution, else of implementation; or null. */
    public Body exercisedBy() {
        Body b = roles.get(Role.EXECUTION);
        return b != null ? b : roles.get(Role.IMPLEMENTATION);
    }
}
