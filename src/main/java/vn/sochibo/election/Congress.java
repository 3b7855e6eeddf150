package vn.sochibo.election;

import java.time.LocalDate;
import java.util.List;

/**
 * A congress as stored.
 *
 * @param id           database id
 * @param term         the term, e.g. "2025–2030"
 * @param heldOn       the date
 * @param place        where it is held
 * @param recordNumber the count record's number
 * @param boardHead    head of the counting board
 * @param boardMembers the other members of the counting board
 */
public record Congress(long id, String term, LocalDate heldOn, String place, int recordNumber, String boardHead,
        List<String> boardMembers) {

    /** Copies the list. */
    public Congress {
        boardMembers = List.copyOf(boardMembers);
    }
}
