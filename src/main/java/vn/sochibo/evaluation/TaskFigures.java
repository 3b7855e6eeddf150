package vn.sochibo.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;

/**
 * The task figures the grade conditions look at, as percentages of the tasks of the year (null: not given).
 *
 * @param completedPercent   tasks completed
 * @param onTimePercent      tasks completed on time
 * @param exceedingPercent   tasks exceeding requirements
 * @param shortcomingsFixed  whether the shortcomings pointed out earlier were all fixed (null: not said)
 */
public record TaskFigures(BigDecimal completedPercent, BigDecimal onTimePercent, BigDecimal exceedingPercent,
                          Boolean shortcomingsFixed) {

    /** Nothing given. */
    public static final TaskFigures NONE = new TaskFigures(null, null, null, null);

    public TaskFigures {
        completedPercent = Points.plain(completedPercent);
        onTimePercent = Points.plain(onTimePercent);
        exceedingPercent = Points.plain(exceedingPercent);
    }

    /** Errors: a share outside 0–100 or with more than two decimals; more done on time than done at all. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        Points.percent(problems, "evaluation.completedPercent", completedPercent);
        Points.percent(problems, "evaluation.onTimePercent", onTimePercent);
        Points.percent(problems, "evaluation.exceedingPercent", exceedingPercent);
        if (problems.isEmpty() && completedPercent != null && onTimePercent != null
                && onTimePercent.compareTo(completedPercent) > 0) {
            problems.add(Problem.error("evaluation.onTimePercent", "evaluation.problem.onTimeAboveCompleted", onTimePercent,
                    completedPercent));
        }
        return problems;
    }
}
