package vn.sochibo.election.engine;

import vn.sochibo.vote.VoteBase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;

import vn.sochibo.common.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Worked examples T1 and T2 (src/site/rules.md, "Bầu cử tại đại hội chi bộ"): a 5-seat committee with 6 candidates, N = 33.
 */
class CommitteeWorkedExamplesTest {

    static final Candidate A = new Candidate("Nguyễn Văn An", 30);
    static final Candidate B = new Candidate("Trần Thị Bình", 25);
    static final Candidate C = new Candidate("Lê Văn Cường", 20);
    static final Candidate D = new Candidate("Phạm Thị Dung", 15);
    static final Candidate E = new Candidate("Hoàng Văn Đức", 10);
    static final Candidate F = new Candidate("Võ Thị Giang", 5);
    static final List<Candidate> LIST = List.of(F, E, D, C, B, A);
    static final String NO_STAMP = "Không có dấu của Ban kiểm phiếu";

    static final VoteBase T1_BASE = new VoteBase(38, 2, 1, 1, 1);

    static List<Ballot> t1FirstRoundBallots() {
        List<Ballot> valid = BallotSets.crossingOut(Contest.of(Office.COMMITTEE, 5, 0, LIST, T1_BASE).candidates(),
                30, Map.of(A.name(), 29, B.name(), 27, C.name(), 22, D.name(), 20, E.name(), 18, F.name(), 18));
        List<Ballot> ballots = new ArrayList<>(valid);
        ballots.add(15, new Ballot.CrossingOut(List.of()));
        ballots.add(new Ballot.RuledInvalid(NO_STAMP));
        return ballots;
    }

    @Test
    @DisplayName("T1: N = 38 − 2 − 1 − 1 − 1 = 33, votes needed 17, each subtraction itemised")
    void voteBaseOfT1IsThirtyThreeNeedingSeventeen() {
        assertThat(T1_BASE.n()).isEqualTo(33);
        assertThat(T1_BASE.votesNeeded()).isEqualTo(17);
        assertThat(T1_BASE.subtractions()).extracting(VoteBase.Subtraction::labelKey, VoteBase.Subtraction::count)
                .containsExactly(
                        tuple(VoteBase.TEMPORARILY_ELSEWHERE, 2),
                        tuple(VoteBase.EXEMPT_ABSENT, 1),
                        tuple(VoteBase.SUSPENDED, 1),
                        tuple(VoteBase.PROSECUTED_OR_DETAINED, 0),
                        tuple(VoteBase.ABSENT_EXCUSED, 1));
    }

    @Test
    @DisplayName("T1: the roll gives N = 33 and 32 ballots; probationary and visiting members get none")
    void rollOfT1GivesThirtyTwoBallotsAndBaseThirtyThree() {
        List<Attendee> roll = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            roll.add(Attendee.official("Đảng viên " + i, true));
        }
        roll.add(new Attendee("Miễn có mặt", Attendee.Standing.OFFICIAL, Attendee.Situation.EXEMPT, true, false));
        roll.add(new Attendee("Miễn vắng", Attendee.Standing.OFFICIAL, Attendee.Situation.EXEMPT, false, false));
        for (int i = 0; i < 2; i++) {
            roll.add(new Attendee("Đi nơi khác " + i, Attendee.Standing.OFFICIAL,
                    Attendee.Situation.TEMPORARILY_ELSEWHERE, false, false));
            roll.add(new Attendee("Đến tạm " + i, Attendee.Standing.TEMPORARILY_HERE, Attendee.Situation.ACTIVE,
                    true, false));
        }
        roll.add(new Attendee("Đình chỉ", Attendee.Standing.OFFICIAL, Attendee.Situation.SUSPENDED, false, false));
        roll.add(new Attendee("Vắng có lý do", Attendee.Standing.OFFICIAL, Attendee.Situation.ACTIVE, false, true));
        roll.add(new Attendee("Vắng không lý do", Attendee.Standing.OFFICIAL, Attendee.Situation.ACTIVE, false, false));
        for (int i = 0; i < 3; i++) {
            roll.add(new Attendee("Dự bị " + i, Attendee.Standing.PROBATIONARY, Attendee.Situation.ACTIVE, true,
                    false));
        }

        CongressRoll congress = CongressRoll.of(roll);

