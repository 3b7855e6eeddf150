package vn.sochibo.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shares for reports, honest at the ends: a whole number when exact, otherwise one decimal half up; never 100
 * unless all are counted and never 0 unless none are (199 of 200 is 99.5, 1999 of 2000 is 99.9, not 100).
 */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ALMOST_ALL = new BigDecimal("99.9");
    private static final BigDecimal ALMOST_NONE = new BigDecimal("0.1");

    private Percent() {
    }

    /** {@code part} of {@code whole} in %, or null when {@code whole} is 0. */
    public static BigDecimal of(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        BigDecimal exact = BigDecimal.valueOf(part * 100L);
        BigDecimal divisor = BigDecimal.valueOf(whole);
        if (exact.remainder(divisor).signum() == 0) {
            return exact.divide(divisor, 0, RoundingMode.UNNECESSARY);
        }
        BigDecimal share = exact.divide(divisor, 1, RoundingMode.HALF_UP);
        if (share.compareTo(ALMOST_ALL) > 0 || share.compareTo(HUNDRED) == 0) {
            return ALMOST_ALL;
        }
        if (share.signum() == 0) {
            return ALMOST_NONE;
        }
        return share.stripTrailingZeros().scale() <= 0 ? share.setScale(0, RoundingMode.UNNECESSARY) : share;
    }
}
