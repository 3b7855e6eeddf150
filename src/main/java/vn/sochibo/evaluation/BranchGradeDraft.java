package vn.sochibo.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;

/**
 * The chi bộ's own grade for the year (its self-assessment, Mẫu 01 of HD 43-HD/BTCTW, and the grade the upper
 * committee decided).
 *
 * @param points         the chi bộ's total points (0–100), or null
 * @param tasks          the task figures of the chi bộ
 * @param proposed       the grade the chi bộ proposes for itself
 * @param overrideReason why the proposal differs from the computed grade
 * @param decided        the grade the upper committee decided
 * @param decidedDate    the date of that decision
 * @param decidedRef     that decision's number
 */
public record BranchGradeDraft(BigDecimal points, TaskFigures tasks, Grade proposed, String overrideReason,
                               Grade decided, LocalDate decidedDate, String decidedRef) {

    /** Nothing recorded. */
    public static final BranchGradeDraft EMPTY = new BranchGradeDraft(null, TaskFigures.NONE, null, null, null, null, null);

    public BranchGradeDraft {
        points = Points.plain(points);
        tasks = tasks == null ? TaskFigures.NONE : tasks;
        overrideReason = Text.cleanOrNull(overrideReason);
        decidedRef = Text.cleanOrNull(decidedRef);
    }

    /** The grade the rules give the chi bộ, given how many of its members were disciplined in the year. */
    public GradeResult computed(GradeSettings settings, int disciplinedMembers) {
        if (settings == null) {
            return GradeResult.none(Line.of("evaluation.explain.noRules"));
        }
        if (points == null) {
            return GradeResult.none(Line.of("evaluation.explain.noBranchPoints"));
        }
        return GradeRules.grade(GradeRules.Input.collective(points, tasks, disciplinedMembers), settings);
    }

    /** Errors and warnings: points out of range, a differing proposal without a reason. */
    public List<Problem> problems(GradeSettings settings, GradeResult computed) {
        List<Problem> problems = new ArrayList<>();
        if (settings != null) {
            Points.check(problems, "evaluation.branchPoints", points, settings.totalMax());
        }
        problems.addAll(tasks.problems());
        Grade computedGrade = computed == null ? null : computed.grade();
        if (proposed != null && computedGrade != null && proposed != computedGrade && overrideReason == null) {
            problems.add(Problem.error("evaluation.overrideReason", "evaluation.problem.overrideReason", proposed, computedGrade));
        }
        if (computed != null) {
            problems.addAll(computed.flags());
        }
        return problems;
    }
}
