package vn.sochibo.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;

/**
 * Computes and explains a grade from the points and the task figures. Every cut-off and share is a dated setting
 * ({@link GradeSettings}) and is compared exactly: 89.5 is below 90 and stays HTT, nothing is rounded. See
 * src/site/rules.md, "Đánh giá, xếp loại (annual evaluation)". Pure.
 *
 * <ul>
 *   <li>By points: at least 90 → HTXS, at least 70 → HTT, at least 50 → HT, below 50 → KHT.</li>
 *   <li>HTXS also needs every task on time, at least 30% of tasks exceeding requirements, earlier shortcomings
 *       fixed and no violation (for a collective: nobody disciplined); a figure not given is not met. Otherwise
 *       HTT.</li>
 *   <li>HTT also needs every task on time; when the share given is lower, HT. When it is not given, HTT with a
 *       warning.</li>
 *   <li>A collective graded HT with more late tasks than allowed falls to KHT.</li>
 *   <li>The cases the older rules listed as KHT (discipline in the year, degradation, breaking the prohibitions,
 *       less than half of the tasks done) are not settled under 366-QĐ/TW: they are flagged for the chi bộ to
 *       review and never change the grade below HTT by themselves.</li>
 * </ul>
 */
public final class GradeRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GradeRules() {
    }

    /**
     * What is graded.
     *
     * @param total              the score's total, or null when not complete
     * @param tasks              the task figures
     * @param violations         the member's violations (for a collective: none of its own)
     * @param collective         true for the chi bộ itself
     * @param disciplinedMembers for a collective: members disciplined in the year
     */
    public record Input(BigDecimal total, TaskFigures tasks, Violations violations, boolean collective,
                        int disciplinedMembers) {

        /** A member's grade input. */
        public static Input member(Score score, TaskFigures tasks, Violations violations) {
            return new Input(score.total(), tasks, violations, false, 0);
        }

        /** The chi bộ's own grade input. */
        public static Input collective(BigDecimal total, TaskFigures tasks, int disciplinedMembers) {
            return new Input(total, tasks, Violations.NONE, true, disciplinedMembers);
        }
    }

    /** The grade with its working. */
    public static GradeResult grade(Input in, GradeSettings s) {
        if (in.total() == null) {
            return GradeResult.none(Line.of("evaluation.explain.noScore"));
        }
        List<Line> lines = new ArrayList<>();
        List<Problem> flags = new ArrayList<>();
        BigDecimal total = in.total();
        TaskFigures t = in.tasks() == null ? TaskFigures.NONE : in.tasks();
        Grade grade = byPoints(total, s, lines);
        if (grade == Grade.HTXS && !excellentConditions(in, t, s, lines)) {
            grade = Grade.HTT;
            lines.add(Line.of("evaluation.explain.excellent.notMet"));
        }
        if (grade == Grade.HTT) {
            if (t.onTimePercent() == null) {
                flags.add(Problem.warning("evaluation.onTimePercent", "evaluation.flag.onTimeMissing", s.goodOnTime()));
            } else if (t.onTimePercent().compareTo(s.goodOnTime()) < 0) {
                grade = Grade.HT;
                lines.add(Line.of("evaluation.explain.good.onTime", t.onTimePercent(), s.goodOnTime()));
            }
        }
        if (grade == Grade.HT && in.collective() && t.onTimePercent() != null
                && HUNDRED.subtract(t.onTimePercent()).compareTo(s.collectiveLateMax()) > 0) {
            grade = Grade.KHT;
            lines.add(Line.of("evaluation.explain.collective.late", HUNDRED.subtract(t.onTimePercent()),
                    s.collectiveLateMax()));
        }
        listedCases(in, t, s, flags);
        lines.add(Line.of("evaluation.explain.result", grade));
        return new GradeResult(grade, lines, flags);
    }

    private static Grade byPoints(BigDecimal total, GradeSettings s, List<Line> lines) {
        if (total.compareTo(s.excellentFrom()) >= 0) {
            lines.add(Line.of("evaluation.explain.points.excellent", total, s.excellentFrom()));
            return Grade.HTXS;
        }
        if (total.compareTo(s.goodFrom()) >= 0) {
            lines.add(Line.of("evaluation.explain.points.good", total, s.goodFrom(), s.excellentFrom()));
            return Grade.HTT;
        }
        if (total.compareTo(s.doneFrom()) >= 0) {
            lines.add(Line.of("evaluation.explain.points.done", total, s.doneFrom(), s.goodFrom()));
            return Grade.HT;
        }
        lines.add(Line.of("evaluation.explain.points.notDone", total, s.doneFrom()));
        return Grade.KHT;
    }

    /** Checks every extra condition of the top grade, adding a line for each; true when all are met. */
    private static boolean excellentConditions(Input in, TaskFigures t, GradeSettings s, List<Line> lines) {
        boolean met = true;
        if (t.onTimePercent() == null) {
            lines.add(Line.of("evaluation.explain.excellent.onTimeMissing", s.excellentOnTime()));
            met = false;
        } else if (t.onTimePercent().compareTo(s.excellentOnTime()) < 0) {
            lines.add(Line.of("evaluation.explain.excellent.onTime", t.onTimePercent(), s.excellentOnTime()));
            met = false;
        }
        if (t.exceedingPercent() == null) {
            lines.add(Line.of("evaluation.explain.excellent.exceedingMissing", s.excellentExceeding()));
            met = false;
        } else if (t.exceedingPercent().compareTo(s.excellentExceeding()) < 0) {
            lines.add(Line.of("evaluation.explain.excellent.exceeding", t.exceedingPercent(), s.excellentExceeding()));
            met = false;
        } else {
            lines.add(Line.of("evaluation.explain.excellent.exceedingMet", t.exceedingPercent(), s.excellentExceeding()));
        }
        if (!Boolean.TRUE.equals(t.shortcomingsFixed())) {
            lines.add(Line.of(t.shortcomingsFixed() == null ? "evaluation.explain.excellent.shortcomingsMissing"
                    : "evaluation.explain.excellent.shortcomings"));
            met = false;
        }
        if (in.violations() != null && in.violations().any()) {
            lines.add(Line.of("evaluation.explain.excellent.violation"));
            met = false;
        }
        if (in.collective() && in.disciplinedMembers() > 0) {
            lines.add(Line.of("evaluation.explain.excellent.disciplinedMembers", in.disciplinedMembers()));
            met = false;
        }
        return met;
    }

    /** The older rules' KHT cases: flagged for review, never decided here (unconfirmed under 366-QĐ/TW). */
    private static void listedCases(Input in, TaskFigures t, GradeSettings s, List<Problem> flags) {
        Violations v = in.violations() == null ? Violations.NONE : in.violations();
        if (v.discipline() != Discipline.NONE) {
            flags.add(Problem.warning("evaluation.discipline", "evaluation.flag.discipline", v.discipline()));
        }
        if (v.degraded()) {
            flags.add(Problem.warning("evaluation.degraded", "evaluation.flag.degraded"));
        }
        if (v.brokeProhibitions()) {
            flags.add(Problem.warning("evaluation.brokeProhibitions", "evaluation.flag.prohibitions"));
        }
        if (!in.collective() && t.completedPercent() != null && t.completedPercent().compareTo(s.notDoneBelowCompleted()) < 0) {
            flags.add(Problem.warning("evaluation.completedPercent", "evaluation.flag.completedBelow", t.completedPercent(),
                    s.notDoneBelowCompleted()));
        }
    }
}
