package vn.sochibo.evaluation;

import java.time.LocalDate;

import vn.sochibo.common.Text;

/**
 * What the clerk records for one member in an evaluation year.
 *
 * @param excludedReason  why the member is left out this year (null: evaluated as the roll says)
 * @param formKind        the self-review form (2A, 2B, 2C)
 * @param score           the points
 * @param tasks           the task figures
 * @param violations      what went wrong in the year
 * @param hostComment     for a member on temporary activity elsewhere: the host chi bộ's comments
 * @param branchComment   the chi bộ's comment on the member
 * @param proposed        the grade the chi bộ proposes (voted on)
 * @param overrideReason  why the proposal differs from the computed grade (required then)
 * @param vote            the show of hands on the proposal, or null before the vote
 * @param decided         the grade the upper committee decided, or null
 * @param decidedDate     the date of that decision
 * @param decidedRef      that decision's number
 */
public record EntryDraft(String excludedReason, FormKind formKind, Score score, TaskFigures tasks,
                         Violations violations, String hostComment, String branchComment, Grade proposed,
                         String overrideReason, GradeVote vote, Grade decided, LocalDate decidedDate,
                         String decidedRef) {

    /** Nothing recorded yet. */
    public static final EntryDraft EMPTY = new EntryDraft(null, null, Score.NONE, TaskFigures.NONE, Violations.NONE,
            null, null, null, null, null, null, null, null);

    public EntryDraft {
        excludedReason = Text.cleanOrNull(excludedReason);
        score = score == null ? Score.NONE : score;
        tasks = tasks == null ? TaskFigures.NONE : tasks;
        violations = violations == null ? Violations.NONE : violations;
        hostComment = Text.cleanOrNull(hostComment);
        branchComment = Text.cleanOrNull(branchComment);
        overrideReason = Text.cleanOrNull(overrideReason);
        decidedRef = Text.cleanOrNull(decidedRef);
    }

    /** The participation this draft gives a member whose roll status is {@code roll}. */
    public Participation participation(Participation roll) {
        return excludedReason != null && roll.evaluated() ? Participation.EXCLUDED : roll;
    }

    /** True when anything of an evaluation (points, figures, grades, votes) is recorded. */
    public boolean hasGrading() {
        return !score.empty() || proposed != null || decided != null || vote != null || formKind != null
                || tasks.completedPercent() != null || tasks.onTimePercent() != null || tasks.exceedingPercent() != null;
    }
}
