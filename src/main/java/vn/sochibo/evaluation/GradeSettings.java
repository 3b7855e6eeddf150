package vn.sochibo.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The figures of the grading rules in force for one evaluation year: read from the dated settings (never constants),
 * see src/site/rules.md, "Đánh giá, xếp loại (annual evaluation)". Every value is compared exactly.
 *
 * @param commonMax             the most points of the common criteria (30)
 * @param tasksMax              the most points of the task results (70)
 * @param excellentFrom         the least total for the top grade (90)
 * @param goodFrom              the least total for HTT (70)
 * @param doneFrom              the least total for HT (50); below it KHT
 * @param excellentOnTime       the share of tasks done on time the top grade needs, in % (100)
 * @param excellentExceeding    the share of tasks exceeding requirements the top grade needs, in % (30)
 * @param goodOnTime            the share of tasks done on time HTT needs, in % (100)
 * @param collectiveLateMax     the largest share of late tasks a collective graded HT may have, in % (20)
 * @param notDoneBelowCompleted a member completing less than this share of tasks is a listed KHT case, in % (50)
 * @param capPercent            the top grade is capped at this share of those graded HTT, in % (20)
 */
public record GradeSettings(BigDecimal commonMax, BigDecimal tasksMax, BigDecimal excellentFrom, BigDecimal goodFrom,
                            BigDecimal doneFrom, BigDecimal excellentOnTime, BigDecimal excellentExceeding,
                            BigDecimal goodOnTime, BigDecimal collectiveLateMax, BigDecimal notDoneBelowCompleted,
                            BigDecimal capPercent) {

    public GradeSettings {
        Objects.requireNonNull(commonMax);
        Objects.requireNonNull(tasksMax);
        Objects.requireNonNull(excellentFrom);
        Objects.requireNonNull(goodFrom);
        Objects.requireNonNull(doneFrom);
        Objects.requireNonNull(excellentOnTime);
        Objects.requireNonNull(excellentExceeding);
        Objects.requireNonNull(goodOnTime);
        Objects.requireNonNull(collectiveLateMax);
        Objects.requireNonNull(notDoneBelowCompleted);
        Objects.requireNonNull(capPercent);
    }

    /** The most points of a score: common plus tasks (100). */
    public BigDecimal totalMax() {
        return commonMax.add(tasksMax);
    }
}
