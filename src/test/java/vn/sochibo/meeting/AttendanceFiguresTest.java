package vn.sochibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.sochibo.member.MemberStatus;

class AttendanceFiguresTest {

    private static List<RollEntry> roll(int official, MemberStatus other, int count, Attendance otherAttendance) {
        List<RollEntry> roll = new ArrayList<>();
        for (int i = 0; i < official; i++) {
            roll.add(new RollEntry(i, "Official " + i, MemberStatus.OFFICIAL, Attendance.PRESENT, null));
        }
        for (int i = 0; i < count; i++) {
            roll.add(new RollEntry(100 + i, "Other " + i, other, otherAttendance, null));
        }
        return roll;
    }

    @Test
    void workedExampleT9GivesNEighteen() {
        // 20 official + 2 probationary; 1 official exempt and absent, 1 away on temporary activity → N = 18
        List<RollEntry> roll = roll(18, MemberStatus.PROBATIONARY, 2, Attendance.PRESENT);
        roll.add(new RollEntry(200, "Exempt", MemberStatus.EXEMPT, Attendance.EXCUSED, "miễn sinh hoạt"));
        roll.add(new RollEntry(201, "Away", MemberStatus.TEMPORARILY_AWAY, Attendance.EXCUSED, null));
        AttendanceFigures f = AttendanceFigures.of(roll);
        assertThat(f.official()).isEqualTo(20);
        assertThat(f.probationary()).isEqualTo(2);
        assertThat(f.voteBase()).isEqualTo(18);
        assertThat(f.present()).isEqualTo(20);
        assertThat(f.votingPresent()).isEqualTo(18);
        assertThat(ResolutionKind.ORDINARY.votesNeeded(18)).isEqualTo(10);
        assertThat(ResolutionKind.OFFICIAL_RECOGNITION.votesNeeded(18)).isEqualTo(12);
    }

    @Test
    void exemptMembersCountInNOnlyWhenPresent() {
        assertThat(AttendanceFigures.of(roll(5, MemberStatus.EXEMPT, 1, Attendance.PRESENT)).voteBase()).isEqualTo(6);
        assertThat(AttendanceFigures.of(roll(5, MemberStatus.EXEMPT, 1, Attendance.EXCUSED)).voteBase()).isEqualTo(5);
        assertThat(AttendanceFigures.of(roll(5, MemberStatus.EXEMPT, 1, Attendance.UNEXCUSED)).voteBase()).isEqualTo(5);
    }

    @Test
    void probationarySuspendedAndAwayMembersAreNeverInN() {
        assertThat(AttendanceFigures.of(roll(4, MemberStatus.PROBATIONARY, 3, Attendance.PRESENT)).voteBase()).isEqualTo(4);
        assertThat(AttendanceFigures.of(roll(4, MemberStatus.SUSPENDED, 1, Attendance.EXCUSED)).voteBase()).isEqualTo(4);
        assertThat(AttendanceFigures.of(roll(4, MemberStatus.TEMPORARILY_AWAY, 2, Attendance.PRESENT)).voteBase()).isEqualTo(4);
    }

    @Test
    void anOfficialMemberAbsentWithoutReasonStaysInNAndOneWithAReasonLeavesIt() {
        List<RollEntry> roll = roll(10, MemberStatus.OFFICIAL, 0, Attendance.PRESENT);
        roll.set(0, roll.get(0).with(Attendance.UNEXCUSED, null));
        roll.set(1, roll.get(1).with(Attendance.EXCUSED, "ốm"));
        AttendanceFigures f = AttendanceFigures.of(roll);
        assertThat(f.voteBase()).isEqualTo(9);
        assertThat(f.votingPresent()).isEqualTo(8);
        assertThat(f.excused()).isEqualTo(1);
        assertThat(f.unexcused()).isEqualTo(1);
        assertThat(f.shareText()).isEqualTo("88,9%");
    }

    @ParameterizedTest(name = "N = {0}, {1} official members present → warning {2}")
    @CsvSource({"10, 5, true", "10, 6, false", "9, 4, true", "9, 5, false", "1, 0, true", "1, 1, false"})
    void warnsWhenOfficialMembersPresentAreAtMostHalfOfN(int n, int present, boolean warning) {
        List<RollEntry> roll = roll(present, MemberStatus.OFFICIAL, n - present, Attendance.UNEXCUSED);
        AttendanceFigures f = AttendanceFigures.of(roll);
        assertThat(f.voteBase()).isEqualTo(n);
        assertThat(f.tooFewPresent()).isEqualTo(warning);
    }

    @ParameterizedTest(name = "{0} with N = {1}: {2} for → passed {3}")
    @CsvSource({
            "ORDINARY, 10, 5, false", "ORDINARY, 10, 6, true", "ORDINARY, 9, 4, false", "ORDINARY, 9, 5, true",
            "ORDINARY, 18, 10, true", "ORDINARY, 18, 9, false",
            "ADMISSION, 9, 5, false", "ADMISSION, 9, 6, true", "OFFICIAL_RECOGNITION, 10, 6, false",
            "OFFICIAL_RECOGNITION, 10, 7, true", "REMOVAL, 18, 11, false", "REMOVAL, 18, 12, true",
            "EXPULSION, 7, 4, false", "EXPULSION, 7, 5, true", "ORDINARY, 0, 0, false"})
    void resolutionThresholdsUseExactIntegers(ResolutionKind kind, int n, int votesFor, boolean passed) {
        assertThat(kind.passes(votesFor, n)).isEqualTo(passed);
        if (n > 0) {
            assertThat(kind.passes(kind.votesNeeded(n), n)).isTrue();
            assertThat(kind.passes(kind.votesNeeded(n) - 1, n)).isFalse();
        }
    }

    @Test
    void aResolutionWithMoreVotesThanVotersPresentIsRejected() {
        AttendanceFigures f = AttendanceFigures.of(roll(5, MemberStatus.PROBATIONARY, 2, Attendance.PRESENT));
        assertThat(new Resolution(ResolutionKind.ORDINARY, "Nghị quyết", 5, 1, 0).problems(f))
                .extracting(p -> p.messageKey()).containsExactly("meeting.problem.resolution.tooManyVotes");
        assertThat(new Resolution(ResolutionKind.ORDINARY, "Nghị quyết", 5, 0, 0).problems(f)).isEmpty();
    }

    @Test
    void documentNumbersTakeALeadingZeroAndNoColon() {
        assertThat(DocumentNumbers.minutes(3)).isEqualTo("Số 03-BB/CB");
        assertThat(DocumentNumbers.minutes(12)).isEqualTo("Số 12-BB/CB");
    }

    @Test
    void builtInAgendaHasTheThreePartsInOrder() {
        List<AgendaItem> agenda = AgendaTemplates.builtIn(MeetingType.REGULAR);
        assertThat(agenda.get(0).part()).isEqualTo(AgendaPart.OPENING);
        assertThat(agenda.get(agenda.size() - 1).part()).isEqualTo(AgendaPart.CLOSING);
        assertThat(agenda).extracting(AgendaItem::part).isSorted();
        assertThat(agenda).extracting(AgendaItem::title).contains("Thông tin thời sự, phổ biến văn bản của cấp trên")
                .doesNotContain("Báo cáo chuyên đề");
    }
}
