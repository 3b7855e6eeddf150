package vn.sochibo.evaluation.service;

import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.evaluation.BranchGradeDraft;
import vn.sochibo.evaluation.ChecklistItem;
import vn.sochibo.evaluation.Discipline;
import vn.sochibo.evaluation.EntryRecord;
import vn.sochibo.evaluation.EntryRules;
import vn.sochibo.evaluation.Grade;
import vn.sochibo.evaluation.GradeResult;
import vn.sochibo.evaluation.GradeRules;
import vn.sochibo.evaluation.GradeSettings;
import vn.sochibo.evaluation.Line;
import vn.sochibo.evaluation.RepeatViolations;
import vn.sochibo.evaluation.TopGradeCap;
import vn.sochibo.evaluation.YearRecord;
import vn.sochibo.evaluation.YearTally;
import vn.sochibo.meeting.AttendanceFigures;
import vn.sochibo.meeting.MeetingSummary;

/** Works a stored year out into a {@link YearDetail}: grades, problems, tally, cap, flags. Pure. */
final class YearAssembler {

    private YearAssembler() {
    }

    /** The vote base and voters of a year: from the review meeting's roll when there is one, else as entered. */
    record Voting(MeetingSummary meeting, Integer voteBase, Integer voters) {

        static Voting of(YearRecord year, MeetingSummary meeting, AttendanceFigures figures) {
            if (meeting != null && figures != null) {
                return new Voting(meeting, figures.voteBase(), figures.votingPresent());
            }
            Integer n = year.header().voteBase();
            return new Voting(null, n, n);
        }
    }

    /** The grade the rules give an entry (none for members not evaluated or a year without rules). */
    static GradeResult computed(EntryRecord e, GradeSettings settings) {
        if (!e.participation().evaluated()) {
            return GradeResult.none(Line.of("evaluation.explain.notEvaluated", e.participation()));
        }
        if (settings == null) {
            return GradeResult.none(Line.of("evaluation.explain.noRules"));
        }
        return GradeRules.grade(GradeRules.Input.member(e.draft().score(), e.draft().tasks(), e.draft().violations()), settings);
    }

    static YearDetail assemble(YearRecord year, GradeSettings settings, Voting voting, List<EntryRecord> entries,
                               List<ChecklistItem> checklist, List<RepeatViolations.MemberYear> history) {
        List<EntryState> views = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        List<YearTally.Counted> counted = new ArrayList<>();
        int disciplined = 0;
        for (EntryRecord e : entries) {
            GradeResult computed = computed(e, settings);
            List<Problem> problems = EntryRules.problems(e.draft(), e.roll(), year.year(), settings, computed, voting.voters());
            Boolean passed = null;
            if (e.draft().vote() != null && voting.voteBase() != null) {
                passed = e.draft().vote().passed(voting.voteBase());
                if (!passed) {
                    warnings.add(Problem.warning("evaluation.votes", "evaluation.warning.voteFailed", e.fullName(),
                            e.draft().proposed(), e.draft().vote().votesFor(), voting.voteBase(),
                            vn.sochibo.evaluation.GradeVote.RULE.votesNeeded(voting.voteBase())));
                }
            }
            views.add(new EntryState(e, computed, problems, passed));
            counted.add(new YearTally.Counted(e.participation(), e.participation().evaluated() ? e.finalGrade() : null));
            if (e.draft().violations().discipline() != Discipline.NONE) {
                disciplined++;
            }
        }
        YearTally tally = YearTally.of(counted);
        TopGradeCap cap = null;
        if (settings == null) {
            warnings.add(0, Problem.warning(null, "evaluation.explain.noRules"));
        } else {
            cap = tally.cap(settings.capPercent());
            if (cap.exceeded()) {
                warnings.add(year.header().capReason() == null
                        ? Problem.warning("evaluation.capReason", "evaluation.warning.cap", cap.excellent(), cap.good(),
                                cap.capPercent(), cap.maxExcellent())
                        : Problem.warning("evaluation.capReason", "evaluation.warning.capKept", cap.excellent(),
                                cap.maxExcellent(), year.header().capReason()));
            }
        }
        List<RepeatViolations.Flag> repeat = RepeatViolations.flags(history, year.year());
        for (RepeatViolations.Flag f : repeat) {
            warnings.add(Problem.warning(null, "evaluation.warning.twoYears", f.fullName(), f.previousYear(), f.year()));
        }
        BranchGradeDraft branch = year.branch();
        GradeResult branchComputed = branch.computed(settings, disciplined);
        List<Problem> branchProblems = branch.problems(settings, branchComputed);
        return new YearDetail(year, settings, voting.meeting(), voting.voteBase(), voting.voters(), views, checklist,
                branchComputed, branchProblems, tally, cap, repeat, warnings);
    }

    /** The members' years as the two-years-running check counts them. */
    static List<RepeatViolations.MemberYear> history(List<EvaluationRepository.MemberYearEntry> all) {
        List<RepeatViolations.MemberYear> years = new ArrayList<>();
        for (EvaluationRepository.MemberYearEntry y : all) {
            EntryRecord e = y.entry();
            if (e.participation().evaluated()) {
                Grade grade = e.finalGrade();
                years.add(new RepeatViolations.MemberYear(e.memberId(), e.fullName(), y.year(),
                        RepeatViolations.failed(grade, e.draft().violations())));
            }
        }
        return years;
    }
}
