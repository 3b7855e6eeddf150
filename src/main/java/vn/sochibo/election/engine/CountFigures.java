package vn.sochibo.election.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.sochibo.common.Problem;

/**
 * The figures of a count as the board reports them, checked against each other (src/site/rules.md, "Bầu cử tại
 * đại hội chi bộ": the sums of a count):
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
     * Every sum that does not hold, as message keys with their arguments.
     *
     * @return an empty list when the figures are consistent
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (ballotsIssued < 0 || ballotsCollected < 0 || valid < 0 || invalid < 0) {
            problems.add(problem("election.engine.negativeFigures"));
        }
        if (ballotsCollected > ballotsIssued) {
            problems.add(problem("election.engine.collectedExceedsIssued", ballotsCollected, ballotsIssued));
        }
        if ((long) valid + invalid != ballotsCollected) {
            problems.add(validPlusInvalidNotCollected(valid, invalid, ballotsCollected));
        }
        long totalVotes = 0;
        for (Map.Entry<String, Integer> entry : votesByName.entrySet()) {
            int votes = entry.getValue();
            totalVotes += votes;
            if (votes < 0) {
                problems.add(problem("election.engine.negativeVotes", entry.getKey(), votes));
            } else if (votes > valid) {
                problems.add(problem("election.engine.votesExceedValid", entry.getKey(), votes, valid));
            }
        }
        long maxKept = (long) Math.max(valid, 0) * keepLimit;
        if (totalVotes > maxKept) {
            problems.add(problem("election.engine.keptExceedsLimit", totalVotes, valid, keepLimit, maxKept));
        }
        return problems;
    }

    /** A count problem: a message key with its arguments, shown as a warning (the count may still be kept). */
    static Problem problem(String key, Object... args) {
        return Problem.warning("count", key, args);
    }

    /** The sum valid + invalid = collected does not hold. */
    static Problem validPlusInvalidNotCollected(int valid, int invalid, int collected) {
        return problem("election.engine.validPlusInvalidNotCollected", valid, invalid, (long) valid + invalid,
                collected);
    }
}
