package vn.sochibo.election.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a count as the board reports them, checked against each other (the sums of issue 5):
 * issued ≥ collected = valid + invalid; each candidate's votes ≤ valid; names kept on valid ballots
 * (the sum of all votes) ≤ valid × keep limit.
 *
 * <p>The tally builds these from the ballots entered; a count entered as totals only (from the board's
 * paper sheet) is checked the same way.
 *
 * @param ballotsIssued    ballots handed out (phát ra)
 * @param ballotsCollected ballots in the box (thu vào)
 * @param valid            valid ballots (hợp lệ)
 * @param invalid          invalid ballots (không hợp lệ)
 * @param keepLimit        the most names a valid ballot may keep
 * @param votesByName      votes per candidate, in the order they should be reported
 */
public record CountFigures(int ballotsIssued, int ballotsCollected, int valid, int invalid, int keepLimit,
        Map<String, Integer> votesByName) {

    /**
     * Copies the vote map, keeping its order.
     */
    public CountFigures {
        votesByName = Collections.unmodifiableMap(new LinkedHashMap<>(votesByName));
    }

    /**
     * Plain Vietnamese sentences for every sum that does not hold.
     *
     * @return an empty list when the figures are consistent
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (ballotsIssued < 0 || ballotsCollected < 0 || valid < 0 || invalid < 0) {
            problems.add(ElectionMessages.negativeFigures());
        }
        if (ballotsCollected > ballotsIssued) {
            problems.add(ElectionMessages.collectedExceedsIssued(ballotsCollected, ballotsIssued));
        }
        if ((long) valid + invalid != ballotsCollected) {
            problems.add(ElectionMessages.validPlusInvalidNotCollected(valid, invalid, ballotsCollected));
        }
        long totalVotes = 0;
        for (Map.Entry<String, Integer> entry : votesByName.entrySet()) {
            int votes = entry.getValue();
            totalVotes += votes;
            if (votes < 0) {
                problems.add(ElectionMessages.negativeVotes(entry.getKey(), votes));
            } else if (votes > valid) {
                problems.add(ElectionMessages.votesExceedValid(entry.getKey(), votes, valid));
            }
        }
        long maxKept = (long) Math.max(valid, 0) * keepLimit;
        if (totalVotes > maxKept) {
            problems.add(ElectionMessages.keptExceedsLimit(totalVotes, valid, keepLimit, maxKept));
        }
        return problems;
    }
}
