package quanze.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One entry of {@code units:}: a district, street office, community, institution, department, duty room, complaint
 * intake or information centre, or a group of {@code count} like ones (the 39 communities of a district before the
 * merger). {@code from} and {@code until} (exclusive) place it in the organisation's states; null: always.
 * {@code posts} is null when unknown (no take is said to drop them, and a total of posts counts it as none).
 * {@code ends}: functions that end with it, on purpose, and need no successor.
 */
public record OrgUnit(String id, UnitKind kind, Text name, String district, int count, Integer posts, String sector,
                      LocalDate from, LocalDate until, List<String> functions, Set<CommunityBody> bodies,
                      Set<CommunityBody> sharedOffice, Set<CommunityBody> crossServing, String leadsTo,
                      boolean answersComplaints, String body, List<String> ends, boolean reconstructed,
                      String source, String note, Location location) {

    /** Its id's hash: the rules join on units and on facts that hold them, and a record's own hash reads every field. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof OrgUnit u && id.equals(u.id) && location.equals(u.location)
                && kind == u.kind && java.util.Objects.equals(name, u.name)
                && java.util.Objects.equals(district, u.district) && count == u.count
                && java.util.Objects.equals(posts, u.posts) && java.util.Objects.equals(sector, u.sector)
                && java.util.Objects.equals(from, u.from) && java.util.Objects.equals(until, u.until)
                && functions.equals(u.functions) && bodies.equals(u.bodies) && sharedOffice.equals(u.sharedOffice)
                && crossServing.equals(u.crossServing) && java.util.Objects.equals(leadsTo, u.leadsTo)
                && answersComplaints == u.answersComplaints && java.util.Objects.equals(body, u.body)
                && ends.equals(u.ends)
                && reconstructed == u.reconstructed && java.util.Objects.equals(source, u.source)
                && java.util.Objects.equals(note, u.note);
    }

    /** Whether it exists in {@code s}. */
    public boolean existsIn(OrgState s) {
        if (s.date() == null) return true;
        return (from == null || !from.isAfter(s.date())) && (until == null || until.isAfter(s.date()));
    }

    /** The bodies of the five (社区党委 … 社会组织发展中心) it lacks; empty when not a community. */
    public Set<CommunityBody> lacks() {
        if (kind != UnitKind.COMMUNITY) return Set.of();
        Set<CommunityBody> out = java.util.EnumSet.allOf(CommunityBody.class);
        out.removeAll(bodies);
        return out;
    }

    /** Whether it has both bodies. */
    public boolean has(CommunityBody a, CommunityBody b) {
        return bodies.contains(a) && bodies.contains(b);
    }

    /** For a community with both: whether its public service centre shares an office with the Party committee. */
    public boolean officeShared() {
        return sharedOffice.contains(CommunityBody.PUBLIC_SERVICE_CENTRE)
                && sharedOffice.contains(CommunityBody.PARTY_COMMITTEE);
    }

    /** For a community with both: whether residents' committee and Party committee members serve in each other. */
    public boolean crossServed() {
        return crossServing.contains(CommunityBody.RESIDENTS_COMMITTEE)
                && crossServing.contains(CommunityBody.PARTY_COMMITTEE);
    }

    /**
     * Whether it may take over from {@code other} as a unit of the same district: it belongs to the district
     * {@code other} belongs to, or either belongs to none, or {@code other} is a district (a district merged into
     * another is taken over across districts).
     */
    public boolean sameDistrictAs(OrgUnit other) {
        if (other.kind == UnitKind.DISTRICT) return true;
        String mine = kind == UnitKind.DISTRICT ? id : district;
        String theirs = other.kind == UnitKind.DISTRICT ? other.id : other.district;
        return mine == null || theirs == null || mine.equals(theirs);
    }

    /** Whether it stands before {@code other} in the catalog's files. */
    public boolean listedBefore(OrgUnit other) {
        return this != other && location.compareTo(other.location) < 0;
    }

    /** What it adds to a total of {@code measure}: its count, or its posts (0 when unknown). */
    public long amount(Total.Measure measure) {
        return measure == Total.Measure.POSTS ? (posts == null ? 0 : posts) : count;
    }

    /** Its name in the catalog's words, with its id when it has none. */
    public String shown() {
        return name == null ? id : name.both();
    }
}
