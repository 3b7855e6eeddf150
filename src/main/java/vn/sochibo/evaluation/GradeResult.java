package vn.sochibo.evaluation;

import java.util.List;

import vn.sochibo.common.Problem;

/**
 * The grade the rules give, with why, and what the chi bộ must look at itself.
 *
 * @param grade       the grade computed, or null when there are no points yet or no rules for the year
 * @param explanation the working, line by line, in order
 * @param flags       warnings for the chi bộ to review (rules the program cannot be sure of); never blocking
 */
public record GradeResult(Grade grade, List<Line> explanation, List<Problem> flags) {

    public GradeResult {
        explanation = List.copyOf(explanation);
        flags = List.copyOf(flags);
    }

    /** Nothing to compute. */
    public static GradeResult none(Line why) {
        return new GradeResult(null, List.of(why), List.of());
    }
}
