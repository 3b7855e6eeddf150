package vn.sochibo.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;

/**
 * What the clerk records about an evaluation year as a whole.
 *
 * @param rollDate        the day the register is read for the roll (members on it that day are evaluated)
 * @param reviewMeetingId the meeting where the chi bộ reviewed and voted, or null
 * @param reviewDate      the date of that review (the meeting's date when one is linked)
 * @param voteBase        N of the votes when no meeting is linked (from the meeting's roll otherwise), or null
 * @param reportNumber    the number of the summary report ("Số 05-BC/CB"), or null
 * @param capReason       why grades above the top-grade cap are kept, or null
 */
public record YearHeader(LocalDate rollDate, Long reviewMeetingId, LocalDate reviewDate, Integer voteBase,
                         Integer reportNumber, String capReason) {

    public YearHeader {
        capReason = Text.cleanOrNull(capReason);
    }

    /** Errors: no roll date, a roll date or review outside the year and the month after it, a negative N or number. */
    public List<Problem> problems(int year) {
        List<Problem> problems = new ArrayList<>();
        if (rollDate == null) {
            problems.add(Problem.error("evaluation.rollDate", "evaluation.problem.rollDate.missing"));
        } else if (rollDate.getYear() != year) {
            problems.add(Problem.error("evaluation.rollDate", "evaluation.problem.rollDate.year", rollDate, year));
        }
        if (reviewDate != null && (reviewDate.isBefore(LocalDate.of(year, 1, 1)) || reviewDate.isAfter(LocalDate.of(year + 1, 3, 31)))) {
            problems.add(Problem.error("evaluation.reviewDate", "evaluation.problem.reviewDate", reviewDate, year));
        }
        if (voteBase != null && voteBase < 0) {
            problems.add(Problem.error("evaluation.voteBase", "evaluation.problem.voteBase"));
        }
        if (reportNumber != null && reportNumber <= 0) {
            problems.add(Problem.error("evaluation.reportNumber", "evaluation.problem.reportNumber"));
        }
        return problems;
    }
}
