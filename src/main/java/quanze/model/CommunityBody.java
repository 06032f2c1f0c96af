package quanze.model;

/** The five bodies of community governance (domain.md §1.5). */
public enum CommunityBody implements Keyed {
    PARTY_COMMITTEE, PUBLIC_SERVICE_CENTRE, MASS_WORK_CENTRE, RESIDENTS_COMMITTEE, SOCIAL_ORGANISATION_CENTRE;

    /** Its name in the seed's words (traditional script), for messages. */
    public String zh() {
        return switch (this) {
            case PARTY_COMMITTEE -> "社區黨委";
            case PUBLIC_SERVICE_CENTRE -> "社區公共服務中心";
            case MASS_WORK_CENTRE -> "社區群眾工作中心";
            case RESIDENTS_COMMITTEE -> "社區居民委員會";
            case SOCIAL_ORGANISATION_CENTRE -> "社會組織發展中心";
        };
    }

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
