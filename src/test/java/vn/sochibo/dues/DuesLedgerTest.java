package vn.sochibo.dues;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.sochibo.common.Messages;
import vn.sochibo.rulebook.RuleBook;

/** One member's book: standing per month, exemptions, reductions, mid-year changes, the rule of three, arrears. */
class DuesLedgerTest {

    static final RuleBook RULES = DuesRatesTest.RULES;
    static final LocalDate PAID = LocalDate.of(2026, 11, 5);

    private static MemberDues member(List<MonthSpan> owed, List<DuesBasis> bases, List<DuesDecision> decisions,
                                     Map<YearMonth, DuesEntry> entries, LocalDate partyYearsStart) {
        return new MemberDues(1, "Nguyễn Văn An", null, true, LocalDate.of(1980, 1, 1), partyYearsStart, 0, owed, bases,
                decisions, entries);
    }

    private static DuesBasis salaried(LocalDate from, long base) {
        return new DuesBasis(0, 1, from, DuesKind.SALARIED, base, null, null, null);
    }

    private static Map<YearMonth, DuesEntry> paidAllBut(YearMonth from, YearMonth to, long amount, List<Integer> skip) {
        Map<YearMonth, DuesEntry> entries = new HashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (!skip.contains(m.getMonthValue())) {
                entries.put(m, DuesEntry.paid(1, m, amount, m.atDay(10), PaymentMethod.CASH));
            }
        }
        return entries;
    }

    static final List<MonthSpan> ALWAYS = List.of(new MonthSpan(YearMonth.of(2000, 1), null));

    @Test
    @DisplayName("T11, the three-month case: nothing paid in March, June and September 2026 without reason → consider removal")
    void threeMonthsWithoutReason() {
        MemberDues m = member(ALWAYS, List.of(salaried(LocalDate.of(2025, 1, 1), 10_000_000)), List.of(),
                paidAllBut(YearMonth.of(2026, 2), YearMonth.of(2026, 10), 100_000, List.of(3, 6, 9)), LocalDate.of(2005, 3, 1));
        List<YearMonth> unpaid = DuesLedger.unpaidWithoutReason(m, 2026, YearMonth.of(2026, 10), RULES);
        assertThat(unpaid).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 6), YearMonth.of(2026, 9));
        MemberFlags flags = new MemberFlags(unpaid, 3, DuesLedger.arrears(m, YearMonth.of(2026, 10), RULES));
        assertThat(flags.removal()).isTrue();
        assertThat(flags.arrears().amount()).isEqualTo(300_000);
        DuesFlag flag = DuesFlag.of(1, "Nguyễn Văn An", flags);
        assertThat(flag.kind()).isEqualTo(DuesFlag.Kind.REMOVAL);
        assertThat(Messages.forLanguage("vi").describe(flag.message())).isEqualTo("Đảng phí: Nguyễn Văn An: không đóng đảng phí 3 "
                + "tháng trong năm (03, 06, 09/2026) không có lý do; chi bộ xem xét, đề nghị xóa tên");
        // after August only two months count: a warning, not yet the rule
        List<YearMonth> byAugust = DuesLedger.unpaidWithoutReason(m, 2026, YearMonth.of(2026, 8), RULES);
        assertThat(new MemberFlags(byAugust, 3, DuesLedger.arrears(m, YearMonth.of(2026, 8), RULES)).warning()).isTrue();
    }

    @Test
    @DisplayName("a month not paid with a reason the branch accepted does not count; a part payment is paying")
    void reasonsAndPartPayments() {
        Map<YearMonth, DuesEntry> entries = paidAllBut(YearMonth.of(2026, 2), YearMonth.of(2026, 10), 100_000, List.of(3, 6, 9));
        entries.put(YearMonth.of(2026, 6), DuesEntry.excused(1, YearMonth.of(2026, 6), "Ốm nằm viện cả tháng"));
        entries.put(YearMonth.of(2026, 9), DuesEntry.paid(1, YearMonth.of(2026, 9), 60_000, LocalDate.of(2026, 9, 20), PaymentMethod.PORTAL));
        MemberDues m = member(ALWAYS, List.of(salaried(LocalDate.of(2025, 1, 1), 10_000_000)), List.of(), entries, null);
        assertThat(DuesLedger.unpaidWithoutReason(m, 2026, YearMonth.of(2026, 10), RULES)).containsExactly(YearMonth.of(2026, 3));
        assertThat(DuesLedger.line(m, YearMonth.of(2026, 6), RULES).standing()).isEqualTo(Standing.EXCUSED);
        MonthLine september = DuesLedger.line(m, YearMonth.of(2026, 9), RULES);
        assertThat(september.standing()).isEqualTo(Standing.PART_PAID);
        assertThat(september.shortfall()).isEqualTo(40_000);
        DuesLedger.Arrears arrears = DuesLedger.arrears(m, YearMonth.of(2026, 10), RULES);
        assertThat(arrears.months()).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 9));
        assertThat(arrears.amount()).isEqualTo(140_000);
    }

    @Test
    @DisplayName("paying late, ahead and more than due is recorded and noted")
    void lateAheadAndMore() {
        Map<YearMonth, DuesEntry> entries = new HashMap<>();
        entries.put(YearMonth.of(2026, 3), DuesEntry.paid(1, YearMonth.of(2026, 3), 100_000, LocalDate.of(2026, 5, 2), PaymentMethod.CASH));
        entries.put(YearMonth.of(2026, 12), DuesEntry.paid(1, YearMonth.of(2026, 12), 100_000, LocalDate.of(2026, 11, 20), PaymentMethod.PORTAL));
        entries.put(YearMonth.of(2026, 4), DuesEntry.paid(1, YearMonth.of(2026, 4), 150_000, LocalDate.of(2026, 4, 3), PaymentMethod.CASH));
        MemberDues m = member(ALWAYS, List.of(salaried(LocalDate.of(2025, 1, 1), 10_000_000)), List.of(), entries, null);
        Messages vi = Messages.forLanguage("vi");
        assertThat(DuesLedger.line(m, YearMonth.of(2026, 3), RULES).notes()).extracting(vi::describe).containsExactly("Nộp chậm (ngày 02/05/2026)");
        assertThat(DuesLedger.line(m, YearMonth.of(2026, 12), RULES).notes()).extracting(vi::describe).containsExactly("Nộp trước (ngày 20/11/2026)");
        MonthLine april = DuesLedger.line(m, YearMonth.of(2026, 4), RULES);
        assertThat(april.standing()).isEqualTo(Standing.PAID);
        assertThat(april.notes()).extracting(vi::describe).containsExactly("Nộp thêm 50.000 đồng");
    }

    @Test
    @DisplayName("mid-year changes: a salary rise from July, retirement on a pension from October, each from its month")
    void basisChangesMidYear() {
        MemberDues m = member(ALWAYS, List.of(salaried(LocalDate.of(2024, 1, 1), 8_000_000), salaried(LocalDate.of(2026, 7, 1), 9_200_000),
                new DuesBasis(0, 1, LocalDate.of(2026, 10, 15), DuesKind.PENSIONER, 7_500_000L, null, null, "Nghỉ hưu")),
                List.of(), Map.of(), null);
        assertThat(DuesLedger.line(m, YearMonth.of(2026, 6), RULES).due().amount()).isEqualTo(80_000);
        assertThat(DuesLedger.line(m, YearMonth.of(2026, 7), RULES).due().amount()).isEqualTo(92_000);
        assertThat(DuesLedger.line(m, YearMonth.of(2026, 9), RULES).due().amount()).isEqualTo(92_000);
        // a basis dated 15/10 applies to October: the month its date falls in
        assertThat(DuesLedger.line(m, YearMonth.of(2026, 10), RULES).due().amount()).isEqualTo(37_500);
    }

    @Test
    @DisplayName("without pension: the rate follows the retirement age reached by the end of the month, unless the clerk said")
    void retirementAgeDecidesTheRate() {
        DuesBasis noPension = new DuesBasis(0, 1, LocalDate.of(2026, 2, 1), DuesKind.NO_PENSION, null, WageRegion.II, null, null);
        MemberDues man = new MemberDues(1, "Trần Văn Cường", null, true, LocalDate.of(1965, 5, 10), null, 0, ALWAYS,
                List.of(noPension), List.of(), Map.of());
        assertThat(DuesLedger.line(man, YearMonth.of(2026, 10), RULES).due().amount()).isEqualTo(14_190); // 0.3% of 4,730,000
        assertThat(DuesLedger.line(man, YearMonth.of(2026, 11), RULES).due().amount()).isEqualTo(9_460);  // 0.2%
        DuesBasis said = new DuesBasis(0, 1, LocalDate.of(2026, 2, 1), DuesKind.NO_PENSION, null, WageRegion.II, true, null);
        MemberDues unknown = new MemberDues(1, "Trần Văn Cường", null, null, null, null, 0, ALWAYS, List.of(said), List.of(), Map.of());
        assertThat(DuesLedger.line(unknown, YearMonth.of(2026, 3), RULES).due().amount()).isEqualTo(9_460);
        MemberDues noBirth = new MemberDues(1, "Trần Văn Cường", null, true, null, null, 0, ALWAYS, List.of(noPension), List.of(), Map.of());
        MonthLine line = DuesLedger.line(noBirth, YearMonth.of(2026, 3), RULES);
        assertThat(line.due().amount()).isEqualTo(14_190);
        assertThat(line.notes()).extracting(p -> p.messageKey()).containsExactly("dues.note.ageUnknown");
    }

    @Test
    @DisplayName("exempt from the month 50 Party years are reached; by decision for its months; reduced for at most 12 months")
    void exemptionsAndReductions() {
        MemberDues veteran = member(ALWAYS, List.of(new DuesBasis(0, 1, LocalDate.of(2020, 1, 1), DuesKind.PENSIONER, 6_000_000L, null, null, null)),
                List.of(), Map.of(), LocalDate.of(1976, 6, 10));
        assertThat(DuesLedger.line(veteran, YearMonth.of(2026, 5), RULES).due().amount()).isEqualTo(30_000);
        MonthLine june = DuesLedger.line(veteran, YearMonth.of(2026, 6), RULES);
        assertThat(june.standing()).isEqualTo(Standing.EXEMPT);
        assertThat(june.due().exemption()).isEqualTo(Exemption.PARTY_YEARS);
        assertThat(june.due().amount()).isZero();

        DuesDecision reduce = new DuesDecision(0, 1, DecisionKind.REDUCTION, 50, YearMonth.of(2026, 4), YearMonth.of(2026, 9), "QĐ 12-QĐ/ĐU", null);
        DuesDecision exempt = new DuesDecision(0, 1, DecisionKind.EXEMPT, null, YearMonth.of(2026, 10), null, "QĐ 20-QĐ/ĐU", "Hộ nghèo");
        MemberDues poor = member(ALWAYS, List.of(salaried(LocalDate.of(2025, 1, 1), 6_000_000)), List.of(reduce, exempt), Map.of(), null);
        assertThat(DuesLedger.line(poor, YearMonth.of(2026, 3), RULES).due().amount()).isEqualTo(60_000);
        assertThat(DuesLedger.line(poor, YearMonth.of(2026, 4), RULES).due().amount()).isEqualTo(30_000);
        assertThat(DuesLedger.line(poor, YearMonth.of(2026, 9), RULES).due().reductionPercent()).isEqualTo(50);
        assertThat(DuesLedger.line(poor, YearMonth.of(2026, 10), RULES).standing()).isEqualTo(Standing.EXEMPT);
        assertThat(DuesLedger.unpaidWithoutReason(poor, 2026, YearMonth.of(2026, 12), RULES)).hasSize(8); // Feb–Sep

        List<Integer> steps = DuesRates.reductionSteps(YearMonth.of(2026, 4), RULES);
        assertThat(steps).containsExactly(30, 50, 70);
        assertThat(reduce.problems(steps, 12)).isEmpty();
        assertThat(new DuesDecision(0, 1, DecisionKind.REDUCTION, 40, YearMonth.of(2026, 4), YearMonth.of(2026, 5), "QĐ 1", null)
                .problems(steps, 12)).extracting(p -> p.messageKey()).containsExactly("dues.problem.decision.percent");
        assertThat(new DuesDecision(0, 1, DecisionKind.REDUCTION, 30, YearMonth.of(2026, 4), YearMonth.of(2027, 4), "QĐ 1", null)
                .problems(steps, 12)).extracting(p -> p.messageKey()).containsExactly("dues.problem.decision.tooLong");
        assertThat(new DuesDecision(0, 1, DecisionKind.EXEMPT, null, YearMonth.of(2026, 4), null, " ", null)
                .problems(steps, 12)).extracting(p -> p.messageKey()).containsExactly("dues.problem.decision.document.required");
    }

    @Test
    @DisplayName("joining mid-year: nothing owed before the month of joining; the month's totals count only those who owe")
    void joiningMidYearAndTotals() {
        MemberDues newcomer = member(List.of(new MonthSpan(YearMonth.of(2026, 5), null)), List.of(
                new DuesBasis(0, 1, LocalDate.of(2026, 5, 14), DuesKind.STUDENT, null, null, null, null)), List.of(), Map.of(
                YearMonth.of(2026, 5), DuesEntry.paid(1, YearMonth.of(2026, 5), 5_000, LocalDate.of(2026, 5, 20), PaymentMethod.CASH)), null);
        assertThat(DuesLedger.line(newcomer, YearMonth.of(2026, 4), RULES).standing()).isEqualTo(Standing.NOT_HERE);
        assertThat(DuesLedger.line(newcomer, YearMonth.of(2026, 5), RULES).standing()).isEqualTo(Standing.PAID);
        assertThat(DuesLedger.unpaidWithoutReason(newcomer, 2026, YearMonth.of(2026, 6), RULES)).containsExactly(YearMonth.of(2026, 6));

        MemberDues other = new MemberDues(2, "Lê Thị Bình", null, false, null, null, 0, ALWAYS,
                List.of(new DuesBasis(0, 2, LocalDate.of(2026, 1, 1), DuesKind.SALARIED, 10_000_000L, null, null, null)), List.of(), Map.of());
        List<MonthLine> lines = new ArrayList<>();
        lines.add(DuesLedger.line(newcomer, YearMonth.of(2026, 5), RULES));
        lines.add(DuesLedger.line(other, YearMonth.of(2026, 5), RULES));
        MonthTotals t = MonthTotals.of(YearMonth.of(2026, 5), lines, new BigDecimal("30"));
        assertThat(t.owing()).isEqualTo(2);
        assertThat(t.paid()).isEqualTo(1);
        assertThat(t.due()).isEqualTo(105_000);
        assertThat(t.collected()).isEqualTo(5_000);
        assertThat(t.kept()).isEqualTo(1_500);
        assertThat(t.remitted()).isEqualTo(3_500);
    }
}
