package vn.sochibo.election;

import java.util.List;

import vn.sochibo.election.engine.Election;
import vn.sochibo.election.engine.TallyResult;

/**
 * Where an office's voting stands, read in one go for the entry screen.
 *
 * @param rounds       every round so far, in order
 * @param next         what may happen next
 * @param lastResult   the last round's result (as kept once counted, the entries so far while open), or null
 * @param comparison   how far the two entries of the last round have got
 * @param nextSequence the ballot number the chosen entry types next
 * @param closing      what the board is asked to confirm when it closes the last round's count, or null
 */
public record OfficeRounds(List<RoundInfo> rounds, Election.NextStep next, TallyResult lastResult,
        EntryComparison comparison, int nextSequence, CountClosing closing) {

    /** Copies the list. */
    public OfficeRounds {
        rounds = List.copyOf(rounds);
    }

    /**
     * The last round, the one the entry screen works on.
     *
     * @return the round, or null before the first
     */
    public RoundInfo last() {
        return rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
    }
}
