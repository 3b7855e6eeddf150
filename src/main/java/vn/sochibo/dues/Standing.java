package vn.sochibo.dues;

/** Where one member stands for one month of the book. */
public enum Standing {
    /** Not in this branch's book that month (before joining, away on temporary activity, transferred, died). */
    NOT_HERE,
    /** Exempt (Party years or a decision). */
    EXEMPT,
    /** Paid at least what was due. */
    PAID,
    /** Paid, but less than due. */
    PART_PAID,
    /** Not paid, with a reason the branch accepted. */
    EXCUSED,
    /** Not paid, no reason. */
    UNPAID,
    /** Owes, but no basis has been entered, so the amount is not known. */
    NO_BASIS;

    /** True when the member had to pay this month (here, not exempt). */
    public boolean owing() {
        return this != NOT_HERE && this != EXEMPT;
    }
}
