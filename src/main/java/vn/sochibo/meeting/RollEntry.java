package vn.sochibo.meeting;

import vn.sochibo.common.Text;
import vn.sochibo.member.MemberStatus;

/**
 * One line of the roll call: a member, their status in the register on the meeting's date, and their
 * attendance ({@code reason} only for an excused absence).
 */
public record RollEntry(long memberId, String fullName, MemberStatus status, Attendance attendance, String reason) {

    public RollEntry {
        reason = attendance == Attendance.EXCUSED ? Text.cleanOrNull(reason) : null;
    }

    /** The same member with another answer. */
    public RollEntry with(Attendance newAttendance, String newReason) {
        return new RollEntry(memberId, fullName, status, newAttendance, newReason);
    }

    /**
     * Official members vote and count in N; exempt members count only when present (294-QĐ/TW §9.3.2; rules.md, "The
     * vote base N").
     */
    public boolean votes() {
        return status == MemberStatus.OFFICIAL || (status == MemberStatus.EXEMPT && attendance == Attendance.PRESENT);
    }

    public boolean present() {
        return attendance == Attendance.PRESENT;
    }
}
