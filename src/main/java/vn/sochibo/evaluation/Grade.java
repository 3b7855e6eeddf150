package vn.sochibo.evaluation;

/**
 * The four quality grades of a member and of a Party organisation, best first. See src/site/rules.md, "Đánh giá,
 * xếp loại (annual evaluation)".
 */
public enum Grade {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    HTXS,
    /** Hoàn thành tốt nhiệm vụ. */
    HTT,
    /** Hoàn thành nhiệm vụ. */
    HT,
    /** Không hoàn thành nhiệm vụ. */
    KHT;

    /** True when this grade is {@code other} or better. */
    public boolean atLeast(Grade other) {
        return ordinal() <= other.ordinal();
    }

    /** The grade stored under {@code code}, or null for null or blank. */
    public static Grade fromCode(String code) {
        return code == null || code.isBlank() ? null : valueOf(code);
    }
}
