package vn.sochibo.dues;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A month's book: every member's line (in the order given, usually Vietnamese name order), the totals, and each
 * member's flags as of that month (see {@link DuesBooks#month}).
 */
public record MonthBook(YearMonth month, List<MonthLine> lines, MonthTotals totals, Map<Long, MemberFlags> flags) {

    public MonthBook {
        lines = List.copyOf(lines);
        flags = Map.copyOf(flags);
    }
}
