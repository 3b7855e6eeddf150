package vn.sochibo.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.sochibo.common.Messages;
import vn.sochibo.common.ValidationException;
import vn.sochibo.rulebook.DatedValue;
import vn.sochibo.rulebook.RuleBook;
import vn.sochibo.rulebook.SettingKind;
import vn.sochibo.rulebook.service.DatedSettingService;

/** The amounts of 01-QĐ/TW (DOMAIN T11) from the shipped dated settings, rate changes by date, rounding. */
class DuesRatesTest {

    static final RuleBook RULES = DatedSettingService.loadDefaults();
    static final YearMonth MARCH_2026 = YearMonth.of(2026, 3);

    static Due due(DuesKind kind, Long base, WageRegion region, boolean retired, YearMonth month) {
        return DuesRates.due(new DuesRates.Situation(kind, base, region, retired, Exemption.NONE, 0), month, RULES);
    }

    /** The shipped rule book with the clerk's values added (as the register would hold them). */
    static RuleBook with(RuleBook base, String key, LocalDate from, String value) {
        List<DatedValue> all = new ArrayList<>();
        java.util.Map<String, SettingKind> kinds = new java.util.HashMap<>();
        for (String k : base.keys()) {
            all.addAll(base.history(k));
            kinds.put(k, base.kind(k).orElseThrow());
        }
        all.add(new DatedValue(key, from, value, "thử", true));
        return new RuleBook(kinds, all);
    }

    @Test
    @DisplayName("T11: salaried 1%, pensioner 0.5%, student 5,000, without pension 0.3%/0.2% of region I's minimum wage")
    void workedExampleT11() {
        assertThat(due(DuesKind.SALARIED, 10_000_000L, null, false, MARCH_2026).amount()).isEqualTo(100_000);
        assertThat(due(DuesKind.PENSIONER, 6_000_000L, null, false, MARCH_2026).amount()).isEqualTo(30_000);
        assertThat(due(DuesKind.STUDENT, null, null, false, MARCH_2026).amount()).isEqualTo(5_000);
        Due working = due(DuesKind.NO_PENSION, null, WageRegion.I, false, MARCH_2026);
        assertThat(working.amount()).isEqualTo(15_930);
        assertThat(working.basisAmount()).isEqualTo(5_310_000);
        assertThat(working.ratePercent()).isEqualByComparingTo("0.3");
        assertThat(due(DuesKind.NO_PENSION, null, WageRegion.I, true, MARCH_2026).amount()).isEqualTo(10_620);
        Due fiftyTwoYears = DuesRates.due(new DuesRates.Situation(DuesKind.SALARIED, 9_000_000L, null, false,
                Exemption.PARTY_YEARS, 0), MARCH_2026, RULES);
        assertThat(fiftyTwoYears.amount()).isZero();
        assertThat(fiftyTwoYears.exempt()).isTrue();
    }

    @Test
    @DisplayName("sickness/maternity benefit 1%, reduced by a decision 30/50/70%")
    void benefitAndReductions() {
        assertThat(due(DuesKind.BENEFIT, 7_000_000L, null, false, MARCH_2026).amount()).isEqualTo(70_000);
        for (int[] c : new int[][] {{30, 49_000}, {50, 35_000}, {70, 21_000}}) {
            assertThat(DuesRates.due(new DuesRates.Situation(DuesKind.BENEFIT, 7_000_000L, null, false, Exemption.NONE, c[0]),
                    MARCH_2026, RULES).amount()).as(c[0] + "%").isEqualTo(c[1]);
        }
        // 30% off 15,930 is 11,151 exactly; 70% off 10,620 is 3,186
        assertThat(DuesRates.due(new DuesRates.Situation(DuesKind.NO_PENSION, null, WageRegion.I, false, Exemption.NONE, 30),
                MARCH_2026, RULES).amount()).isEqualTo(11_151);
        assertThat(DuesRates.due(new DuesRates.Situation(DuesKind.NO_PENSION, null, WageRegion.I, true, Exemption.NONE, 70),
                MARCH_2026, RULES).amount()).isEqualTo(3_186);
    }

    @ParameterizedTest(name = "region {0}, {1}: {2} đ working, {3} đ retired")
    @CsvSource({
            "I,   2027-12, 15930, 10620",
            "I,   2028-01, 26550, 15930",
            "II,  2027-06, 14190,  9460",
            "II,  2028-01, 23650, 14190",
            "III, 2027-06, 12420,  8280",
            "III, 2028-03, 20700, 12420",
            "IV,  2027-06, 11100,  7400",
            "IV,  2028-12, 18500, 11100"})
    @DisplayName("without pension: the 2026–2027 rates until December 2027, the 2028 rates from January 2028, every region")
    void ratesChangeOnTheirDate(String region, String month, long working, long retired) {
        YearMonth m = YearMonth.parse(month);
        WageRegion r = WageRegion.valueOf(region);
        assertThat(due(DuesKind.NO_PENSION, null, r, false, m).amount()).isEqualTo(working);
        assertThat(due(DuesKind.NO_PENSION, null, r, true, m).amount()).isEqualTo(retired);
    }

    @Test
    @DisplayName("a new regional wage the clerk enters applies from its date: 2027 month old wage, 2028 month new wage and rate")
    void aNewWageFromItsDate() {
        RuleBook book = with(RULES, "dues.minimumWage.I", LocalDate.of(2028, 1, 1), "5700000");
        DuesRates.Situation s = new DuesRates.Situation(DuesKind.NO_PENSION, null, WageRegion.I, false, Exemption.NONE, 0);
        assertThat(DuesRates.due(s, YearMonth.of(2027, 12), book).amount()).isEqualTo(15_930);
        assertThat(DuesRates.due(s, YearMonth.of(2028, 1), book).amount()).isEqualTo(28_500); // 0.5% of 5,700,000
    }

