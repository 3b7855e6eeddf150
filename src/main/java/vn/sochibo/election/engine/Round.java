package vn.sochibo.election.engine;

import java.util.Objects;

/**
 * One round of voting for an office, kept for the count record (src/site/rules.md, "Bầu cử tại đại hội chi bộ": ties and places left open).
 *
 * @param number   1 for the first round, then 2, 3…
 * @param kind     first round, tie-break among the tied, or a further round for places left open
 * @param result   the counted result
 * @param decision what the congress decided after this round, or {@code null} while undecided or when
 *                 nothing had to be decided
 */
public record Round(int number, Kind kind, TallyResult result, Decision decision) {

    /** Why a round was held. */
    public enum Kind {
        /** The first vote for the office. */
        FIRST,
        /** Among the candidates tied at the last place only, for the places the tie left open. */
        TIE_BREAK,
        /** For places left open after the congress chose to vote again; the list may change. */
        FURTHER
    }

    /** What the congress decided about places left open. */
    public enum Decision {
        /** Hold another round. */
        VOTE_AGAIN,
        /** Stop here and leave the places open. */
        STOP
    }

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException if {@code number} is below 1
     * @throws NullPointerException     if {@code kind} or {@code result} is null
     */
    public Round {
        if (number < 1) {
            throw new IllegalArgumentException("round number must be at least 1: " + number);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(result, "result");
    }

    Round withDecision(Decision newDecision) {
        return new Round(number, kind, result, newDecision);
    }
}
