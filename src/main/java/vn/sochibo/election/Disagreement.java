package vn.sochibo.election;

/**
 * A ballot on which the two entries differ, or which only one person entered.
 *
 * @param sequence the ballot's sequence number
 * @param entry1   what entry 1 typed, as shown to the clerk; {@code null} if entry 1 has not entered it
 * @param entry2   what entry 2 typed; {@code null} if missing
 */
public record Disagreement(int sequence, String entry1, String entry2) {
}
