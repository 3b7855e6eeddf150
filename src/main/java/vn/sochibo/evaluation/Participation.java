package vn.sochibo.evaluation;

/**
 * Whether a member on the chi bộ's roll is evaluated this year, and why not. Exempt and suspended members are not
 * evaluated; a member on temporary activity elsewhere is evaluated at home, with the host chi bộ's comments; the
 * clerk may leave out anyone else with a recorded reason. See src/site/rules.md, "Đánh giá, xếp loại".
 */
public enum Participation {
    EVALUATED,
    /** On temporary activity in another chi bộ: evaluated here, with that chi bộ's comments. */
    AWAY,
    /** Exempt from Party work and activity (miễn công tác và sinh hoạt đảng): not evaluated. */
    EXEMPT,
    /** Suspended from Party activity (đình chỉ sinh hoạt đảng): not evaluated. */
    SUSPENDED,
    /** Left out by the clerk, with a reason. */
    EXCLUDED;

    /** True when the member gets a grade this year. */
    public boolean evaluated() {
        return this == EVALUATED || this == AWAY;
    }
}
