package vn.sochibo.election;

/**
 * The vote thresholds of decisions 1 and 6 in exact integer arithmetic (never floating point).
 *
 * <p>{@code base} is always N as defined in DOMAIN.md §1.7 (see {@link VoteBase#n()}), never the number
 * of valid ballots nor the number present.
 */
public final class Threshold {

    private Threshold() {
    }

    /**
     * Whether {@code votes} is more than half of {@code base}: {@code 2 × votes > base}.
     *
     * @param votes votes or hands in favour, not negative
     * @param base  N, not negative
     * @return {@code true} when the candidate or motion passes; exactly half fails
     * @throws IllegalArgumentException if an argument is negative
     */
    public static boolean isMajority(int votes, int base) {
        requireNonNegative(votes, base);
        return 2L * votes > base;
    }

    /**
     * The smallest whole number {@code v} with {@code 2v > base}, i.e. {@code ⌊base/2⌋ + 1}.
     *
     * @param base N, not negative
     * @return votes needed to be elected; 1 when N is 0
     * @throws IllegalArgumentException if {@code base} is negative
     */
    public static int votesNeeded(int base) {
        requireNonNegative(0, base);
        return base / 2 + 1;
    }

    /**
     * Whether {@code votes} reaches two thirds of {@code base}: {@code 3 × votes ≥ 2 × base} (decision 6:
     * admission, full membership, removal, expulsion).
     *
     * @param votes votes in favour, not negative
     * @param base  N, not negative
     * @return {@code true} when at least two thirds are in favour
     * @throws IllegalArgumentException if an argument is negative
     */
    public static boolean isTwoThirds(int votes, int base) {
        requireNonNegative(votes, base);
        return 3L * votes >= 2L * base;
    }

    /**
     * The smallest whole number {@code v} with {@code 3v ≥ 2 × base}, i.e. {@code ⌈2N/3⌉}.
     *
     * @param base N, not negative
     * @return votes needed for a two-thirds decision
     * @throws IllegalArgumentException if {@code base} is negative
     */
    public static int votesNeededTwoThirds(int base) {
        requireNonNegative(0, base);
        return (int) ((2L * base + 2) / 3);
    }

    private static void requireNonNegative(int votes, int base) {
        if (votes < 0 || base < 0) {
            throw new IllegalArgumentException("votes and base must not be negative: " + votes + ", " + base);
        }
    }
}
