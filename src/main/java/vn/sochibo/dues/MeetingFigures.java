package vn.sochibo.dues;

import java.time.YearMonth;
import java.util.List;

/**
 * What the monthly meeting announces about dues (src/site/rules.md, "Đảng phí"): last month's collection, who must be
 * considered for removal under the rule of three and who is behind.
 *
 * @param removalMonths the rule's number of months (3)
 */
public record MeetingFigures(YearMonth month, int paid, int owing, long collected, int removalMonths, List<String> removal,
                             List<String> behind) {

    public MeetingFigures {
        removal = List.copyOf(removal);
        behind = List.copyOf(behind);
    }
}
