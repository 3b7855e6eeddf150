package vn.sochibo.election.engine;

/**
 * What a voter marked beside one name on a list without surplus (the four-column ballot: src/site/rules.md, "Bầu cử tại đại hội chi bộ",
 * ballots).
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
