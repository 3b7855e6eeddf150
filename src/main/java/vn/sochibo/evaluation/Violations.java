package vn.sochibo.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;

/**
 * What went wrong in the year: discipline received, and the other cases the older rules listed as "không hoàn thành
 * nhiệm vụ" (political or moral degradation, breaking what members must not do).
 *
 * @param discipline         the discipline received in the year
 * @param disciplineDate     the date of the discipline decision (required with a discipline)
 * @param disciplineRef      the decision's number, optional
 * @param degraded           degraded politically, ethically or in lifestyle (suy thoái)
 * @param brokeProhibitions  broke what Party members must not do
 */
public record Violations(Discipline discipline, LocalDate disciplineDate, String disciplineRef, boolean degraded,
                         boolean brokeProhibitions) {

    /** Nothing wrong. */
    public static final Violations NONE = new Violations(Discipline.NONE, null, null, false, false);

    public Violations {
        discipline = discipline == null ? Discipline.NONE : discipline;
        disciplineRef = Text.cleanOrNull(disciplineRef);
        if (discipline == Discipline.NONE) {
            disciplineDate = null;
            disciplineRef = null;
        }
    }

    /** True when any violation is recorded. */
    public boolean any() {
        return discipline != Discipline.NONE || degraded || brokeProhibitions;
    }

    /** Errors: a discipline without its date, or dated outside the evaluated year. */
    public List<Problem> problems(int year) {
        List<Problem> problems = new ArrayList<>();
        if (discipline != Discipline.NONE) {
            if (disciplineDate == null) {
                problems.add(Problem.error("evaluation.disciplineDate", "evaluation.problem.discipline.date"));
            } else if (disciplineDate.getYear() != year) {
                problems.add(Problem.error("evaluation.disciplineDate", "evaluation.problem.discipline.year", disciplineDate, year));
            }
        }
        return problems;
    }
}
