package vn.sochibo.dues;

import java.time.YearMonth;
import java.util.List;

import vn.sochibo.common.Problem;

/**
 * A reminder the dues book raises about one member: the rule of three reached (or one month short of it), or months
 * behind. {@code message} is ready for the clerk's language.
 */
public record DuesFlag(long memberId, String fullName, Kind kind, List<YearMonth> months, Problem message) {

    public enum Kind { REMOVAL, WARNING, BEHIND }

    public DuesFlag {
        months = List.copyOf(months);
    }

    /** The flag of a member's {@link MemberFlags}, or null when there is nothing to say. */
    public static DuesFlag of(long memberId, String fullName, MemberFlags f) {
        if (f.removal()) {
            return new DuesFlag(memberId, fullName, Kind.REMOVAL, f.unpaidThisYear(), Problem.warning("dues", "dues.flag.removal",
                    fullName, f.unpaidThisYear().size(), Months.list(f.unpaidThisYear())));
        }
        if (f.warning()) {
            return new DuesFlag(memberId, fullName, Kind.WARNING, f.unpaidThisYear(), Problem.warning("dues", "dues.flag.warning",
                    fullName, f.unpaidThisYear().size(), Months.list(f.unpaidThisYear()), f.removalMonths()));
        }
        if (f.behind()) {
            DuesLedger.Arrears a = f.arrears();
            return new DuesFlag(memberId, fullName, Kind.BEHIND, a.months(), a.amountKnown()
                    ? Problem.warning("dues", "dues.flag.behind", fullName, a.months().size(), Months.list(a.months()), Dong.format(a.amount()))
                    : Problem.warning("dues", "dues.flag.behindUnknown", fullName, a.months().size(), Months.list(a.months())));
        }
        return null;
    }
}
