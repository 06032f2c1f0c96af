package quanze.model;

/** The five bodies of community governance (domain.md §1.5). */
public enum CommunityBody implements Keyed {
    PARTY_COMMITTEE, PUBLIC_SERVICE_CENTRE, MASS_WORK_CENTRE, RESIDENTS_COMMITTEE, SOCIAL_ORGANISATION_CENTRE
}
