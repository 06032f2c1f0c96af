package quanze.model;

/** Rank of a legal source; Administrative Licensing Law Art. 14-17 say which ranks may create a licence. */
public enum Rank implements Keyed {
    LAW, ADMINISTRATIVE_REGULATION, STATE_COUNCIL_DECISION, LOCAL_REGULATION, PROVINCIAL_RULE, DEPARTMENTAL_RULE, NORMATIVE_DOCUMENT
}
