package quanze.model;

/** The five bodies of community governance (domain.md §1.5). */
public enum CommunityBody implements Keyed {
    PARTY_COMMITTEE, PUBLIC_SERVICE_CENTRE, MASS_WORK_CENTRE, RESIDENTS_COMMITTEE, SOCIAL_ORGANISATION_CENTRE;

    /** The legal nature a body of this kind has unless the catalog says otherwise. */
    public Nature nature() {
        switch (this) {
            case PARTY_COMMITTEE:
                return Nature.PARTY;
            case RESIDENTS_COMMITTEE:
                return Nature.SELF_GOVERNING;
            default:
                return Nature.SERVICE_CENTRE;
        }
    }
}
