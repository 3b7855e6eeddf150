package vn.sochibo.election.engine;

import java.util.List;
import java.util.Objects;

/**
 * How one ballot counts.
 *
 * @param valid         whether the ballot is valid
 * @param invalidReason why it is invalid, as printed in the count record; {@code null} when valid
 * @param votesFor      names that receive one vote from it, in list order; empty when invalid
 * @param problems      entry problems the clerk should look at (a name not on the list, a name entered
 *                      twice), without the ballot number
 */
public record BallotRuling(boolean valid, String invalidReason, List<String> votesFor, List<String> problems) {

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

    static BallotRuling validFor(List<String> votesFor, List<String> problems) {
        return new BallotRuling(true, null, votesFor, problems);
    }

    static BallotRuling invalid(String reason, List<String> problems) {
        return new BallotRuling(false, Objects.requireNonNull(reason), List.of(), problems);
    }
}
