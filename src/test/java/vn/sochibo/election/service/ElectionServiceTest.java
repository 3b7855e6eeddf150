package vn.sochibo.election.service;

import vn.sochibo.election.Attendance;
import vn.sochibo.election.CongressAttendee;
import vn.sochibo.election.CongressDraft;
import vn.sochibo.election.CountClosing;
import vn.sochibo.election.Disagreement;
import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.ListedCandidate;
import vn.sochibo.election.RoundInfo;
import vn.sochibo.election.doc.CountRecord;
import vn.sochibo.election.engine.Attendee;
import vn.sochibo.election.engine.BallotRuling;
import vn.sochibo.election.engine.BodyToElect;
import vn.sochibo.election.engine.Candidate;
import vn.sochibo.election.engine.CandidateOrder;
import vn.sochibo.election.engine.Election;
import vn.sochibo.election.engine.Office;
import vn.sochibo.election.engine.Round;
import vn.sochibo.election.engine.TallyResult;

import vn.sochibo.vote.VoteBase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.common.ValidationException;
import vn.sochibo.core.Services;

class ElectionServiceTest {

    private Services services;
    private long congressId;

    @BeforeEach
    void setUp() {
        services = Services.inMemory(TestClocks.FIXED);
        congressId = CongressFixture.congress(services);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private long committeeWithSixCandidates() {
        long office = services.officeLists().addOffice(congressId, Office.COMMITTEE, 5, 0, 25, 0);
        for (CongressAttendee candidate : CongressFixture.candidates(services, congressId, 6)) {
            services.officeLists().nominate(office, candidate.id());
        }
        return office;
    }

    @Test
    void theRollComesFromTheRegisterAndAttendanceChangesNItemised() {
        List<CongressAttendee> roll = services.congresses().roll(congressId);
        VoteBase before = services.congresses().voteBase(congressId);
        assertThat(roll).isNotEmpty();
        assertThat(before.officialMembers())
                .isEqualTo((int) roll.stream().filter(a -> a.standing() == Attendee.Standing.OFFICIAL).count());

        CongressAttendee someone = CongressFixture.candidates(services, congressId, 1).get(0);
        services.congresses().setAttendance(someone.id(), Attendance.ABSENT_EXCUSED);
        VoteBase after = services.congresses().voteBase(congressId);

        assertThat(after.absentExcused()).isEqualTo(before.absentExcused() + 1);
        assertThat(after.n()).isEqualTo(before.n() - 1);
    }

    @Test
    void aCommitteeListEqualToTheSeatsIsReportedAndTheListIsInAbcOrderByGivenName() {
        long office = services.officeLists().addOffice(congressId, Office.COMMITTEE, 5, 0, 25, 0);
        List<CongressAttendee> five = CongressFixture.candidates(services, congressId, 5);
        five.forEach(c -> services.officeLists().nominate(office, c.id()));

        assertThat(services.officeLists().listProblems(office)).hasSize(1);
        List<Candidate> listed = services.officeLists().candidates(office).stream()
                .map(ListedCandidate::toCandidate).toList();
        assertThat(listed).isSortedAccordingTo(CandidateOrder.alphabetical());
        assertThatThrownBy(() -> services.officeLists().nominate(office, five.get(0).id()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aBoardMemberCannotStandAndAFloorNominationNeedsMoreThanThirtyPercent() {
        long office = services.officeLists().addOffice(congressId, Office.COMMITTEE, 5, 0, 25, 0);
        String head = services.congresses().congress(congressId).boardHead();
        CongressAttendee board = services.congresses().roll(congressId).stream()
                .filter(a -> a.name().equals(head)).findFirst().orElseThrow();
        assertThatThrownBy(() -> services.officeLists().nominate(office, board.id()))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("election.list.problem.onBoard");

        CongressAttendee floor = CongressFixture.candidates(services, congressId, 1).get(0);
        assertThatThrownBy(() -> services.officeLists().nominateFromFloor(office, floor.id(), 1))
                .isInstanceOf(ValidationException.class);
        assertThat(services.officeLists().candidates(office)).isEmpty();
    }

    @Test
    void theCountIsRefusedWhileTheTwoEntriesDisagreeAndKeptOnceTheyAgree() {
        long office = committeeWithSixCandidates();
        long round = services.elections().openRound(office, 3, false);
        ElectionService elections = services.elections();
        elections.enterBallot(round, 1, 1, "1");
        elections.enterBallot(round, 1, 2, "2");
        elections.enterBallot(round, 1, 3, "!Không có dấu của Ban kiểm phiếu");
        elections.enterBallot(round, 2, 1, "1");
        elections.enterBallot(round, 2, 2, "3");

        assertThat(elections.disagreements(round)).containsExactly(new Disagreement(2, "2", "3"),
                new Disagreement(3, "!Không có dấu của Ban kiểm phiếu", null));
        assertThatThrownBy(() -> elections.count(round)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey())
                .isEqualTo("election.count.problem.disagreements");

        elections.enterBallot(round, 2, 2, "2");
        elections.enterBallot(round, 2, 3, "!Không có dấu của Ban kiểm phiếu");
        TallyResult result = elections.count(round);

        assertThat(elections.disagreements(round)).isEmpty();
        assertThat(result.valid()).isEqualTo(2);
        assertThat(result.invalid()).isEqualTo(1);
        assertThat(result.invalidReasons()).containsExactly(
                new TallyResult.ReasonCount(BallotRuling.boardReason("Không có dấu của Ban kiểm phiếu"), 1));
        assertThat(elections.rounds(office).get(0).counted()).isTrue();
        assertThatThrownBy(() -> elections.enterBallot(round, 1, 1, "2")).isInstanceOf(ValidationException.class);
    }

    @Test
    void aBallotThatDoesNotFitTheListChangesNothing() {
        long office = committeeWithSixCandidates();
        long round = services.elections().openRound(office, 3, false);

        assertThatThrownBy(() -> services.elections().enterBallot(round, 1, 1, "7"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> services.elections().enterBallot(round, 1, 1, "2 2"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> services.elections().enterBallot(round, 1, 4, "2"))
                .isInstanceOf(ValidationException.class);
        assertThat(services.elections().entries(round)).isEmpty();
        assertThat(services.elections().nextSequence(round, 1)).isEqualTo(1);
    }

    @Test
    void everyoneKeptIsRuledInvalidByTheEngineAtEntry() {
        long office = committeeWithSixCandidates();
        long round = services.elections().openRound(office, 3, false);

        BallotRuling ruling = services.elections().enterBallot(round, 1, 1, "0");

        assertThat(ruling.valid()).isFalse();
    }

    @Test
    void aStrayEnterOnAnEmptyFieldRecordsNoBallot() {
        long office = committeeWithSixCandidates();
        long round = services.elections().openRound(office, 3, false);

        assertThatThrownBy(() -> services.elections().enterBallot(round, 1, 1, "  "))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey())
                .isEqualTo("election.ballot.problem.emptyCrossing");
        assertThat(services.elections().entries(round)).isEmpty();
    }

    @Test
    void aBallotEnteredByTheFirstEntryOnlyBlocksTheCountEvenWhenItCrossesNobody() {
        long office = committeeWithSixCandidates();
        long round = services.elections().openRound(office, 2, false);
        ElectionService elections = services.elections();
        elections.enterBallot(round, 1, 1, "1");
        elections.enterBallot(round, 1, 2, "0");
        elections.enterBallot(round, 2, 1, "1");

        assertThat(elections.disagreements(round)).containsExactly(new Disagreement(2, "", null));
        assertThat(elections.comparison(round).bothDone()).isFalse();
        assertThatThrownBy(() -> elections.count(round)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey())
                .isEqualTo("election.count.problem.disagreements");

        elections.enterBallot(round, 2, 2, "0");
        assertThat(elections.comparison(round).bothDone()).isTrue();
        assertThat(elections.count(round).ballotsCollected()).isEqualTo(2);
    }

    @Test
    void fewerBallotsThanIssuedAreCountedOnlyWithTheBoardsExplanationWhichIsKept() {
        long office = committeeWithSixCandidates();
        long round = services.elections().openRound(office, 3, false);
        ElectionService elections = services.elections();
        for (int entry = 1; entry <= 2; entry++) {
            elections.enterBallot(round, entry, 1, "1");
            elections.enterBallot(round, entry, 2, "2");
        }
        java.time.LocalTime end = java.time.LocalTime.of(10, 45);

        assertThatThrownBy(() -> elections.count(round)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey())
                .isEqualTo("election.count.problem.shortfall");
        assertThatThrownBy(() -> elections.count(round, new CountClosing(3, "", 1, end)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey())
                .isEqualTo("election.count.problem.collected");
        assertThat(elections.rounds(office).get(0).counted()).isFalse();

        elections.count(round, new CountClosing(2, "Một đảng viên bị ốm phải về trước khi bỏ phiếu", 1, end));

        RoundInfo kept = elections.rounds(office).get(0);
        assertThat(kept.collected()).isEqualTo(2);
        assertThat(kept.shortfallNote()).isEqualTo("Một đảng viên bị ốm phải về trước khi bỏ phiếu");
    }

    @Test
    void eachCountRecordOfACongressKeepsItsOwnNumberAndTheEndTimeTheBoardGave() {
        long committee = committeeWithSixCandidates();
        long first = services.elections().openRound(committee, 1, false);
        ElectionService elections = services.elections();
        elections.enterBallot(first, 1, 1, "1");
        elections.enterBallot(first, 2, 1, "1");
        assertThat(elections.closingProposal(first).recordNumber()).isEqualTo(1);
        elections.count(first, new CountClosing(1, "", 1, java.time.LocalTime.of(9, 40)));

        long delegates = services.officeLists().addOffice(congressId, Office.DELEGATES, 1, 0, 0, 0);
        CongressFixture.candidates(services, congressId, 7).subList(6, 7)
                .forEach(c -> services.officeLists().nominate(delegates, c.id()));
        long second = elections.openRound(delegates, 1, false);
        elections.enterBallot(second, 1, 1, "d");
        elections.enterBallot(second, 2, 1, "d");
        assertThat(elections.closingProposal(second).recordNumber()).isEqualTo(2);
        assertThatThrownBy(() -> elections.count(second, new CountClosing(1, "", 1, java.time.LocalTime.of(11, 5))))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey())
                .isEqualTo("election.count.problem.recordNumberTaken");
        elections.count(second, new CountClosing(1, "", 2, java.time.LocalTime.of(11, 5)));

        assertThat(elections.rounds(committee).get(0).recordNumber()).isEqualTo(1);
        assertThat(elections.rounds(committee).get(0).endedAt().toLocalTime()).isEqualTo(java.time.LocalTime.of(9, 40));
        assertThat(elections.rounds(delegates).get(0).recordNumber()).isEqualTo(2);
        CountRecord record = services.electionDocuments().countRecord(second);
        assertThat(record.number()).isEqualTo("Số 02-BB/ĐH");
        assertThat(record.endedAt()).contains("11 giờ 05");
    }

    @Test
    void aTieAtTheLastSeatLeadsToATieBreakRoundAmongTheTiedOnly() {
        long office = committeeWithSixCandidates();
        int holders = services.congresses().congressRoll(congressId).ballotHolders().size();
        int n = services.congresses().voteBase(congressId).n();
        long round = services.elections().openRound(office, holders, true);
        // every candidate passes; positions 5 and 6 tie for the 5th seat
        int high = n / 2 + 3;
        services.elections().enterTotals(round, holders, holders, 0, "",
                List.of(high + 4, high + 3, high + 2, high + 1, high, high));
        TallyResult first = services.elections().count(round);
        assertThat(first.elected()).hasSize(4);
        assertThat(first.tied()).hasSize(2);

        long tieBreak = services.elections().openRound(office, holders, true);
        RoundInfo info = services.elections().rounds(office).get(1);
        assertThat(info.kind()).isEqualTo(Round.Kind.TIE_BREAK);
        assertThat(info.candidates()).containsExactlyElementsOf(first.tied());
        services.elections().enterTotals(tieBreak, holders, holders, 0, "", List.of(high, 3));
        services.elections().count(tieBreak);

        Election election = services.elections().election(office);
        assertThat(election.next()).isEqualTo(Election.NextStep.COMPLETE);
        assertThat(election.elected()).hasSize(5).contains(first.tied().get(0));
    }

    @Test
    void aSecretaryWithoutEnoughVotesLeadsToVoteAgainOrStopBeingRecorded() {
        electCommittee();
        long office = services.officeLists().addOffice(congressId, Office.SECRETARY, 1, 0, 25, 0);
        services.officeLists().nominate(office, services.officeLists().eligible(office).get(0).id());
        long round = services.elections().openRound(office, 1, false);
        services.elections().enterBallot(round, 1, 1, "d");
        services.elections().enterBallot(round, 2, 1, "d");
        services.elections().count(round);
        assertThat(services.elections().election(office).next())
                .isEqualTo(Election.NextStep.DECIDE_VOTE_AGAIN_OR_STOP);

        services.elections().decide(office, Round.Decision.STOP);

        assertThat(services.elections().rounds(office).get(0).decision()).isEqualTo(Round.Decision.STOP);
        assertThat(services.elections().election(office).next())
                .isEqualTo(Election.NextStep.UPPER_COMMITTEE_APPOINTS);
        assertThatThrownBy(() -> services.elections().openRound(office, 3, false))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void attendanceIsLockedOnceVotingStarted() {
        long office = committeeWithSixCandidates();
        services.elections().openRound(office, 3, false);
        CongressAttendee someone = services.congresses().roll(congressId).get(0);

        assertThatThrownBy(() -> services.congresses().setAttendance(someone.id(), Attendance.ABSENT))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void delegatesAndAnAlternateComeFromOneListInVoteOrderAsInT8() {
        long office = services.officeLists().addOffice(congressId, Office.DELEGATES, 3, 1, 25, 0);
        List<CongressAttendee> five = CongressFixture.candidates(services, congressId, 5);
        five.forEach(c -> services.officeLists().nominate(office, c.id()));
        int holders = services.congresses().congressRoll(congressId).ballotHolders().size();
        int need = services.congresses().voteBase(congressId).votesNeeded();
        long round = services.elections().openRound(office, holders, true);
        List<Candidate> list = services.elections().rounds(office).get(0).candidates();

        services.elections().enterTotals(round, holders, holders, 0, "",
                List.of(need + 10, need + 8, need + 5, need + 2, need - 3));
        TallyResult result = services.elections().count(round);

        assertThat(result.electedNames()).containsExactly(list.get(0).name(), list.get(1).name(), list.get(2).name());
        assertThat(result.alternateNames()).containsExactly(list.get(3).name());
        assertThat(result.problems()).isEmpty();
        assertThat(services.elections().election(office).next()).isEqualTo(Election.NextStep.COMPLETE);
    }

    @Test
    void anAgreeDisagreeBallotGivesNoVoteToANameWithBothBoxesAndStaysValid() {
        long office = services.officeLists().addOffice(congressId, Office.DELEGATES, 3, 1, 25, 0);
        CongressFixture.candidates(services, congressId, 4).forEach(c -> services.officeLists()
                .nominate(office, c.id()));
        long round = services.elections().openRound(office, 3, false);
        List<Candidate> list = services.elections().rounds(office).get(0).candidates();

        BallotRuling ruling = services.elections().enterBallot(round, 1, 1, "d d h -");

        assertThat(ruling.valid()).isTrue();
        assertThat(ruling.votesFor()).containsExactly(list.get(0).name(), list.get(1).name());
        assertThatThrownBy(() -> services.elections().enterBallot(round, 1, 2, "ddd"))
                .isInstanceOf(ValidationException.class);
    }

    private long member(String name, boolean official, vn.sochibo.member.MemberEventType situation) {
        java.time.LocalDate joined = java.time.LocalDate.of(2025, 3, 1);
        vn.sochibo.member.MemberDraft draft = new vn.sochibo.member.MemberDraft(name, null,
                vn.sochibo.member.Gender.NAM, java.time.LocalDate.of(1990, 1, 1), null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, joined.minusDays(10), joined,
                official ? joined.plusYears(1) : null, null, null, null);
        List<vn.sochibo.member.EventDraft> history = new java.util.ArrayList<>();
        history.add(new vn.sochibo.member.EventDraft(vn.sochibo.member.MemberEventType.ADMITTED, joined, null, null,
                null));
        if (official) {
            history.add(new vn.sochibo.member.EventDraft(vn.sochibo.member.MemberEventType.OFFICIAL,
                    joined.plusYears(1), null, null, null));
        }
        history.add(new vn.sochibo.member.EventDraft(situation, java.time.LocalDate.of(2026, 10, 1), null, null,
                null));
        return services.members().createWithHistory(draft, history);
    }

    @Test
    void aProbationaryMemberOnLeaveStaysProbationaryAndAnOfficialOneIsSubtractedFromN() {
        member("Tạ Văn Dự Bị", false, vn.sochibo.member.MemberEventType.TEMPORARY_LEAVE);
        member("Tạ Văn Chính Thức", true, vn.sochibo.member.MemberEventType.TEMPORARY_LEAVE);
        long later = services.congresses().create(new CongressDraft("2025-2030", TestClocks.TODAY, "Hội trường", 2,
                "Nguyễn Văn Kiểm", List.of()));

        List<CongressAttendee> roll = services.congresses().roll(later);
        CongressAttendee probationary = roll.stream().filter(a -> a.name().equals("Tạ Văn Dự Bị")).findFirst()
                .orElseThrow();
        CongressAttendee official = roll.stream().filter(a -> a.name().equals("Tạ Văn Chính Thức")).findFirst()
                .orElseThrow();

        assertThat(probationary.standing()).isEqualTo(Attendee.Standing.PROBATIONARY);
        assertThat(official.standing()).isEqualTo(Attendee.Standing.OFFICIAL);
        assertThat(official.situation()).isEqualTo(Attendee.Situation.TEMPORARILY_ELSEWHERE);
        assertThat(services.congresses().voteBase(later).temporarilyElsewhere())
                .isEqualTo(services.congresses().voteBase(congressId).temporarilyElsewhere() + 1);
    }

    private List<Candidate> electCommittee() {
        long committee = committeeWithSixCandidates();
        int holders = services.congresses().congressRoll(congressId).ballotHolders().size();
        int need = services.congresses().voteBase(congressId).votesNeeded();
        long round = services.elections().openRound(committee, holders, true);
        services.elections().enterTotals(round, holders, holders, 0, "",
                List.of(need + 5, need + 4, need + 3, need + 2, need + 1, need - 1));
        services.elections().count(round);
        return services.elections().election(committee).elected();
    }

    @Test
    void theSecretaryIsElectedOnlyAfterTheCommitteeAndOnlyFromItsMembers() {
        assertThat(BodyToElect.forBranch(services.congresses().congressRoll(congressId).officialMembers()).committee())
                .isTrue();
        assertThatThrownBy(() -> services.officeLists().addOffice(congressId, Office.SECRETARY, 1, 0, 25, 0))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey())
                .isEqualTo("election.office.problem.committeeFirst");

        List<Candidate> elected = electCommittee();
        assertThat(elected).hasSize(5);

        long secretary = services.officeLists().addOffice(congressId, Office.SECRETARY, 1, 0, 25, 0);
        List<CongressAttendee> eligible = services.officeLists().eligible(secretary);
        assertThat(eligible).extracting(CongressAttendee::name)
                .containsExactlyInAnyOrderElementsOf(elected.stream().map(Candidate::name).toList());
        CongressAttendee outsider = CongressFixture.candidates(services, congressId, 7).get(6);
        assertThatThrownBy(() -> services.officeLists().nominate(secretary, outsider.id()))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey())
                .isEqualTo("election.list.problem.notOnCommittee");
        services.officeLists().nominate(secretary, eligible.get(0).id());
    }

    @Test
    void theNumberOfDelegatesIsTheUpperLevelsAllocationWithoutAShowOfHands() {
        long office = services.officeLists().addOffice(congressId, Office.DELEGATES, 3, 1, 0, 0);

        assertThat(services.officeLists().offices(congressId)).extracting(ElectionOffice::id).contains(office);
    }

    @Test
    void anExemptMemberStartsAbsentAndOutsideNAsInAMeetingRollCall() {
        member("Lê Thị Miễn", true, vn.sochibo.member.MemberEventType.EXEMPTED);
        long later = services.congresses().create(new CongressDraft("2025-2030", TestClocks.TODAY, "Hội trường", 2,
                "Nguyễn Văn Kiểm", List.of()));

        CongressAttendee exempt = services.congresses().roll(later).stream()
                .filter(a -> a.name().equals("Lê Thị Miễn")).findFirst().orElseThrow();
        assertThat(exempt.attendance()).isNotEqualTo(Attendance.PRESENT);
        VoteBase base = services.congresses().voteBase(later);
        assertThat(base.exemptAbsent()).isEqualTo((int) services.congresses().roll(later).stream()
                .filter(a -> a.situation() == Attendee.Situation.EXEMPT).count());

        services.congresses().setAttendance(exempt.id(), Attendance.PRESENT);
        assertThat(services.congresses().voteBase(later).n()).isEqualTo(base.n() + 1);
    }
}
