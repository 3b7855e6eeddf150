package vn.sochibo.meeting;

/** Where an assignment stands: still open, done, or carried over into a later meeting. */
public enum AssignmentStatus {
    OPEN,
    DONE,
    CARRIED_OVER
}
