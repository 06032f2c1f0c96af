package quanze.model;

/**
 * Who approved a transfer that only a higher government may approve: the State Council or the government of a
 * province (行政处罚法 (2021) Art. 18 for concentrated enforcement, Art. 24 for penalty powers given to
 * townships and streets).
 */
public enum Approver implements Keyed {
    STATE_COUNCIL, PROVINCE
}
