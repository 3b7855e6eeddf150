package vn.sochibo.evaluation;

import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.vote.VoteRule;

/**
 * The chi bộ's show of hands on a member's proposed grade: an ordinary resolution, passed with more than half of N
 * (the one rule of {@code vn.sochibo.vote}; see src/site/rules.md, "Biểu quyết và bầu cử: số N và ngưỡng").
 *
 * @param votesFor     tán thành
 * @param votesAgainst không tán thành
 * @param votesOther   ý kiến khác
 */
public record GradeVote(int votesFor, int votesAgainst, int votesOther) {

    /** The rule the vote is decided by. */
    public static final VoteRule RULE = VoteRule.MORE_THAN_HALF;

    public int cast() {
        return votesFor + votesAgainst + votesOther;
    }

    /** Whether the proposal passed with vote base {@code n} (nothing passes when N is 0). */
    public boolean passed(int n) {
        return RULE.passes(votesFor, n);
    }

    /**
     * Errors: negative counts, more hands than those who may vote.
     *
     * @param voters the most who may vote (members who vote and were present, or N when no meeting is linked)
     */
    public List<Problem> problems(int voters) {
        List<Problem> problems = new ArrayList<>();
        if (votesFor < 0 || votesAgainst < 0 || votesOther < 0) {
            problems.add(Problem.error("evaluation.votes", "evaluation.problem.votes.negative"));
        } else if (cast() > voters) {
            problems.add(Problem.error("evaluation.votes", "evaluation.problem.votes.tooMany", cast(), voters));
        }
        return problems;
    }
}
