package vn.sochibo.evaluation;

import java.math.BigDecimal;
import java.util.List;

import vn.sochibo.common.Problem;

/** Checks of the decimal figures of an evaluation: points and percentages, at most two decimals, never rounded. */
final class Points {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Points() {
    }

    /**
     * Adds an error when {@code value} is negative, above {@code max} or has more than two decimals.
     *
     * @param field the field it concerns (for the message)
     */
    static void check(List<Problem> problems, String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            return;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            problems.add(Problem.error(field, "evaluation.problem.decimals", value));
        } else if (value.signum() < 0 || value.compareTo(max) > 0) {
            problems.add(Problem.error(field, "evaluation.problem.range", value, max));
        }
    }

    /** {@link #check} for a percentage (0 to 100). */
    static void percent(List<Problem> problems, String field, BigDecimal value) {
        check(problems, field, value, HUNDRED);
    }

    /** {@code value} without trailing zeros, plain (27.50 is 27.5, 90.00 is 90); null stays null. */
    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }
}
