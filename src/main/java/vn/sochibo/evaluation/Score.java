package vn.sochibo.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;

/**
 * A 100-point score: the common criteria plus the task results, entered as the two totals or by criteria group
 * (then each part is the sum of its groups). Exact decimals, never rounded. See src/site/rules.md, "Đánh giá, xếp
 * loại".
 *
 * @param mode   how it was entered
 * @param common points of the common criteria, or null when not entered
 * @param tasks  points of the task results, or null when not entered
 * @param groups the groups (only in {@link ScoreMode#GROUPS})
 */
public record Score(ScoreMode mode, BigDecimal common, BigDecimal tasks, List<CriterionScore> groups) {

    /** No points entered yet. */
    public static final Score NONE = new Score(ScoreMode.TOTALS, null, null, List.of());

    public Score {
        groups = mode == ScoreMode.GROUPS ? List.copyOf(groups) : List.of();
        if (mode == ScoreMode.GROUPS) {
            common = sum(groups, ScorePart.COMMON);
            tasks = sum(groups, ScorePart.TASKS);
        } else {
            common = Points.plain(common);
            tasks = Points.plain(tasks);
        }
    }

    /** A score entered as its two totals (either may be null while not entered). */
    public static Score totals(BigDecimal common, BigDecimal tasks) {
        return new Score(ScoreMode.TOTALS, common, tasks, List.of());
    }

    /** A score entered by criteria group. */
    public static Score byGroups(List<CriterionScore> groups) {
        return new Score(ScoreMode.GROUPS, null, null, groups);
    }

    /** True when both parts have points. */
    public boolean complete() {
        return common != null && tasks != null;
    }

    /** True when nothing was entered. */
    public boolean empty() {
        return common == null && tasks == null;
    }

    /** common + tasks, or null when a part is missing. */
    public BigDecimal total() {
        return complete() ? Points.plain(common.add(tasks)) : null;
    }

    /** Errors: a negative part, more than two decimals, a part above its maximum, a group without a title. */
    public List<Problem> problems(GradeSettings settings) {
        List<Problem> problems = new ArrayList<>();
        for (CriterionScore g : groups) {
            if (g.title() == null) {
                problems.add(Problem.error("evaluation.criteria", "evaluation.problem.group.title"));
            }
            if (g.points() == null || g.part() == null) {
                problems.add(Problem.error("evaluation.criteria", "evaluation.problem.group.points", g.title() == null ? "" : g.title()));
            } else {
                Points.check(problems, "evaluation.criteria", g.points(), g.part() == ScorePart.COMMON ? settings.commonMax() : settings.tasksMax());
            }
        }
        Points.check(problems, "evaluation.commonPoints", common, settings.commonMax());
        Points.check(problems, "evaluation.taskPoints", tasks, settings.tasksMax());
        return problems;
    }

    /** "Tổng điểm 91 = 27 (tiêu chí chung) + 64 (kết quả thực hiện nhiệm vụ)", or that points are missing. */
    public Line explain() {
        return complete() ? Line.of("evaluation.explain.total", total(), common, tasks) : Line.of("evaluation.explain.noScore");
    }

    private static BigDecimal sum(List<CriterionScore> groups, ScorePart part) {
        BigDecimal sum = null;
        for (CriterionScore g : groups) {
            if (g.part() == part && g.points() != null) {
                sum = sum == null ? g.points() : sum.add(g.points());
            }
        }
        return Points.plain(sum);
    }
}
