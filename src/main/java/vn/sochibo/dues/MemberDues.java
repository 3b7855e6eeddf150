package vn.sochibo.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Everything the dues book needs of one member, gathered by the service (src/site/rules.md, "Đảng phí").
 *
 * @param male            null when the gender is unknown
 * @param birthDate       null when only the year (or nothing) is known
 * @param partyYearsStart the start of Party years (admission decision), null when unknown
 * @param daysOut         days out of the Party so far, which push later the day Party years are reached
 * @param owed            the months the member pays here (member of this branch, not away, not transferred)
 * @param bases           the basis history, any order
 * @param decisions       exemptions and reductions
 * @param entries         the book, by month
 */
public record MemberDues(long memberId, String fullName, String subBranch, Boolean male, LocalDate birthDate,
                         LocalDate partyYearsStart, long daysOut, List<MonthSpan> owed, List<DuesBasis> bases,
                         List<DuesDecision> decisions, Map<YearMonth, DuesEntry> entries) {

    public MemberDues {
        owed = List.copyOf(owed);
        bases = List.copyOf(bases);
        decisions = List.copyOf(decisions);
        entries = Map.copyOf(entries);
    }

    /** True when the member pays dues to this branch in {@code month}. */
    public boolean owes(YearMonth month) {
        for (MonthSpan span : owed) {
            if (span.contains(month)) {
                return true;
            }
        }
        return false;
    }

    /** The day the member reaches {@code years} Party years; null when the start is unknown. */
    public LocalDate reaches(int years) {
        return partyYearsStart == null ? null : partyYearsStart.plusYears(years).plusDays(daysOut);
    }
}