        assertThat(congress.officialMembers()).isEqualTo(38);
        assertThat(congress.voteBase()).isEqualTo(T1_BASE);
        assertThat(congress.ballotHolders()).hasSize(32)
                .allMatch(holder -> holder.standing() == Attendee.Standing.OFFICIAL);
        assertThat(congress.notes()).isEmpty();
    }

    @Test
    @DisplayName("T1: round 1 elects A, B, C, D and flags E and F tied for the fifth seat")
    void firstRoundOfT1ElectsFourAndTiesTheLastTwoForTheFifthSeat() {
        Contest contest = Contest.of(Office.COMMITTEE, 5, 0, LIST, T1_BASE);
        assertThat(CandidateListCheck.checkList(Office.COMMITTEE, 5, LIST.size())).isEmpty();

        TallyResult result = Tally.count(contest, 32, t1FirstRoundBallots());

        assertThat(result.base()).isEqualTo(33);
        assertThat(result.votesNeeded()).isEqualTo(17);
        assertThat(result.ballotsCollected()).isEqualTo(32);
        assertThat(result.valid()).isEqualTo(30);
        assertThat(result.invalid()).isEqualTo(2);
        assertThat(result.invalidReasons()).containsExactly(
                new TallyResult.ReasonCount(BallotRuling.reason("election.engine.reasonTooManyKept", 5), 1),
                new TallyResult.ReasonCount(BallotRuling.boardReason(NO_STAMP), 1));
        assertThat(result.candidates()).extracting(CandidateResult::name, CandidateResult::votes,
                CandidateResult::percentOfBase, CandidateResult::percentOfValid, CandidateResult::passed)
                .containsExactly(
                        row(A, 29, "87.88", "96.67"), row(B, 27, "81.82", "90.00"), row(C, 22, "66.67", "73.33"),
                        row(D, 20, "60.61", "66.67"), row(E, 18, "54.55", "60.00"), row(F, 18, "54.55", "60.00"));
        assertThat(result.candidates().stream().mapToInt(CandidateResult::votes).sum()).isEqualTo(134);
        assertThat(result.elected()).containsExactly(A, B, C, D);
        assertThat(result.tied()).containsExactly(E, F);
        assertThat(result.tieForAlternates()).isFalse();
        assertThat(result.seatsUnfilled()).isEqualTo(1);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    @DisplayName("T1: the tie-break between E and F for one seat elects E with 19 of 32 (≥ 17)")
    void tieBreakOfT1AmongTheTiedOnlyElectsTheOneWithMoreVotes() {
        Election election = new Election(Office.COMMITTEE, 5, 0, T1_BASE);
        election.record(Tally.count(election.nextContest(LIST), 32, t1FirstRoundBallots()));
        assertThat(election.next()).isEqualTo(Election.NextStep.TIE_BREAK_ROUND);
        assertThatThrownBy(() -> election.nextContest(List.of(D, E, F)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("election.engine.tieBreakListMustBeTied");

        Contest tieBreak = election.nextContest(List.of(F, E));
        assertThat(tieBreak.seats()).isEqualTo(1);
        assertThat(tieBreak.keepLimit()).isEqualTo(1);
        assertThat(election.checkNextList(tieBreak.candidates())).isEmpty();
        Round round = election.record(Tally.count(tieBreak, 32,
                BallotSets.crossingOut(tieBreak.candidates(), 32, Map.of(E.name(), 19, F.name(), 13))));

        assertThat(round.number()).isEqualTo(2);
        assertThat(round.kind()).isEqualTo(Round.Kind.TIE_BREAK);
        assertThat(round.result().electedNames()).containsExactly(E.name());
        assertThat(election.elected()).containsExactly(A, B, C, D, E);
        assertThat(election.next()).isEqualTo(Election.NextStep.COMPLETE);
        assertThat(election.rounds()).hasSize(2);
    }

    @Test
    @DisplayName("T1: a 16–16 tie-break elects nobody; the congress may stop at four members")
    void tieBreakOfT1WithSixteenEachElectsNobodyAndTheCongressMayStop() {
        Election election = new Election(Office.COMMITTEE, 5, 0, T1_BASE);
        election.record(Tally.count(election.nextContest(LIST), 32, t1FirstRoundBallots()));
        Contest tieBreak = election.nextContest(List.of(E, F));

        TallyResult result = Tally.count(tieBreak, 32,
                BallotSets.crossingOut(tieBreak.candidates(), 32, Map.of(E.name(), 16, F.name(), 16)));
        election.record(result);

        assertThat(result.elected()).isEmpty();
        assertThat(result.tied()).as("16 < 17: nobody passed, so it is no tie").isEmpty();
        assertThat(result.seatsUnfilled()).isEqualTo(1);
        assertThat(election.next()).isEqualTo(Election.NextStep.DECIDE_VOTE_AGAIN_OR_STOP);
        election.stop();
        assertThat(election.next()).isEqualTo(Election.NextStep.STOPPED);
        assertThat(election.elected()).containsExactly(A, B, C, D);
        assertThat(election.seatsUnfilled()).isEqualTo(1);
        assertThat(election.rounds().get(1).decision()).isEqualTo(Round.Decision.STOP);
    }

    @Test
    @DisplayName("T2: 16 of 30 valid is more than half of the valid ballots but not of N = 33; D is not elected")
    void moreThanHalfOfValidBallotsIsNotEnoughInT2() {
        Contest contest = Contest.of(Office.COMMITTEE, 5, 0, LIST, T1_BASE);
        List<Ballot> ballots = BallotSets.concat(
                BallotSets.crossingOut(contest.candidates(), 30, Map.of(A.name(), 25, B.name(), 21, C.name(), 17,
                        D.name(), 16, E.name(), 15, F.name(), 10)),
                BallotSets.ruledInvalid(NO_STAMP, 2));

        TallyResult result = Tally.count(contest, 32, ballots);

        assertThat(result.electedNames()).containsExactly(A.name(), B.name(), C.name());
        CandidateResult d = result.candidate(D.name()).orElseThrow();
        assertThat(d.passed()).isFalse();
        assertThat(d.outcome()).isEqualTo(CandidateResult.Outcome.NOT_ELECTED);
        assertThat(d.percentOfValid()).isEqualByComparingTo("53.33");
        assertThat(d.percentOfBase()).isEqualByComparingTo("48.48");
        assertThat(result.tied()).isEmpty();
        assertThat(result.seatsUnfilled()).isEqualTo(2);
        assertThat(result.candidates()).filteredOn(row -> !row.passed()).extracting(CandidateResult::name)
                .containsExactly(D.name(), E.name(), F.name());
        assertThat(result.problems()).isEmpty();
    }

    @Test
    @DisplayName("T2: the congress votes again for 2 seats with D, E, F; the elected may not stand again")
    void furtherRoundOfT2FillsTheTwoOpenSeatsFromANewList() {
        Election election = new Election(Office.COMMITTEE, 5, 0, T1_BASE);
        Contest first = election.nextContest(LIST);
        election.record(Tally.count(first, 30, BallotSets.crossingOut(first.candidates(), 30, Map.of(A.name(), 25,
                B.name(), 21, C.name(), 17, D.name(), 16, E.name(), 15, F.name(), 10))));
        assertThat(election.next()).isEqualTo(Election.NextStep.DECIDE_VOTE_AGAIN_OR_STOP);

        election.voteAgain();

        assertThat(election.next()).isEqualTo(Election.NextStep.FURTHER_ROUND);
        assertThat(election.checkNextList(List.of(D, E, F))).isEmpty();
        assertThat(election.checkNextList(List.of(D, E))).hasSize(1);
        assertThatThrownBy(() -> election.nextContest(List.of(A, D, E)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).args()).containsExactly(A.name()));
        Contest further = election.nextContest(List.of(D, E, F));
        assertThat(further.seats()).isEqualTo(2);
        Round round = election.record(Tally.count(further, 30,
                BallotSets.crossingOut(further.candidates(), 30, Map.of(D.name(), 20, E.name(), 18, F.name(), 12))));
        assertThat(round.kind()).isEqualTo(Round.Kind.FURTHER);
        assertThat(election.elected()).containsExactly(A, B, C, D, E);
        assertThat(election.next()).isEqualTo(Election.NextStep.COMPLETE);
        assertThat(election.rounds().get(0).decision()).isEqualTo(Round.Decision.VOTE_AGAIN);
    }

    static Tuple row(Candidate candidate, int votes, String ofBase, String ofValid) {
        return tuple(candidate.name(), votes, new BigDecimal(ofBase),
                new BigDecimal(ofValid), true);
    }
}
