package vn.sochibo.meeting;

/** The kinds of branch meeting the clerk records (src/site/rules.md, "The meeting and its minutes"). */
public enum MeetingType {
    REGULAR,
    THEMATIC,
    MID_YEAR_REVIEW,
    YEAR_END_REVIEW,
    RESOLUTION_STUDY,
    COMMITTEE,
    EXTRAORDINARY
}
