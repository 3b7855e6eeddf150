package vn.sochibo.election;

import java.time.LocalDate;
import java.util.List;

import vn.sochibo.common.Text;

/**
 * What the clerk types to set up a congress.
 *
 * @param term         the term elected for, e.g. "2025–2030"
 * @param heldOn       the congress date; the register is read as it stands on this day
 * @param place        where it is held
 * @param recordNumber the number of the count record ("Số 01-BB/ĐH")
 * @param boardHead    head of the counting board (trưởng ban kiểm phiếu)
 * @param boardMembers the other members of the counting board
 */
public record CongressDraft(String term, LocalDate heldOn, String place, int recordNumber, String boardHead,
        List<String> boardMembers) {

    /** Normalises the text to NFC and drops blank board members. */
    public CongressDraft {
        term = term == null ? null : Text.clean(term).replaceAll("\\s*[-–—]\\s*", "–");
        place = Text.clean(place);
        boardHead = Text.personName(boardHead);
        boardMembers = boardMembers == null ? List.of()
                : boardMembers.stream().map(Text::personName).filter(n -> n != null && !n.isEmpty()).toList();
    }
}
