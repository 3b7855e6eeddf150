package vn.sochibo.election;

/**
 * Whether a member on the congress roll attends: the attendance report's three answers (who is in N:
 * src/site/rules.md, "Biểu quyết và bầu cử: số N và ngưỡng").
 */
public enum Attendance {
    /** Attends the congress. */
    PRESENT,
    /** Absent for the whole congress without a reason the convening committee accepted: stays in N. */
    ABSENT,
    /** Absent for the whole congress with a reason the convening committee accepted: out of N. */
    ABSENT_EXCUSED
}
