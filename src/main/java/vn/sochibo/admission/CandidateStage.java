package vn.sochibo.admission;

/** Where a candidate stands, derived from the recorded steps and votes (never stored). */
public enum CandidateStage {
    /** On the cảm tình Đảng list, no class certificate yet. */
    SOURCE,
    /** Has the class certificate; no application yet. */
    TRAINED,
    /** Preparing the file: application, biography, introducers, verification, comments. */
    DOSSIER,
    /** The chi bộ voted to propose admission; waiting for the upper decision. */
    PROPOSED,
    /** The decision came; waiting for the ceremony. */
    DECIDED,
    /** Probationary member. */
    PROBATION,
    /** The chi bộ voted for full membership; waiting for the decision. */
    FULL_PROPOSED,
    /** Reported up after the failed votes allowed: the upper committee decides. */
    REFERRED_UP,
    /** Official member. */
    OFFICIAL,
    /** Removal from the probationary members proposed. */
    REMOVAL_PROPOSED,
    /** Taken off the list. */
    DROPPED;

    /** Whether the candidate's file is closed (nothing more to do here). */
    public boolean closed() {
        return this == OFFICIAL || this == REMOVAL_PROPOSED || this == DROPPED;
    }

    /** Whether the person is already a member (probation or later). */
    public boolean member() {
        return ordinal() >= PROBATION.ordinal() && this != DROPPED;
    }
}
