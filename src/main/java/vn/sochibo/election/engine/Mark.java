package vn.sochibo.election.engine;

/**
 * What a voter marked beside one name on a list without surplus (the 4-column ballot, §1.5).
 */
public enum Mark {
    /** X in "đồng ý" only. */
    AGREE,
    /** X in "không đồng ý" only. */
    DISAGREE,
    /** X in both boxes. */
    BOTH,
    /** No X in either box. */
    NONE
}
