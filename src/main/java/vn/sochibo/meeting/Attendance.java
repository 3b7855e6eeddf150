package vn.sochibo.meeting;

/** A member's answer at the roll call. */
public enum Attendance {
    PRESENT,
    EXCUSED,
    UNEXCUSED
}
