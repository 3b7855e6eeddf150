package vn.sochibo.dues;

/** Why a member owes nothing for a month, if they are exempt. */
public enum Exemption {
    NONE,
    /** At least the rule's number of Party years (50). */
    PARTY_YEARS,
    /** By a decision (hardship, social pension). */
    DECISION
}
