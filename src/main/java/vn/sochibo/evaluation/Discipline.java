package vn.sochibo.evaluation;

/** The discipline a member received in the evaluated year (expulsion ends membership, so it is not here). */
public enum Discipline {
    NONE,
    /** Khiển trách. */
    REPRIMAND,
    /** Cảnh cáo. */
    WARNING,
    /** Cách chức. */
    DISMISSAL
}
