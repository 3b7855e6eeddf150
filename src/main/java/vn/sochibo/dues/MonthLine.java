package vn.sochibo.dues;

import java.time.YearMonth;
import java.util.List;

import vn.sochibo.common.Problem;

/**
 * One member's line of a month's book: where they stand, the basis and the amount due (null when not here or no
 * basis), what was entered, and notes (no basis, birth date unknown for the retirement age, paid late/ahead/more).
 */
public record MonthLine(long memberId, String fullName, String subBranch, YearMonth month, Standing standing,
                        DuesBasis basis, Due due, DuesEntry entry, List<Problem> notes) {

    public MonthLine {
        notes = List.copyOf(notes);
    }

    /** What was paid for the month, 0 for nothing. */
    public long paid() {
        return entry == null ? 0 : entry.amount();
    }

    /** What is still owed for the month (0 when paid, excused, exempt or unknown). */
    public long shortfall() {
        if (due == null || standing == Standing.EXCUSED || !standing.owing()) {
            return 0;
        }
        return Math.max(0, due.amount() - paid());
    }
}
