package vn.sochibo.election;

import vn.sochibo.election.engine.Candidate;
import vn.sochibo.election.engine.Round;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One round of voting as stored.
 *
 * @param id            database id
 * @param officeId      the office
 * @param number        1, 2, 3…
 * @param kind          first, tie-break or further round
 * @param ballotsIssued ballots handed out
 * @param totalsOnly    whether the board counted by hand and only totals are entered
 * @param counted       whether the result has been counted and kept
 * @param decision      what the congress decided after it, or {@code null}
 * @param endedAt       when the count ended, or {@code null}
 * @param candidates    the list on this round's ballot, in ballot order (position 1 first)
 * @param collected     ballots the board found in the box, as it confirmed at the count, or {@code null}
 * @param shortfallNote why fewer ballots came back than were issued, as the board recorded it ("" if none)
 * @param recordNumber  the count record's number, as the board confirmed it at the count, or {@code null}
 */
public record RoundInfo(long id, long officeId, int number, Round.Kind kind, int ballotsIssued, boolean totalsOnly,
        boolean counted, Round.Decision decision, LocalDateTime endedAt, List<Candidate> candidates,
        Integer collected, String shortfallNote, Integer recordNumber) {

    /** Copies the list. */
    public RoundInfo {
        candidates = List.copyOf(candidates);
        shortfallNote = shortfallNote == null ? "" : shortfallNote;
    }
}
