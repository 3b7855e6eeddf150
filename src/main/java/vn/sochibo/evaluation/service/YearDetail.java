package vn.sochibo.evaluation.service;

import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.evaluation.ChecklistItem;
import vn.sochibo.evaluation.GradeResult;
import vn.sochibo.evaluation.GradeSettings;
import vn.sochibo.evaluation.RepeatViolations;
import vn.sochibo.evaluation.TopGradeCap;
import vn.sochibo.evaluation.YearRecord;
import vn.sochibo.evaluation.YearTally;
import vn.sochibo.meeting.MeetingSummary;

/**
 * An evaluation year with everything worked out: each member's computed grade and problems, the tally, the cap check,
 * the chi bộ's own grade and checklist, members failing two years running.
 *
 * @param year           what is stored of the year
 * @param settings       the grading figures of the year, or null when the dated settings have none for it
 * @param meeting        the review meeting, or null
 * @param voteBase       N of the votes (from the meeting's roll, else as entered), or null
 * @param voters         the most who may vote (present and voting at the meeting, else N), or null
 * @param entries        the members in roll order
 * @param checklist      the "Chi bộ 4 tốt" items
 * @param branchComputed the grade the rules give the chi bộ
 * @param branchProblems what is wrong or to be reviewed in the chi bộ's grade
 * @param tally          the counts by grade
 * @param cap            the top-grade cap check, or null without settings
 * @param repeat         members failing this year and the year before
 * @param warnings       the year's warnings (cap, failed votes, two years running, no rules)
 */
public record YearDetail(YearRecord year, GradeSettings settings, MeetingSummary meeting, Integer voteBase,
                         Integer voters, List<EntryState> entries, List<ChecklistItem> checklist,
                         GradeResult branchComputed, List<Problem> branchProblems, YearTally tally, TopGradeCap cap,
                         List<RepeatViolations.Flag> repeat, List<Problem> warnings) {

    public YearDetail {
        entries = List.copyOf(entries);
        checklist = List.copyOf(checklist);
        branchProblems = List.copyOf(branchProblems);
        repeat = List.copyOf(repeat);
        warnings = List.copyOf(warnings);
    }

    /** The entry with id {@code entryId}, or null. */
    public EntryState entry(long entryId) {
        return entries.stream().filter(e -> e.entry().id() == entryId).findFirst().orElse(null);
    }
}
