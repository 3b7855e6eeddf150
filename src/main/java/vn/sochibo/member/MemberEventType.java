package vn.sochibo.member;

/**
 * The dated events of a member's life in the Party that the branch records (src/site/rules.md, "Hồ sơ đảng viên: các
 * trường và trạng thái").
 */
public enum MemberEventType {
    /** Admission ceremony (kết nạp): the member becomes probationary. */
    ADMITTED,
    /** Recognised as official (công nhận đảng viên chính thức), dated the day the 12 months end. */
    OFFICIAL,
    /** Permanent transfer into this branch (chuyển sinh hoạt đến). */
    TRANSFER_IN,
    /** Permanent transfer out (chuyển sinh hoạt đảng chính thức đi). */
    TRANSFER_OUT,
    /** Temporary transfer out (chuyển sinh hoạt tạm thời): stays in the headcount. */
    TEMPORARY_LEAVE,
    TEMPORARY_RETURN,
    /** Exemption from Party work and meetings (miễn công tác và sinh hoạt đảng). */
    EXEMPTED,
    EXEMPTION_ENDED,
    /** Suspension (đình chỉ sinh hoạt đảng). */
    SUSPENDED,
    SUSPENSION_ENDED,
    /** Removal from the rolls (xóa tên). */
    REMOVED,
    /** Expulsion (khai trừ). */
    EXPELLED,
    /** Re-admission after removal or expulsion (kết nạp lại): probationary again. */
    READMITTED,
    /** Death (từ trần). */
    DECEASED,
    /** Party badge presented (trao Huy hiệu Đảng); does not change the status. */
    BADGE_AWARDED;

    /** True when the event needs an end date or may carry one (a period). */
    public boolean hasPeriod() {
        return this == TEMPORARY_LEAVE || this == EXEMPTED || this == SUSPENDED;
    }
}
