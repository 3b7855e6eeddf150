package vn.sochibo.dues;

import java.util.List;

/**
 * One member's year in the dues book: the twelve months' lines ({@code null} for a month before the rule's start),
 * and the year's totals due and paid.
 */
public record YearRow(long memberId, String fullName, String subBranch, List<MonthLine> months, long due, long paid) {

    public YearRow {
        months = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(months));
    }
}
