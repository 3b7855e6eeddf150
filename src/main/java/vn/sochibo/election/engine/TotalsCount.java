package vn.sochibo.election.engine;

import vn.sochibo.vote.VoteBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.sochibo.common.Problem;

/**
 * The result of a vote the counting board counted by hand, entered as totals only: the same arithmetic as
 * {@link Tally#result}, from the board's figures instead of ballot by ballot.
 */
public final class TotalsCount {

    private TotalsCount() {
    }

    /**
     * Counts from totals.
     *
     * @param contest        the contest
     * @param ballotsIssued  ballots handed out
     * @param collected      ballots in the box
     * @param valid          valid ballots
     * @param invalid        invalid ballots
     * @param invalidReasons the board's reasons for the invalid ballots, with their counts
     * @param votes          votes per candidate, in the contest's list order
     * @return the result; its problems say which sums do not hold
     * @throws IllegalArgumentException if {@code votes} does not have one figure per candidate
     */
    public static TallyResult count(Contest contest, int ballotsIssued, int collected, int valid, int invalid,
            List<TallyResult.ReasonCount> invalidReasons, List<Integer> votes) {
        if (votes.size() != contest.candidates().size()) {
            throw new IllegalArgumentException("one figure per candidate");
        }
        VoteBase base = contest.base();
        int n = base.n();
        List<CandidateResult> rows = new ArrayList<>();
        for (int i = 0; i < votes.size(); i++) {
            int v = votes.get(i);
            rows.add(new CandidateResult(contest.candidates().get(i), v, CandidateResult.percent(Math.max(v, 0), n),
                    CandidateResult.percent(Math.max(v, 0), valid), base.isMajority(Math.max(v, 0)),
                    CandidateResult.Outcome.NOT_ELECTED));
        }
        rows.sort(Comparator.comparingInt(CandidateResult::votes).reversed()
                .thenComparing(CandidateResult::candidate, CandidateOrder.alphabetical()));
        Map<String, Integer> votesByName = new LinkedHashMap<>();
        rows.forEach(row -> votesByName.put(row.name(), row.votes()));
        SeatAllocation allocation = SeatAllocation.allocate(rows, contest.seats(), contest.alternates());
        List<CandidateResult> withOutcomes = rows.stream().map(row -> new CandidateResult(row.candidate(),
                row.votes(), row.percentOfBase(), row.percentOfValid(), row.passed(), outcome(row, allocation)))
                .toList();
        List<Problem> problems = new ArrayList<>(
                new CountFigures(ballotsIssued, collected, valid, invalid, contest.keepLimit(), votesByName)
                        .problems());
        if (ballotsIssued > base.officialMembers()) {
            problems.add(CountFigures.problem("election.engine.issuedExceedsMembers", ballotsIssued,
                    base.officialMembers()));
        }
        int reasonTotal = invalidReasons.stream().mapToInt(TallyResult.ReasonCount::count).sum();
        if (!invalidReasons.isEmpty() && reasonTotal != invalid) {
            problems.add(CountFigures.validPlusInvalidNotCollected(valid, reasonTotal, collected));
        }
        if (n == 0) {
            problems.add(CountFigures.problem("election.engine.baseIsZero"));
        }
        return new TallyResult(contest, n, base.votesNeeded(), ballotsIssued, collected, valid, invalid,
                invalidReasons, withOutcomes, allocation.elected(), allocation.alternates(), allocation.tied(),
                allocation.tieForAlternates(), allocation.seatsUnfilled(), allocation.alternatesUnfilled(), problems);
    }

    private static CandidateResult.Outcome outcome(CandidateResult row, SeatAllocation allocation) {
        if (allocation.elected().contains(row.candidate())) {
            return CandidateResult.Outcome.ELECTED;
        }
        if (allocation.alternates().contains(row.candidate())) {
            return CandidateResult.Outcome.ALTERNATE;
        }
        if (allocation.tied().contains(row.candidate())) {
            return CandidateResult.Outcome.TIED;
        }
        return CandidateResult.Outcome.NOT_ELECTED;
    }
}
