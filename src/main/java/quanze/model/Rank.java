package quanze.model;

/**
 * Rank of a legal source; Administrative Licensing Law Art. 14-17 say which ranks may create a licence.
 * {@code PARTY_REGULATION} (黨內法規) is not a state legal source: listed for bodies such as the community Party
 * committee, it can never create a licence.
 */
public enum Rank implements Keyed {
    LAW, ADMINISTRATIVE_REGULATION, STATE_COUNCIL_DECISION, LOCAL_REGULATION, PROVINCIAL_RULE, DEPARTMENTAL_RULE, NORMATIVE_DOCUMENT,
    PARTY_REGULATION
}
