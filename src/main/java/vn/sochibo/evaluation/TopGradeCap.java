package vn.sochibo.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The cap on the top grade: those graded HTXS may be at most a share (20%, a dated setting) of those graded HTT.
 * Exact integer arithmetic. Reported for the 2019–2023 rules and not confirmed for 366-QĐ/TW, so the program only
 * warns, and the clerk may keep the grades with a recorded reason. See src/site/rules.md, "Đánh giá, xếp loại".
 *
 * @param excellent    graded HTXS
 * @param good         graded HTT (not counting HTXS)
 * @param capPercent   the share, in %
 * @param maxExcellent the most HTXS allowed with this many HTT
 */
public record TopGradeCap(int excellent, int good, BigDecimal capPercent, int maxExcellent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The cap check for {@code excellent} HTXS beside {@code good} HTT. */
    public static TopGradeCap check(int excellent, int good, BigDecimal capPercent) {
        return new TopGradeCap(excellent, good, capPercent, maxGivenGood(good, capPercent));
    }

    /** The most HTXS allowed beside {@code good} HTT: ⌊cap × good / 100⌋ (10 HTT → 2). */
    public static int maxGivenGood(int good, BigDecimal capPercent) {
        return capPercent.multiply(BigDecimal.valueOf(good)).divide(HUNDRED, 0, RoundingMode.FLOOR).intValueExact();
    }

    /**
     * The most HTXS among {@code goodOrAbove} members graded HTT or HTXS: the largest x with x ≤ cap × (total − x),
     * i.e. ⌊cap × total / (100 + cap)⌋ (21 → 3, since 3 ≤ 20% of 18 but 4 > 20% of 17).
     */
    public static int maxGivenGoodOrAbove(int goodOrAbove, BigDecimal capPercent) {
        return capPercent.multiply(BigDecimal.valueOf(goodOrAbove))
                .divide(HUNDRED.add(capPercent), 0, RoundingMode.FLOOR).intValueExact();
    }

    /** True when more are graded HTXS than the cap allows. */
    public boolean exceeded() {
        return excellent > maxExcellent;
    }
}
