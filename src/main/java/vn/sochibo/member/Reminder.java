package vn.sochibo.member;

import java.time.LocalDate;

/**
 * Something the clerk must act on for one member, with the date it is due; a {@link Kind#NOTE} of another feature
 * carries its message in {@code note} (e.g. "Đảng phí: … không đóng 3 tháng").
 */
public record Reminder(long memberId, String fullName, Kind kind, LocalDate due, int badgeYears,
                       vn.sochibo.common.Problem note) {

    public Reminder(long memberId, String fullName, Kind kind, LocalDate due, int badgeYears) {
        this(memberId, fullName, kind, due, badgeYears, null);
    }

    /** A reminder another feature raises ({@link MemberNotes}), with its message. */
    public static Reminder note(long memberId, String fullName, LocalDate due, vn.sochibo.common.Problem note) {
        return new Reminder(memberId, fullName, Kind.NOTE, due, 0, note);
    }

    public enum Kind {
        /** Probation ends soon or has ended: the branch must consider recognition within 30 working days. */
        OFFICIAL_DUE,
        /** The member reaches a badge level in the coming presentation round. */
        BADGE_DUE,
        /** A temporary transfer, exemption or suspension period ends soon or has ended. */
        PERIOD_ENDS,
        /** Raised by another feature (see {@link MemberNotes}); the message is in {@code note}. */
        NOTE
    }
}
