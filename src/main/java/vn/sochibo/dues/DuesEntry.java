package vn.sochibo.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;

/**
 * What the book holds for one member and month: an amount paid (in đồng, more than due is allowed), when and how; or
 * nothing paid with the reason the branch accepted (then the month does not count towards the rule of three).
 */
public record DuesEntry(long memberId, YearMonth month, long amount, LocalDate paidOn, PaymentMethod method,
                        String reason) {

    public DuesEntry {
        reason = Text.cleanOrNull(reason);
        if (amount == 0) {
            paidOn = null;
            method = null;
        }
    }

    /** A payment. */
    public static DuesEntry paid(long memberId, YearMonth month, long amount, LocalDate paidOn, PaymentMethod method) {
        return new DuesEntry(memberId, month, amount, paidOn, method, null);
    }

    /** Nothing paid, for a reason the branch accepted. */
    public static DuesEntry excused(long memberId, YearMonth month, String reason) {
        return new DuesEntry(memberId, month, 0, null, null, reason);
    }

    public boolean isPayment() {
        return amount > 0;
    }

    /** Paid after the month had ended. */
    public boolean late() {
        return paidOn != null && paidOn.isAfter(month.atEndOfMonth());
    }

    /** Paid before the month began (in advance). */
    public boolean ahead() {
        return paidOn != null && paidOn.isBefore(month.atDay(1));
    }

    /**
     * What is wrong with it on its own: a negative amount, a payment without a date or method, a date in the future,
     * nothing paid without a reason. Each message names the member and the month.
     */
    public List<Problem> problems(String name, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        String m = Months.text(month);
        if (amount < 0) {
            problems.add(Problem.error(null, "dues.problem.amount.negative", name, m, Dong.format(amount)));
        } else if (amount > 0) {
            if (paidOn == null) {
                problems.add(Problem.error(null, "dues.problem.paidOn.required", name, m));
            } else if (paidOn.isAfter(today)) {
                problems.add(Problem.error(null, "dues.problem.paidOn.future", name, m, paidOn));
            }
            if (method == null) {
                problems.add(Problem.error(null, "dues.problem.method.required", name, m));
            }
        } else if (reason == null) {
            problems.add(Problem.error(null, "dues.problem.reason.required", name, m));
        }
        return problems;
    }
}
