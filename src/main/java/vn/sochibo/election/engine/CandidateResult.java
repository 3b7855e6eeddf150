package vn.sochibo.election.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One candidate's line in the count record.
 *
 * @param candidate      the candidate
 * @param votes          votes from valid ballots
 * @param percentOfBase  votes as a percentage of N, two decimals, half-up (the record's main column: src/site/rules.md,
 *                       "Bầu cử tại đại hội chi bộ", the count and its record)
 * @param percentOfValid votes as a percentage of valid ballots, two decimals, half-up
 * @param passed         whether {@code 2 × votes > N}
 * @param outcome        what the candidate got in this vote
 */
public record CandidateResult(Candidate candidate, int votes, BigDecimal percentOfBase, BigDecimal percentOfValid,
        boolean passed, Outcome outcome) {

    /** What a candidate got in one vote. */
    public enum Outcome {
        /** Elected to an official place. */
        ELECTED,
        /** Elected as an alternate delegate. */
        ALTERNATE,
        /** Passed but tied at the last place: a tie-break round among the tied decides. */
        TIED,
        /** Not elected: below the threshold, or passed but every place went to more votes. */
        NOT_ELECTED
    }

    /**
     * {@code part} as a percentage of {@code whole}, exactly rounded half-up to two decimals.
     *
     * @param part  not negative
     * @param whole not negative
     * @return e.g. 87.88 for 29 of 33; 0.00 when {@code whole} is 0 (no base to measure against)
     */
    public static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /**
     * The candidate's name.
     *
     * @return the normalised full name
     */
    public String name() {
        return candidate.name();
    }
}
