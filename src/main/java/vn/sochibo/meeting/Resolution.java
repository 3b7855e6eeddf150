package vn.sochibo.meeting;

import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;

/** A resolution put to the vote with its three counts: tán thành, không tán thành, ý kiến khác. */
public record Resolution(ResolutionKind kind, String content, int votesFor, int votesAgainst, int votesOther) {

    public Resolution {
        content = Text.clean(content);
    }

    public int votesCast() {
        return votesFor + votesAgainst + votesOther;
    }

    /**
     * Checks the counts against the attendance: no negative counts, no more votes than voting members present.
     *
     * @param figures the meeting's attendance figures
     */
    public List<Problem> problems(AttendanceFigures figures) {
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(Problem.error("kind", "meeting.problem.resolution.kind"));
        }
        if (content == null || content.isEmpty()) {
            problems.add(Problem.error("content", "meeting.problem.resolution.content"));
        }
        if (votesFor < 0 || votesAgainst < 0 || votesOther < 0) {
            problems.add(Problem.error("votes", "meeting.problem.resolution.negative"));
        } else if (votesCast() > figures.votingPresent()) {
            problems.add(Problem.error("votes", "meeting.problem.resolution.tooManyVotes", votesCast(), figures.votingPresent()));
        }
        return problems;
    }

    /** Whether the resolution passed with the meeting's vote base N. */
    public boolean passed(AttendanceFigures figures) {
        return kind.passes(votesFor, figures.voteBase());
    }
}
