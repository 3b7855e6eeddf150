package vn.sochibo.vote;

/**
 * The two vote thresholds of the Party rules, in exact integer arithmetic (never floating point), measured against
 * the vote base N ({@link VoteBase#n()}): never against the valid ballots nor the members present.
 * See src/site/rules.md, "Biểu quyết và bầu cử: số N và ngưỡng" (the one rule meetings, elections and admissions use).
 *
 * <ul>
 *   <li>{@link #MORE_THAN_HALF}: {@code 2 × votes > N}; exactly half fails.</li>
 *   <li>{@link #TWO_THIRDS}: {@code 3 × votes ≥ 2 × N} (admission, full membership, removal, expulsion).</li>
 * </ul>
 * With N = 0 nobody may vote, so nothing passes under either rule.
 */
public enum VoteRule {
    MORE_THAN_HALF,
    TWO_THIRDS;

    /**
     * The smallest number of votes in favour that passes with vote base {@code base}: {@code ⌊N/2⌋ + 1} or
     * {@code ⌈2N/3⌉}, and never less than one.
     *
     * @param base N, not negative
     * @throws IllegalArgumentException if {@code base} is negative
     */
    public int votesNeeded(int base) {
        requireNonNegative(0, base);
        int needed = switch (this) {
            case MORE_THAN_HALF -> base / 2 + 1;
            case TWO_THIRDS -> (int) ((2L * base + 2) / 3);
        };
        return Math.max(1, needed);
    }

    /**
     * Whether {@code votes} in favour pass with vote base {@code base}.
     *
     * @param votes votes or hands in favour, not negative
     * @param base  N, not negative
     * @return {@code false} whenever N is 0
     * @throws IllegalArgumentException if an argument is negative
     */
    public boolean passes(int votes, int base) {
        requireNonNegative(votes, base);
        if (base == 0) {
            return false;
        }
        return switch (this) {
            case MORE_THAN_HALF -> 2L * votes > base;
            case TWO_THIRDS -> 3L * votes >= 2L * base;
        };
    }

    private static void requireNonNegative(int votes, int base) {
        if (votes < 0 || base < 0) {
            throw new IllegalArgumentException("votes and base must not be negative: " + votes + ", " + base);
        }
    }
}
