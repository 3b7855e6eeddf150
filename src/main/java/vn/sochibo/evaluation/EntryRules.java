package vn.sochibo.evaluation;

import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;

/**
 * What is wrong with a member's entry: errors refuse the save, warnings are shown. Pure; see src/site/rules.md,
 * "Đánh giá, xếp loại (annual evaluation)".
 */
public final class EntryRules {

    private EntryRules() {
    }

    /**
     * The problems of {@code draft}.
     *
     * @param roll     the member's participation from the register on the roll date
     * @param year     the evaluated year
     * @param settings the grading figures in force, or null when the year has none (no score check then)
     * @param computed the grade the rules give (its flags are added as warnings)
     * @param voters   the most who may vote on the proposal, or null when the vote base is not known
     */
    public static List<Problem> problems(EntryDraft draft, Participation roll, int year, GradeSettings settings,
                                         GradeResult computed, Integer voters) {
        List<Problem> problems = new ArrayList<>();
        Participation participation = draft.participation(roll);
        if (!participation.evaluated()) {
            if (draft.hasGrading()) {
                problems.add(Problem.error("evaluation.participation", "evaluation.problem.notEvaluated", participation));
            }
            return problems;
        }
        if (settings != null) {
            problems.addAll(draft.score().problems(settings));
        }
        problems.addAll(draft.tasks().problems());
        problems.addAll(draft.violations().problems(year));
        if (draft.formKind() == null && !draft.score().empty()) {
            problems.add(Problem.warning("evaluation.formKind", "evaluation.problem.formKind"));
        }
        if (participation == Participation.AWAY && draft.hostComment() == null) {
            problems.add(Problem.warning("evaluation.hostComment", "evaluation.problem.hostComment"));
        }
        Grade computedGrade = computed == null ? null : computed.grade();
        if (draft.proposed() != null && computedGrade != null && draft.proposed() != computedGrade
                && draft.overrideReason() == null) {
            problems.add(Problem.error("evaluation.overrideReason", "evaluation.problem.overrideReason", draft.proposed(), computedGrade));
        }
        if (draft.vote() != null) {
            if (draft.proposed() == null) {
                problems.add(Problem.error("evaluation.votes", "evaluation.problem.votes.noProposal"));
            }
            if (voters != null) {
                problems.addAll(draft.vote().problems(voters));
            }
        }
        if (draft.decided() != null && draft.decidedDate() == null) {
            problems.add(Problem.warning("evaluation.decidedDate", "evaluation.problem.decidedDate"));
        }
        if (computed != null) {
            problems.addAll(computed.flags());
        }
        return problems;
    }
}
