package vn.sochibo.member;

import java.time.LocalDate;

import vn.sochibo.common.Text;

/** A lifecycle event the clerk is about to record. Text is normalised to NFC on construction. */
public record EventDraft(MemberEventType type, LocalDate date, LocalDate endDate, String documentRef, String note) {
    public EventDraft {
        documentRef = Text.cleanOrNull(documentRef);
        note = Text.cleanOrNull(note);
    }
}
