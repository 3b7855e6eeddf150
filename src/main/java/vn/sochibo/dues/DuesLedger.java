package vn.sochibo.dues;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.rulebook.RuleBook;

/**
 * The rules of the dues book for one member (src/site/rules.md, "Đảng phí"): where they stand in a month, the months
 * of a year not paid without a reason (the rule of three), and what they are behind. Pure.
 */
public final class DuesLedger {

    private DuesLedger() {
    }

    /**
     * The member's line of {@code month}'s book.
     *
     * @throws vn.sochibo.common.ValidationException for a month before the rule's start
     */
    public static MonthLine line(MemberDues m, YearMonth month, RuleBook rules) {
        rules.require(DuesRates.RULE, month.atDay(1));
        List<Problem> notes = new ArrayList<>();
        DuesEntry entry = m.entries().get(month);
        if (!m.owes(month)) {
            if (entry != null) {
                notes.add(Problem.warning(null, "dues.note.notHere"));
            }
            return new MonthLine(m.memberId(), m.fullName(), m.subBranch(), month, Standing.NOT_HERE, null, null, entry, notes);
        }
        Exemption exemption = exemption(m, month, rules);
        DuesBasis basis = DuesBasis.inForce(m.bases(), month);
        Due due = null;
        if (basis != null) {
            boolean retired = false;
            if (basis.kind() == DuesKind.NO_PENSION) {
                if (basis.retired() != null) {
                    retired = basis.retired();
                } else if (m.birthDate() != null && m.male() != null) {
                    retired = Retirement.reached(m.birthDate(), m.male(), month.atEndOfMonth(), rules);
                } else {
                    notes.add(Problem.warning(null, "dues.note.ageUnknown"));
                }
            }
            due = DuesRates.due(new DuesRates.Situation(basis.kind(), basis.base(), basis.region(), retired, exemption,
                    reduction(m, month)), month, rules);
        }
        Standing standing;
        if (exemption != Exemption.NONE) {
            standing = Standing.EXEMPT;
        } else if (entry != null && entry.isPayment()) {
            standing = due == null || entry.amount() >= due.amount() ? Standing.PAID : Standing.PART_PAID;
        } else if (entry != null) {
            standing = Standing.EXCUSED;
        } else if (due == null) {
            standing = Standing.NO_BASIS;
        } else {
            standing = due.amount() == 0 ? Standing.PAID : Standing.UNPAID;
        }
        if (basis == null && exemption == Exemption.NONE) {
            notes.add(Problem.warning(null, "dues.note.noBasis"));
        }
        if (entry != null && entry.isPayment()) {
            if (entry.late()) {
                notes.add(Problem.warning(null, "dues.note.late", entry.paidOn()));
            } else if (entry.ahead()) {
                notes.add(Problem.warning(null, "dues.note.ahead", entry.paidOn()));
            }
            if (due != null && entry.amount() > due.amount()) {
                notes.add(Problem.warning(null, "dues.note.more", Dong.format(entry.amount() - due.amount())));
            }
        }
        return new MonthLine(m.memberId(), m.fullName(), m.subBranch(), month, standing, basis, due, entry, notes);
    }

    /** Why the member is exempt in {@code month}: a decision covering it, or Party years reached by its end. */
    public static Exemption exemption(MemberDues m, YearMonth month, RuleBook rules) {
        for (DuesDecision d : m.decisions()) {
            if (d.kind() == DecisionKind.EXEMPT && d.covers(month)) {
                return Exemption.DECISION;
            }
        }
        java.time.LocalDate fifty = m.reaches(DuesRates.exemptPartyYears(month, rules));
        return fifty != null && !fifty.isAfter(month.atEndOfMonth()) ? Exemption.PARTY_YEARS : Exemption.NONE;
    }

    /** The reduction in per cent a decision grants for {@code month} (the largest, if several), 0 for none. */
    public static int reduction(MemberDues m, YearMonth month) {
        int percent = 0;
        for (DuesDecision d : m.decisions()) {
            if (d.kind() == DecisionKind.REDUCTION && d.covers(month) && d.percent() != null) {
                percent = Math.max(percent, d.percent());
            }
        }
        return percent;
    }

    /** The first month of the rule in force (the earliest value of the setting {@value DuesRates#RULE}). */
    public static YearMonth firstMonth(RuleBook rules) {
        return YearMonth.from(rules.history(DuesRates.RULE).get(0).from());
    }

    /**
     * The months of {@code year} up to {@code through} in which the member had to pay and paid nothing without a
     * reason the branch accepted. Three of them (the setting "dues.removalUnpaidMonths") in a year: the branch must
     * consider removal (Quy định 294-QĐ/TW §8.1).
     */
    public static List<YearMonth> unpaidWithoutReason(MemberDues m, int year, YearMonth through, RuleBook rules) {
        List<YearMonth> unpaid = new ArrayList<>();
        YearMonth start = YearMonth.of(year, 1);
        YearMonth first = firstMonth(rules);
        for (YearMonth month = start.isBefore(first) ? first : start; !month.isAfter(through) && month.getYear() == year;
             month = month.plusMonths(1)) {
            Standing s = line(m, month, rules).standing();
            if (s == Standing.UNPAID || s == Standing.NO_BASIS) {
                unpaid.add(month);
            }
        }
        return unpaid;
    }

    /** What a member is behind: the months up to {@code through} not (fully) paid without a reason, and how much. */
    public record Arrears(List<YearMonth> months, long amount, boolean amountKnown) {
        public boolean any() {
            return !months.isEmpty();
        }
    }

    /** The member's arrears from the rule's start up to {@code through}. */
    public static Arrears arrears(MemberDues m, YearMonth through, RuleBook rules) {
        List<YearMonth> months = new ArrayList<>();
        long amount = 0;
        boolean known = true;
        for (YearMonth month = firstMonth(rules); !month.isAfter(through); month = month.plusMonths(1)) {
            if (!m.owes(month)) {
                continue;
            }
            MonthLine line = line(m, month, rules);
            if (line.standing() == Standing.NO_BASIS) {
                months.add(month);
                known = false;
            } else if (line.shortfall() > 0) {
                months.add(month);
                amount += line.shortfall();
            }
        }
        return new Arrears(List.copyOf(months), amount, known);
    }
}
