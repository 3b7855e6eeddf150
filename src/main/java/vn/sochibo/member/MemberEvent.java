package vn.sochibo.member;

import java.time.LocalDate;

/**
 * One recorded lifecycle event with its date and the document that decided it; {@code place} is where a
 * transferred member went to or came from (null for other events).
 */
public record MemberEvent(long id, long memberId, MemberEventType type, LocalDate date, LocalDate endDate,
                          String documentRef, String note, String place) {

    public MemberEvent(long id, long memberId, MemberEventType type, LocalDate date, LocalDate endDate,
                       String documentRef, String note) {
        this(id, memberId, type, date, endDate, documentRef, note, null);
    }
}
