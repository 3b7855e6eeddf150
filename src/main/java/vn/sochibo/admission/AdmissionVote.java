package vn.sochibo.admission;

import java.time.LocalDate;

/**
 * A chi bộ vote on a candidate, held at a meeting: the date, N of that meeting's roll call and the three counts.
 * Passing is the one two-thirds rule of {@code vote.VoteRule} ({@code 3 × for ≥ 2 × N}).
 *
 * @param meetingId the meeting, or {@code null} once that meeting was deleted (the vote keeps its date and N)
 */
public record AdmissionVote(long id, VotePurpose purpose, Long meetingId, LocalDate date, int voteBase, int votesFor,
                            int votesAgainst, int votesOther) {

    public boolean passed() {
        return purpose.rule().passes(votesFor, voteBase);
    }

    /** The votes in favour the rule needs with this N. */
    public int votesNeeded() {
        return purpose.rule().votesNeeded(voteBase);
    }
}
