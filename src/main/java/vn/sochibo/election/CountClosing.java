package vn.sochibo.election;

import java.time.LocalTime;

/**
 * What the counting board confirms when it closes a round's count (src/site/rules.md, "Sinh hoạt chi bộ và đại
 * hội"): the ballots found in the box, why fewer came back than were handed out, the count record's number
 * (unique within the congress) and the time the count ended. Kept with the round; documents print these, never
 * the clock of the moment they are exported.
 *
 * @param collected     ballots the board found in the box
 * @param shortfallNote why fewer ballots came back than were issued; required then, may be empty otherwise
 * @param recordNumber  the count record's number ("Số 02-BB/ĐH" → 2), from 1
 * @param endedAt       when the count ended, as the board states it
 */
public record CountClosing(int collected, String shortfallNote, int recordNumber, LocalTime endedAt) {

    /** Cleans the note. */
    public CountClosing {
        shortfallNote = shortfallNote == null ? "" : vn.sochibo.common.Text.clean(shortfallNote);
        endedAt = endedAt == null ? null : endedAt.withSecond(0).withNano(0);
    }
}
