package vn.sochibo.election.engine;

import java.util.List;
import java.util.Objects;

import vn.sochibo.common.Problem;

/**
 * How one ballot counts.
 *
 * @param valid         whether the ballot is valid
 * @param invalidReason why it is invalid, as the count record prints it (a message key with its arguments; the
 *                      board's own words are {@link #boardReason}); {@code null} when valid
 * @param votesFor      names that receive one vote from it, in list order; empty when invalid
 * @param problems      entry problems the clerk should look at (a name not on the list, a name entered
 *                      twice), without the ballot number
 */
public record BallotRuling(boolean valid, Problem invalidReason, List<String> votesFor, List<Problem> problems) {

    /** Message key of a reason the counting board wrote in its own words: the text is its only argument. */
    public static final String BOARD_REASON = "election.engine.reasonBoard";

    /**
     * Checks consistency.
     *
     * @throws IllegalArgumentException if a valid ruling has a reason or an invalid one has votes or no reason
     */
    public BallotRuling {
        votesFor = List.copyOf(votesFor);
        problems = List.copyOf(problems);
        if (valid == (invalidReason != null) || (!valid && !votesFor.isEmpty())) {
            throw new IllegalArgumentException("inconsistent ruling");
        }
    }

    /**
     * A reason for an invalid ballot in the counting board's own words.
     *
     * @param text what the board wrote, not blank
     * @return the reason, printed as the board wrote it in every language
     */
    public static Problem boardReason(String text) {
        return reason(BOARD_REASON, text);
    }

    /**
     * A reason for an invalid ballot that the rules decide.
     *
     * @param key  an {@code election.engine.reason*} message key
     * @param args its arguments
     * @return the reason
     */
    static Problem reason(String key, Object... args) {
        return Problem.error(null, key, args);
    }

    static BallotRuling validFor(List<String> votesFor, List<Problem> problems) {
        return new BallotRuling(true, null, votesFor, problems);
    }

    static BallotRuling invalid(Problem reason, List<Problem> problems) {
        return new BallotRuling(false, Objects.requireNonNull(reason), List.of(), problems);
    }
}
