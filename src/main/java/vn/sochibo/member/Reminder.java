package vn.sochibo.member;

import java.time.LocalDate;
import java.util.List;

/**
 * Something the clerk must act on, with the date it is due: for one member of the register, or ({@link Kind#OTHER})
 * for a record of another feature, which words it and says what to open ({@link Other}), possibly about a member.
 */
public record Reminder(long memberId, String fullName, Kind kind, LocalDate due, int badgeYears, Other other) {

    public Reminder(long memberId, String fullName, Kind kind, LocalDate due, int badgeYears) {
        this(memberId, fullName, kind, due, badgeYears, null);
    }

    public enum Kind {
        /** Probation ends soon or has ended: the branch must consider recognition within 30 working days. */
        OFFICIAL_DUE,
        /** The member reaches a badge level in the coming presentation round. */
        BADGE_DUE,
        /** A temporary transfer, exemption or suspension period ends soon or has ended. */
        PERIOD_ENDS,
        /**
         * A reminder of another feature (an admission deadline, the dues book's rule of three): its text and record
         * are in {@link Other}; {@code memberId} is 0 unless it concerns a member of the register.
         */
        OTHER
    }

    /**
     * A reminder another feature adds to the list (the register knows no feature): the feature's name, the id of
     * the record to open, the text as a message key with its arguments, and where in the feature's screen the
     * record is to be shown, in the feature's own notation (the dues book: the month, {@code 2026-03}), or null.
     */
    public record Other(String feature, long id, String textKey, List<Object> textArgs, String place) {

        public Other {
            textArgs = List.copyOf(textArgs);
        }

        public Other(String feature, long id, String textKey, List<Object> textArgs) {
            this(feature, id, textKey, textArgs, null);
        }
    }

    /** A reminder of another feature, due on {@code due}. */
    public static Reminder other(Other other, String fullName, LocalDate due) {
        return new Reminder(0, fullName, Kind.OTHER, due, 0, other);
    }

    /**
     * A reminder of another feature about a member of the register (the dues book's rule of three): it keeps the
     * member's id, so the member's details show it too.
     */
    public static Reminder other(Other other, long memberId, String fullName, LocalDate due) {
        return new Reminder(memberId, fullName, Kind.OTHER, due, 0, other);
    }

    /** Whether this reminder concerns the member of the register with this id. */
    public boolean concerns(long id) {
        return memberId != 0 && memberId == id;
    }
}
