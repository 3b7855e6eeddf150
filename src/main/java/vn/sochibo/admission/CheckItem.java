package vn.sochibo.admission;

/** The lines of a candidate's checklist, in the order of the path (src/site/rules.md, "Kết nạp đảng viên"). */
public enum CheckItem {
    LISTED,
    HELPER,
    CLASS_CERTIFICATE,
    APPLICATION,
    BIOGRAPHY,
    INTRODUCERS,
    UNION_RESOLUTION,
    VERIFICATION,
    UNION_OPINIONS,
    RESIDENCE_COMMENT,
    COMMITTEE_SUMMARY,
    COMMITTEE_COMMENT,
    ELIGIBILITY_CERTIFIED,
    AGE,
    ADMISSION_VOTE,
    FILE_SENT,
    DECISION,
    DECISION_RECEIVED,
    CEREMONY,
    MEMBER_RECORDS,
    SELF_REVIEW,
    HELPER_ASSESSMENT,
    NEW_MEMBER_CLASS,
    PROBATION_SUMMARY,
    FULL_VOTE,
    LATE_EXPLANATION,
    OFFICIAL_DECISION;

    /** The state of one line. */
    public enum State {
        /** Done. */
        DONE,
        /** Went past with a reason the clerk recorded. */
        ACCEPTED,
        /** To do; not late (a due date when there is one). */
        OPEN,
        /** Not possible yet (e.g. the vote on full membership before probation ends). */
        WAITING,
        /** Past its due date and not done. */
        LATE,
        /** A rule the program cannot be sure of stands in the way: accept it with a reason to go on. */
        FLAGGED,
        /** A rule stands in the way. */
        PROBLEM;

        /** Whether the line needs nothing more. */
        public boolean settled() {
            return this == DONE || this == ACCEPTED;
        }
    }
}