    @Test
    @DisplayName("exact đồng: fractions of a đồng rounded half up once; to 1,000 đ only when the clerk sets it")
    void rounding() {
        Due odd = due(DuesKind.SALARIED, 7_654_321L, null, false, MARCH_2026);
        assertThat(odd.exact()).isEqualByComparingTo("76543.21");
        assertThat(odd.amount()).isEqualTo(76_543);
        assertThat(due(DuesKind.SALARIED, 7_654_350L, null, false, MARCH_2026).amount()).isEqualTo(76_544); // .50 up
        RuleBook thousands = with(RULES, "dues.roundTo", LocalDate.of(2026, 7, 1), "1000");
        DuesRates.Situation s = new DuesRates.Situation(DuesKind.SALARIED, 7_654_321L, null, false, Exemption.NONE, 0);
        assertThat(DuesRates.due(s, YearMonth.of(2026, 6), thousands).amount()).isEqualTo(76_543);
        assertThat(DuesRates.due(s, YearMonth.of(2026, 7), thousands).amount()).isEqualTo(77_000);
        assertThat(DuesRates.due(new DuesRates.Situation(DuesKind.SALARIED, 7_649_900L, null, false, Exemption.NONE, 0),
                YearMonth.of(2026, 7), thousands).amount()).isEqualTo(76_000); // 76,499 → 76,000
        assertThat(DuesRates.round(new BigDecimal("15500"), 1000)).isEqualTo(16_000);
        // the kept share: 30% of 1,234,567 = 370,370.1 → 370,370; the rest is remitted
        assertThat(DuesRates.kept(1_234_567, new BigDecimal("30"))).isEqualTo(370_370);
    }

    @Test
    @DisplayName("a month before the rule's start (January 2026) is a clear error naming the rule and the date")
    void beforeTheRule() {
        assertThatThrownBy(() -> due(DuesKind.SALARIED, 10_000_000L, null, false, YearMonth.of(2026, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(Messages.forLanguage("vi").describe(e))
                        .startsWith("Chưa có giá trị “Quy định về chế độ đảng phí” áp dụng cho ngày 01/01/2026"));
        assertThat(DuesRates.inForce(YearMonth.of(2026, 1), RULES)).isFalse();
        assertThat(DuesRates.inForce(YearMonth.of(2026, 2), RULES)).isTrue();
    }

    @Test
    @DisplayName("retirement age rises by year: a man born 10/05/1965 reaches it in November 2026, a woman born 01/06/1969 in June 2026")
    void retirementAge() {
        LocalDate man = LocalDate.of(1965, 5, 10);
        assertThat(Retirement.reached(man, true, LocalDate.of(2026, 11, 9), RULES)).isFalse();
        assertThat(Retirement.reached(man, true, LocalDate.of(2026, 11, 10), RULES)).isTrue();
        LocalDate woman = LocalDate.of(1969, 6, 1); // 56y8m (2025's age) only in 2026; 57y (2026's age) on 01/06/2026
        assertThat(Retirement.reached(woman, false, LocalDate.of(2026, 5, 31), RULES)).isFalse();
        assertThat(Retirement.reached(woman, false, LocalDate.of(2026, 6, 1), RULES)).isTrue();
        // reached under a lower age stays reached when the age rises the next year
        LocalDate early = LocalDate.of(1964, 10, 1);
        assertThat(Retirement.reached(LocalDate.of(1964, 7, 1), true, LocalDate.of(2026, 1, 15), RULES)).isTrue(); // 61y3m on 01/10/2025
        assertThat(Retirement.reached(early, true, LocalDate.of(2026, 1, 15), RULES)).isFalse();
    }

    @Test
    @DisplayName("amounts are read and written the Vietnamese way")
    void money() {
        assertThat(Dong.format(1_234_000)).isEqualTo("1.234.000");
        assertThat(Dong.format(5_000)).isEqualTo("5.000");
        assertThat(Dong.format(999)).isEqualTo("999");
        assertThat(Dong.parse("100.000 đ").getAsLong()).isEqualTo(100_000);
        assertThat(Dong.parse("1 234 567").getAsLong()).isEqualTo(1_234_567);
        assertThat(Dong.parse("  ")).isEmpty();
        assertThatThrownBy(() -> Dong.parse("100,5")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Dong.parse("mười nghìn")).isInstanceOf(NumberFormatException.class);
        assertThat(Months.parse("3/2026")).isEqualTo(YearMonth.of(2026, 3));
        assertThat(Months.parse("2028-01")).isEqualTo(YearMonth.of(2028, 1));
        assertThat(Months.list(List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 6), YearMonth.of(2026, 9)))).isEqualTo("03, 06, 09/2026");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1023557 | Một triệu không trăm hai mươi ba nghìn năm trăm năm mươi bảy đồng",
            "370370 | Ba trăm bảy mươi nghìn ba trăm bảy mươi đồng",
            "15930 | Mười lăm nghìn chín trăm ba mươi đồng",
            "105000 | Một trăm linh năm nghìn đồng",
            "1005000 | Một triệu không trăm linh năm nghìn đồng",
            "21000 | Hai mươi mốt nghìn đồng",
            "24500 | Hai mươi tư nghìn năm trăm đồng",
            "14000 | Mười bốn nghìn đồng",
            "2000000000 | Hai tỷ đồng",
            "5000 | Năm nghìn đồng",
            "0 | Không đồng"})
    @DisplayName("amounts in words for the list sent up (Bằng chữ)")
    void amountsInWords(long amount, String words) {
        assertThat(DongWords.of(amount)).isEqualTo(words);
    }
}
