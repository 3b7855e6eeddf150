package vn.sochibo.election.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Who takes the places of one vote (src/site/rules.md, "Bầu cử tại đại hội chi bộ": who is elected).
 *
 * <p>Candidates who passed are taken in vote order, one group of equal votes at a time. A group that fits
 * the places left is elected whole; a group larger than the places left is a tie: nobody in it is elected
 * and the places stay open for a tie-break round among the group. Alternates are filled the same way
 * after every official place is filled; while an official place is tied, alternates wait, because the
 * tie-break's loser may outrank everyone below the tie. Alternates with equal votes are ordered by Party
 * years, then ABC order.
 *
 * @param elected            official places, in vote order
 * @param alternates         alternates, in replacement order
 * @param tied               candidates tied at the cut-off, ABC order; empty if none
 * @param tieForAlternates   whether the tie is for alternate places rather than official ones
 * @param seatsUnfilled      official places left open
 * @param alternatesUnfilled alternate places left open
 */
record SeatAllocation(List<Candidate> elected, List<Candidate> alternates, List<Candidate> tied,
        boolean tieForAlternates, int seatsUnfilled, int alternatesUnfilled) {

    static SeatAllocation allocate(List<CandidateResult> inVoteOrder, int seats, int alternateSeats) {
        List<CandidateResult> passed = inVoteOrder.stream().filter(CandidateResult::passed).toList();
        List<Candidate> elected = new ArrayList<>();
        List<Candidate> tied = new ArrayList<>();
        int next = fill(passed, 0, seats, elected, tied);
        int seatsUnfilled = seats - elected.size();
        List<Candidate> alternates = new ArrayList<>();
        boolean tieForAlternates = false;
        if (alternateSeats > 0 && tied.isEmpty()) {
            fill(passed, next, alternateSeats, alternates, tied);
            tieForAlternates = !tied.isEmpty();
            alternates.sort(CandidateOrder.alternates(candidate -> votesOf(inVoteOrder, candidate)));
        }
        return new SeatAllocation(List.copyOf(elected), List.copyOf(alternates), List.copyOf(tied),
                tieForAlternates, seatsUnfilled, alternateSeats - alternates.size());
    }

    /** Fills up to {@code places} from {@code from}; returns the index of the first candidate not taken. */
    private static int fill(List<CandidateResult> passed, int from, int places, List<Candidate> taken,
            List<Candidate> tied) {
        int index = from;
        int left = places;
        while (index < passed.size() && left > 0) {
            int end = index;
            while (end < passed.size() && passed.get(end).votes() == passed.get(index).votes()) {
                end++;
            }
            List<CandidateResult> group = passed.subList(index, end);
            if (group.size() > left) {
                group.forEach(result -> tied.add(result.candidate()));
                tied.sort(CandidateOrder.alphabetical());
                return index;
            }
            group.forEach(result -> taken.add(result.candidate()));
            left -= group.size();
            index = end;
        }
        return index;
    }

    private static int votesOf(List<CandidateResult> results, Candidate candidate) {
        for (CandidateResult result : results) {
            if (result.candidate().equals(candidate)) {
                return result.votes();
            }
        }
        throw new IllegalArgumentException(candidate.name());
    }
}
