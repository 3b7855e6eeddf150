package vn.sochibo.dues;

import java.time.YearMonth;

/**
 * Months in which a member pays dues to this branch, inclusive; {@code to} null: still paying here.
 */
public record MonthSpan(YearMonth from, YearMonth to) {

    public boolean contains(YearMonth month) {
        return !month.isBefore(from) && (to == null || !month.isAfter(to));
    }
}
