package vn.sochibo.admission;

import vn.sochibo.vote.VoteRule;

/**
 * What a chi bộ vote on a candidate decides. Both need two thirds of N: the one rule of {@link VoteRule#TWO_THIRDS}
 * (src/site/rules.md, "Biểu quyết và bầu cử: số N và ngưỡng").
 */
public enum VotePurpose {
    /** Proposing admission (Mẫu 6). */
    ADMISSION,
    /** Proposing full membership at the end of probation (Mẫu 13). */
    FULL_MEMBERSHIP;

    /** The vote rule: two thirds of N for both. */
    public VoteRule rule() {
        return VoteRule.TWO_THIRDS;
    }
}
