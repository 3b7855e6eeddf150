package vn.sochibo.election.engine;

import java.util.List;
import java.util.Optional;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;

/**
 * The result of one vote, with everything the count record prints.
 *
 * @param contest            the vote that was counted
 * @param base               N (src/site/rules.md, "Biểu quyết và bầu cử: số N và ngưỡng")
 * @param votesNeeded        smallest vote count with {@code 2 × votes > N}
 * @param ballotsIssued      ballots handed out
 * @param ballotsCollected   ballots entered (collected from the box)
 * @param valid              valid ballots
 * @param invalid            invalid ballots
 * @param invalidReasons     invalid ballots grouped by reason, in order of first appearance
 * @param candidates         every candidate in vote order: votes descending, then ABC order
 * @param elected            elected to official places, in vote order
 * @param alternates         alternates in replacement order (delegates only)
 * @param tied               candidates tied at the cut-off, ABC order; empty if none
 * @param tieForAlternates   whether {@code tied} is a tie for alternate places
 * @param seatsUnfilled      official places left open (by a tie or for lack of votes)
 * @param alternatesUnfilled alternate places left open
 * @param problems           sums that do not hold and entry mistakes, as message keys with their arguments;
 *                           empty when the count is consistent
 */
public record TallyResult(Contest contest, int base, int votesNeeded, int ballotsIssued, int ballotsCollected,
        int valid, int invalid, List<ReasonCount> invalidReasons, List<CandidateResult> candidates,
        List<Candidate> elected, List<Candidate> alternates, List<Candidate> tied, boolean tieForAlternates,
        int seatsUnfilled, int alternatesUnfilled, List<Problem> problems) {

    /**
     * How many invalid ballots had one reason.
     *
     * @param reason the reason: a message key with its arguments ({@link BallotRuling#boardReason} for the board's
     *               own words)
     * @param count  how many ballots, at least 1
     */
    public record ReasonCount(Problem reason, int count) {
    }

    /**
     * Makes the lists unmodifiable.
     */
    public TallyResult {
        invalidReasons = List.copyOf(invalidReasons);
        candidates = List.copyOf(candidates);
        elected = List.copyOf(elected);
        alternates = List.copyOf(alternates);
        tied = List.copyOf(tied);
        problems = List.copyOf(problems);
    }

    /**
     * One candidate's line.
     *
     * @param name the full name, cleaned or not
     * @return the line, or empty if the name is not on the list
     */
    public Optional<CandidateResult> candidate(String name) {
        String normalised = Text.clean(name);
        return candidates.stream().filter(result -> result.name().equals(normalised)).findFirst();
    }

    /**
     * Names elected to official places, in vote order.
     *
     * @return the names
     */
    public List<String> electedNames() {
        return elected.stream().map(Candidate::name).toList();
    }

    /**
     * Names of the alternates, in replacement order.
     *
     * @return the names
     */
    public List<String> alternateNames() {
        return alternates.stream().map(Candidate::name).toList();
    }

    /**
     * Names tied at the cut-off, ABC order.
     *
     * @return the names; empty if there is no tie
     */
    public List<String> tiedNames() {
        return tied.stream().map(Candidate::name).toList();
    }

    /**
     * Whether every official and alternate place was filled.
     *
     * @return {@code true} when nothing is left open
     */
    public boolean isComplete() {
        return seatsUnfilled == 0 && alternatesUnfilled == 0;
    }
}
