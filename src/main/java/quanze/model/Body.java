package quanze.model;

/**
 * A body that can hold a role: a department, a branch office of one ({@code parent}), or a community body
 * ({@code kind}). {@code level} is null when {@code levelId} names no level of the catalog. {@code declaredNature}
 * is the legal nature the catalog states, or null ({@link #nature()} then infers it); {@code parentLevelId} the
 * level of the parent, once the catalog's bodies are bound (null without a parent).
 */
public record Body(String id, Text name, String levelId, Level level, String parent, CommunityBody kind,
                   Nature declaredNature, String parentLevelId, Location location) {

    /** By its id and place: the rules hash a body each time they join on it (a record hashes its whole tree). */
    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(id) + java.util.Objects.hashCode(location);
    }

    public Body(String id, Text name, String levelId, Level level, String parent, CommunityBody kind,
                Location location) {
        this(id, name, levelId, level, parent, kind, null, null, location);
    }

    public boolean atAbolishedLevel() {
        return level != null && level.abolished();
    }

    /**
     * True when this body oversees {@code executor} from within its own line: it is the executing body itself, one
     * of its branch offices or internal offices, or its parent — unless {@code branchRoute} (the power is held as
     * a branch) and the executor is a branch office: a parent overseeing its branch office is that branch's lawful
     * route, the parent answering for what the branch does.
     */
    public boolean withinLineOf(Body executor, boolean branchRoute) {
        if (id.equals(executor.id) || executor.id.equals(parent)) return true;
        return id.equals(executor.parent) && !(branchRoute && executor.nature() == Nature.BRANCH_OFFICE);
    }

    /**
     * Its legal nature: the one the catalog states, else a branch office when it has a parent, the nature of its
     * community kind (the Party committee is a Party body, the residents' committee self-governing, the centres
     * service centres), else an administrative organ.
     */
    public Nature nature() {
        if (declaredNature != null) return declaredNature;
        if (parent != null) return Nature.BRANCH_OFFICE;
        if (kind != null) return kind.nature();
        return Nature.ORGAN;
    }

    /** This body with its parent's level known. */
    public Body withParentLevel(String parentLevel) {
        return new Body(id, name, levelId, level, parent, kind, declaredNature, parentLevel, location);
    }
}
