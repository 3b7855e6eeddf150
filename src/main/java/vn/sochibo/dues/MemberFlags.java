package vn.sochibo.dues;

import java.time.YearMonth;
import java.util.List;

/**
 * What the book says about one member as of a month: the months of that year not paid without a reason, whether that
 * reaches the rule of three (the branch must consider removal), and the arrears.
 */
public record MemberFlags(List<YearMonth> unpaidThisYear, int removalMonths, DuesLedger.Arrears arrears) {

    public MemberFlags {
        unpaidThisYear = List.copyOf(unpaidThisYear);
    }

    /** The rule of three is reached. */
    public boolean removal() {
        return unpaidThisYear.size() >= removalMonths;
    }

    /** One month short of it: warn. */
    public boolean warning() {
        return !removal() && removalMonths > 1 && unpaidThisYear.size() == removalMonths - 1;
    }

    public boolean behind() {
        return arrears.any();
    }
}
