package vn.sochibo.meeting;

/**
 * A member who has missed meetings without a reason in the calendar year: a warning at 2, grounds for removal
 * at 3 (294-QĐ/TW §8.1; src/site/rules.md, "Sinh hoạt chi bộ thường kỳ").
 */
public record AbsenceWarning(long memberId, String fullName, int year, int unexcused) {

    /** True at 3 or more: the branch must consider removal (xóa tên). */
    public boolean removalGrounds() {
        return unexcused >= 3;
    }
}
