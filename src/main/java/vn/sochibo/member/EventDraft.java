package vn.sochibo.member;

import java.time.LocalDate;

import vn.sochibo.common.Text;

/**
 * A lifecycle event the clerk is about to record; {@code place}: where a transferred member goes to or comes
 * from. Text is normalised to NFC on construction.
 */
public record EventDraft(MemberEventType type, LocalDate date, LocalDate endDate, String documentRef, String note, String place) {
    public EventDraft {
        documentRef = Text.cleanOrNull(documentRef);
        note = Text.cleanOrNull(note);
        place = Text.cleanOrNull(place);
    }

    public EventDraft(MemberEventType type, LocalDate date, LocalDate endDate, String documentRef, String note) {
        this(type, date, endDate, documentRef, note, null);
    }
}
