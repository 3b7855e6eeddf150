package vn.sochibo.election;

import java.time.LocalDateTime;

/**
 * One ballot as one person entered it (every ballot is entered twice, blind: src/site/rules.md, "Sinh hoạt chi bộ
 * và đại hội").
 *
 * @param entryNo   1 or 2
 * @param sequence  the ballot's sequence number
 * @param kind      CROSSING, MARKS or INVALID
 * @param payload   the typed form
 * @param enteredAt when it was entered
 */
public record BallotEntry(int entryNo, int sequence, String kind, String payload, LocalDateTime enteredAt) {
}
