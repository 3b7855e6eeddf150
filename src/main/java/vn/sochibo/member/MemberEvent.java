package vn.sochibo.member;

import java.time.LocalDate;

/** One recorded lifecycle event with its date and the document that decided it. */
public record MemberEvent(long id, long memberId, MemberEventType type, LocalDate date, LocalDate endDate,
                          String documentRef, String note) {
}
