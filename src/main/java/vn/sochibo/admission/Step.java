package vn.sochibo.admission;

/**
 * A dated step in a candidate's file, from the cảm tình Đảng list to full membership (src/site/rules.md, "Kết nạp
 * đảng viên (admission)"). A candidate has each step at most once; votes, introducers and verification requests are
 * kept apart because there can be several.
 */
public enum Step {
    /** Put on the cảm tình Đảng list by a chi bộ resolution (the meeting is linked). */
    LISTED(Phase.ADMISSION, true),
    /** Certificate of the awareness class (lớp bồi dưỡng nhận thức về Đảng); valid for a limited time. */
    CLASS_CERTIFICATE(Phase.ADMISSION, false),
    /** The application (đơn xin vào Đảng). */
    APPLICATION(Phase.ADMISSION, false),
    /** The handwritten biography (lý lịch người xin vào Đảng, Mẫu 2-KNĐ). */
    BIOGRAPHY(Phase.ADMISSION, false),
    /** The Youth Union's or trade union's resolution introducing the candidate (when that route is used). */
    UNION_RESOLUTION(Phase.ADMISSION, false),
    /** The residence chi ủy's comments (nhận xét của chi ủy nơi cư trú). */
    RESIDENCE_COMMENT(Phase.ADMISSION, false),
    /** The opinions of the unions the candidate belongs to (ý kiến nhận xét của đoàn thể). */
    UNION_OPINIONS(Phase.ADMISSION, false),
    /** The chi ủy's written summary of those opinions (Mẫu 5). */
    COMMITTEE_SUMMARY(Phase.ADMISSION, false),
    /** "Nhận xét của chi ủy" written on the biography by the bí thư. */
    COMMITTEE_COMMENT(Phase.ADMISSION, false),
    /** The đảng ủy cơ sở certifies the biography (xác nhận lý lịch đủ điều kiện): then the chi bộ may vote. */
    ELIGIBILITY_CERTIFIED(Phase.ADMISSION, false),
    /** The file sent to the đảng ủy after the chi bộ's resolution. */
    FILE_SENT(Phase.ADMISSION, false),
    /** The admission decision of the upper committee (its number and date: Party years count from it). */
    DECISION(Phase.ADMISSION, false),
    /** The day the chi bộ received the decision: the ceremony is due within working days of it. */
    DECISION_RECEIVED(Phase.ADMISSION, false),
    /** The admission ceremony (lễ kết nạp): the date joined; probation starts. */
    CEREMONY(Phase.PROBATION, true),
    /** The member's own records (lý lịch đảng viên, phiếu đảng viên) completed after the ceremony. */
    MEMBER_RECORDS(Phase.PROBATION, false),
    /** The member's self-review at the end of probation (bản tự kiểm điểm). */
    SELF_REVIEW(Phase.PROBATION, false),
    /** The helping member's assessment (nhận xét của đảng viên được phân công giúp đỡ). */
    HELPER_ASSESSMENT(Phase.PROBATION, false),
    /** The certificate of the class for new members (bồi dưỡng lý luận chính trị cho đảng viên mới). */
    NEW_MEMBER_CLASS(Phase.PROBATION, false),
    /** The chi ủy's summary of opinions on the probationary member (Mẫu 12). */
    PROBATION_SUMMARY(Phase.PROBATION, false),
    /** The written explanation for a full-membership vote held late. */
    LATE_EXPLANATION(Phase.PROBATION, false),
    /** The upper committee's decision on full membership. */
    OFFICIAL_DECISION(Phase.PROBATION, false),
    /** After the failed votes allowed, the case was reported up for the upper committee to decide. */
    REFERRED_UP(Phase.CLOSING, false),
    /** The chi bộ proposed removal from the list of probationary members (xóa tên). */
    REMOVAL_PROPOSED(Phase.CLOSING, true),
    /** Taken off the cảm tình Đảng list by a chi bộ resolution. */
    DROPPED(Phase.CLOSING, true);

    /** Which part of the path a step belongs to. */
    public enum Phase { ADMISSION, PROBATION, CLOSING }

    private final Phase phase;
    private final boolean atMeeting;

    Step(Phase phase, boolean atMeeting) {
        this.phase = phase;
        this.atMeeting = atMeeting;
    }

    public Phase phase() {
        return phase;
    }

    /** Whether the step is decided or held at a chi bộ meeting (the window offers to link one). */
    public boolean atMeeting() {
        return atMeeting;
    }
}
