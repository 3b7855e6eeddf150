package vn.sochibo.dues;

/**
 * What a member's dues are counted from (src/site/rules.md, "Đảng phí"): a percentage of their own salary, benefit or
 * pension, a fixed amount for students, or a percentage of the regional minimum wage for members without either.
 */
public enum DuesKind {
    /** In a job with compulsory social insurance: the salary the insurance is paid on. */
    SALARIED,
    /** On sickness or maternity benefit: the benefit. */
    BENEFIT,
    /** Drawing a pension: the pension. */
    PENSIONER,
    /** A pupil or student: a fixed amount a month. */
    STUDENT,
    /** Without salary or pension: the regional minimum wage of where they are active, below or over retirement age. */
    NO_PENSION;

    /** True when the member's own amount (salary, benefit, pension) is the basis. */
    public boolean hasOwnBase() {
        return this == SALARIED || this == BENEFIT || this == PENSIONER;
    }
}
