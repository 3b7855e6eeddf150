package vn.sochibo.evaluation.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.sochibo.common.ValidationException;
import vn.sochibo.evaluation.GradeSettings;
import vn.sochibo.rulebook.RuleBook;

/**
 * The grading figures of an evaluation year, read from the dated settings in force on the last day of the year
 * (keys {@code evaluation.*} in {@code rulebook/defaults.properties}; see src/site/rules.md, "Đánh giá, xếp loại").
 */
public final class EvaluationSettings {

    /** Every dated setting the evaluation reads. */
    public static final List<String> KEYS = List.of("evaluation.commonMax", "evaluation.tasksMax",
            "evaluation.cutoff.excellent", "evaluation.cutoff.good", "evaluation.cutoff.done",
            "evaluation.excellent.onTimePercent", "evaluation.excellent.exceedingPercent",
            "evaluation.good.onTimePercent", "evaluation.collective.lateMaxPercent",
            "evaluation.notDone.completedBelowPercent", "evaluation.cap.excellentPercentOfGood");

    private EvaluationSettings() {
    }

    /** The day whose settings apply to {@code year}: its last day. */
    public static LocalDate dateOf(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /**
     * The figures in force for {@code year}.
     *
     * @throws ValidationException ({@code rulebook.notInForce}) when a figure has no value yet for that year, e.g.
     *                             a year before the 100-point score
     */
    public static GradeSettings read(RuleBook book, int year) {
        LocalDate date = dateOf(year);
        return new GradeSettings(book.decimal(KEYS.get(0), date), book.decimal(KEYS.get(1), date),
                book.decimal(KEYS.get(2), date), book.decimal(KEYS.get(3), date), book.decimal(KEYS.get(4), date),
                book.decimal(KEYS.get(5), date), book.decimal(KEYS.get(6), date), book.decimal(KEYS.get(7), date),
                book.decimal(KEYS.get(8), date), book.decimal(KEYS.get(9), date), book.decimal(KEYS.get(10), date));
    }

    /** The figures for {@code year}, or empty when the year has no grading rules in the settings. */
    public static Optional<GradeSettings> find(RuleBook book, int year) {
        try {
            return Optional.of(read(book, year));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
