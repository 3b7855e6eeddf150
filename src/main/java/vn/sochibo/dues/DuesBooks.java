package vn.sochibo.dues;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.sochibo.rulebook.RuleBook;

/** The books of many members: a month, a year, the year's statistics (src/site/rules.md, "Đảng phí"). Pure. */
public final class DuesBooks {

    private DuesBooks() {
    }

    /**
     * The book of {@code month} for {@code members} (in the order given) with the kept share in force.
     *
     * @param through the last month that counts as over for the flags (the month before the current one, at most
     *                {@code month})
     * @throws vn.sochibo.common.ValidationException for a month before the rule's start
     */
    public static MonthBook month(List<MemberDues> members, YearMonth month, YearMonth through, RuleBook rules) {
        List<MonthLine> lines = new ArrayList<>(members.size());
        Map<Long, MemberFlags> flags = new HashMap<>();
        int removalMonths = (int) rules.integer("dues.removalUnpaidMonths", month.atDay(1));
        YearMonth last = through.isAfter(month) ? month : through;
        for (MemberDues m : members) {
            lines.add(DuesLedger.line(m, month, rules));
            List<YearMonth> unpaid = DuesLedger.unpaidWithoutReason(m, month.getYear(), last, rules);
            DuesLedger.Arrears arrears = DuesLedger.arrears(m, last, rules);
            if (!unpaid.isEmpty() || arrears.any()) {
                flags.put(m.memberId(), new MemberFlags(unpaid, removalMonths, arrears));
            }
        }
        BigDecimal kept = DuesRates.keptPercent(month, rules);
        return new MonthBook(month, lines, MonthTotals.of(month, lines, kept), flags);
    }

    /** The year's book: each member's twelve months, for the members who owed something here that year. */
    public static List<YearRow> year(List<MemberDues> members, int year, RuleBook rules) {
        List<YearRow> rows = new ArrayList<>();
        for (MemberDues m : members) {
            List<MonthLine> months = new ArrayList<>(12);
            long due = 0;
            long paid = 0;
            boolean here = false;
            for (int i = 1; i <= 12; i++) {
                YearMonth month = YearMonth.of(year, i);
                if (!DuesRates.inForce(month, rules)) {
                    months.add(null);
                    continue;
                }
                MonthLine line = DuesLedger.line(m, month, rules);
                months.add(line);
                here |= line.standing() != Standing.NOT_HERE || line.entry() != null;
                due += line.standing().owing() && line.due() != null ? line.due().amount() : 0;
                paid += line.paid();
            }
            if (here) {
                rows.add(new YearRow(m.memberId(), m.fullName(), m.subBranch(), months, due, paid));
            }
        }
        return rows;
    }

    /** The totals of each month of {@code year} in force, up to {@code through}. */
    public static List<MonthTotals> byMonth(List<MemberDues> members, int year, YearMonth through, RuleBook rules) {
        List<MonthTotals> out = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            YearMonth month = YearMonth.of(year, i);
            if (month.isAfter(through) || !DuesRates.inForce(month, rules)) {
                continue;
            }
            List<MonthLine> lines = new ArrayList<>(members.size());
            for (MemberDues m : members) {
                lines.add(DuesLedger.line(m, month, rules));
            }
            out.add(MonthTotals.of(month, lines, DuesRates.keptPercent(month, rules)));
        }
        return out;
    }

    /**
     * The year up to {@code through} by kind of basis: how many members paid under each kind (a member whose kind
     * changed counts under each), what was due and collected; the exempt under a {@code null} kind... are left out,
     * members with no basis counted under {@code null}.
     */
    public static List<KindTotals> byKind(List<MemberDues> members, int year, YearMonth through, RuleBook rules) {
        Map<DuesKind, Set<Long>> who = new EnumMap<>(DuesKind.class);
        Map<DuesKind, long[]> sums = new EnumMap<>(DuesKind.class);
        Set<Long> noBasis = new HashSet<>();
        long[] noBasisSums = new long[2];
        for (int i = 1; i <= 12; i++) {
            YearMonth month = YearMonth.of(year, i);
            if (month.isAfter(through) || !DuesRates.inForce(month, rules)) {
                continue;
            }
            for (MemberDues m : members) {
                MonthLine line = DuesLedger.line(m, month, rules);
                if (!line.standing().owing()) {
                    continue;
                }
                if (line.basis() == null) {
                    noBasis.add(m.memberId());
                    noBasisSums[1] += line.paid();
                    continue;
                }
                DuesKind kind = line.basis().kind();
                who.computeIfAbsent(kind, k -> new HashSet<>()).add(m.memberId());
                long[] s = sums.computeIfAbsent(kind, k -> new long[2]);
                s[0] += line.due() == null ? 0 : line.due().amount();
                s[1] += line.paid();
            }
        }
        Map<DuesKind, KindTotals> ordered = new LinkedHashMap<>();
        for (DuesKind kind : DuesKind.values()) {
            if (who.containsKey(kind)) {
                ordered.put(kind, new KindTotals(kind, who.get(kind).size(), sums.get(kind)[0], sums.get(kind)[1]));
            }
        }
        List<KindTotals> out = new ArrayList<>(ordered.values());
        if (!noBasis.isEmpty()) {
            out.add(new KindTotals(null, noBasis.size(), 0, noBasisSums[1]));
        }
        return out;
    }
}
