package vn.sochibo.meeting;

import vn.sochibo.vote.VoteRule;

/**
 * What a resolution decides. Admission, full membership, removal and expulsion need two thirds of N; everything
 * else more than half. The arithmetic is the one vote rule of {@link VoteRule}; see src/site/rules.md, "Biểu quyết
 * và bầu cử: số N và ngưỡng".
 */
public enum ResolutionKind {
    ORDINARY(VoteRule.MORE_THAN_HALF),
    ADMISSION(VoteRule.TWO_THIRDS),
    OFFICIAL_RECOGNITION(VoteRule.TWO_THIRDS),
    REMOVAL(VoteRule.TWO_THIRDS),
    EXPULSION(VoteRule.TWO_THIRDS);

    private final VoteRule rule;

    ResolutionKind(VoteRule rule) {
        this.rule = rule;
    }

    /** The vote rule this kind of resolution is decided by. */
    public VoteRule rule() {
        return rule;
    }

    /** True when the resolution needs two thirds of N instead of more than half. */
    public boolean needsTwoThirds() {
        return rule == VoteRule.TWO_THIRDS;
    }

    /** The smallest number of votes in favour that passes with vote base {@code n}. */
    public int votesNeeded(int n) {
        return rule.votesNeeded(n);
    }

    /** Whether {@code votesFor} passes with vote base {@code n}; nothing passes when N is 0. */
    public boolean passes(int votesFor, int n) {
        return rule.passes(votesFor, n);
    }
}
