package vn.sochibo.dues;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.rulebook.RuleBook;

/**
 * The amount of one member's dues for one month under the rates in force (src/site/rules.md, "Đảng phí"). Exact
 * decimal arithmetic on whole đồng; the only rounding is the last step, half up to the unit the clerk chose (one
 * đồng unless they set "dues.roundTo"). Every figure comes from the dated settings in force on the month's first day,
 * so a month before the rule's start is a clear error ({@code rulebook.notInForce}). Pure.
 */
public final class DuesRates {

    /** The rule in force; its start is the first month with dues. */
    public static final String RULE = "dues.rule";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DuesRates() {
    }

    /**
     * A member's situation in a month as far as dues go.
     *
     * @param retired          for {@link DuesKind#NO_PENSION}: at or over the retirement age
     * @param exemption        why they are exempt, or NONE
     * @param reductionPercent a reduction by decision, 0 for none
     */
    public record Situation(DuesKind kind, Long base, WageRegion region, boolean retired, Exemption exemption,
                            int reductionPercent) {
    }

    /**
     * What is owed for {@code month}.
     *
     * @throws vn.sochibo.common.ValidationException when a setting the computation needs has no value in force on the
     *                                               month's first day (a month before the rule's start)
     */
    public static Due due(Situation s, YearMonth month, RuleBook rules) {
        LocalDate first = month.atDay(1);
        rules.require(RULE, first);
        long basis;
        BigDecimal rate;
        BigDecimal full;
        switch (s.kind()) {
            case SALARIED, BENEFIT, PENSIONER -> {
                basis = s.base() == null ? 0 : s.base();
                rate = rules.decimal("dues.rate." + s.kind().name(), first);
                full = BigDecimal.valueOf(basis).multiply(rate).divide(HUNDRED);
            }
            case NO_PENSION -> {
                basis = rules.integer("dues.minimumWage." + s.region().name(), first);
                rate = rules.decimal("dues.rate.NO_PENSION." + (s.retired() ? "retired" : "working"), first);
                full = BigDecimal.valueOf(basis).multiply(rate).divide(HUNDRED);
            }
            case STUDENT -> {
                basis = 0;
                rate = null;
                full = BigDecimal.valueOf(rules.integer("dues.amount.STUDENT", first));
            }
            default -> throw new IllegalArgumentException(String.valueOf(s.kind()));
        }
        if (s.exemption() != Exemption.NONE) {
            return new Due(s.kind(), basis, rate, BigDecimal.ZERO, 0, s.exemption(), 0);
        }
        BigDecimal exact = full.multiply(BigDecimal.valueOf(100L - s.reductionPercent())).divide(HUNDRED);
        return new Due(s.kind(), basis, rate, exact, s.reductionPercent(), Exemption.NONE, round(exact, unit(rules, first)));
    }

    /** The exact amount half up to a multiple of {@code unit} đồng. */
    public static long round(BigDecimal exact, long unit) {
        BigDecimal u = BigDecimal.valueOf(unit);
        return exact.divide(u, 0, RoundingMode.HALF_UP).multiply(u).longValueExact();
    }

    private static long unit(RuleBook rules, LocalDate first) {
        return rules.inForce("dues.roundTo", first).map(v -> Math.max(1L, Long.parseLong(v.value()))).orElse(1L);
    }

    /** True when the rule is in force in {@code month} (the month is not before its start). */
    public static boolean inForce(YearMonth month, RuleBook rules) {
        return rules.inForce(RULE, month.atDay(1)).isPresent();
    }

    /** The Party years from which a member is exempt, as in force in {@code month}. */
    public static int exemptPartyYears(YearMonth month, RuleBook rules) {
        return (int) rules.integer("dues.exemptPartyYears", month.atDay(1));
    }

    /** The reductions the rule allows in {@code month}, in per cent (e.g. 30, 50, 70). */
    public static List<Integer> reductionSteps(YearMonth month, RuleBook rules) {
        List<Integer> steps = new ArrayList<>();
        for (String part : rules.text("dues.reductionSteps", month.atDay(1)).split("[,;\\s]+")) {
            if (!part.isBlank()) {
                steps.add(Integer.parseInt(part.strip().replace("%", "")));
            }
        }
        return steps;
    }

    /** The longest a reduction may last in months, as in force in {@code month}. */
    public static int reductionMaxMonths(YearMonth month, RuleBook rules) {
        return (int) rules.integer("dues.reductionMaxMonths", month.atDay(1));
    }

    /** The share the branch keeps, in per cent, as in force in {@code month}. */
    public static BigDecimal keptPercent(YearMonth month, RuleBook rules) {
        return rules.decimal("dues.keptPercent", month.atDay(1));
    }

    /** The kept share of {@code collected}: exact, half up to the đồng. The rest is remitted. */
    public static long kept(long collected, BigDecimal keptPercent) {
        return BigDecimal.valueOf(collected).multiply(keptPercent).divide(HUNDRED, MathContext.DECIMAL128)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
