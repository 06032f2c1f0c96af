package quanze.model;

/**
 * Rank of a legal source; Administrative Licensing Law Art. 14-17 say which ranks may create a licence.
 * {@code PROVINCIAL_RULE} is a rule of a provincial-level people's government (省级政府规章); {@code MUNICIPAL_RULE}
 * one of a city with districts (设区的市政府规章, Legislation Law Art. 93 (2023)), which cannot create a licence.
 * {@code PARTY_REGULATION} (黨內法規) is not a state legal source: listed for bodies such as the community Party
 * committee, it can never create a licence.
 */
public enum Rank implements Keyed {
    LAW, ADMINISTRATIVE_REGULATION, STATE_COUNCIL_DECISION, LOCAL_REGULATION, PROVINCIAL_RULE, MUNICIPAL_RULE, DEPARTMENTAL_RULE, NORMATIVE_DOCUMENT,
    PARTY_REGULATION;

    /** Below a rule (规章): a normative document, or no state legal source at all (a Party regulation). */
    public boolean belowRule() {
        return this == NORMATIVE_DOCUMENT || this == PARTY_REGULATION;
    }

    /** A law or a regulation (法律、法规: administrative or local), what an authorisation must rest on. */
    public boolean lawOrRegulation() {
        return this == LAW || this == ADMINISTRATIVE_REGULATION || this == LOCAL_REGULATION;
    }
}
