package vn.sochibo.member;

import java.time.LocalDate;

/** Something the clerk must act on for one member, with the date it is due. */
public record Reminder(long memberId, String fullName, Kind kind, LocalDate due, int badgeYears) {

    public enum Kind {
        /** Probation ends soon or has ended: the branch must consider recognition within 30 working days. */
        OFFICIAL_DUE,
        /** The member reaches a badge level in the coming presentation round. */
        BADGE_DUE,
        /** A temporary transfer, exemption or suspension period ends soon or has ended. */
        PERIOD_ENDS
    }
}
