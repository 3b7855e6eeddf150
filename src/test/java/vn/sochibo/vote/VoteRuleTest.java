package vn.sochibo.vote;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.sochibo.common.Messages;
import vn.sochibo.common.ValidationException;
import vn.sochibo.election.engine.Attendee;
import vn.sochibo.election.engine.CongressRoll;
import vn.sochibo.meeting.Attendance;
import vn.sochibo.meeting.AttendanceFigures;
import vn.sochibo.meeting.ResolutionKind;
import vn.sochibo.meeting.RollEntry;
import vn.sochibo.member.MemberStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one vote rule: meetings and elections compute the same N and decide with the same thresholds. */
class VoteRuleTest {

    @Test
    @DisplayName("with N = 0 nothing passes under either rule, in meetings and elections alike")
    void nothingPassesWithABaseOfZero() {
        for (VoteRule rule : VoteRule.values()) {
            assertThat(rule.passes(0, 0)).as(rule.name()).isFalse();
            assertThat(rule.passes(1, 0)).as(rule.name()).isFalse();
            assertThat(rule.votesNeeded(0)).as(rule.name()).isEqualTo(1);
        }
        assertThat(ResolutionKind.ADMISSION.passes(0, 0)).isFalse();
        assertThat(new VoteBase(0, 0, 0, 0, 0).isMajority(0)).isFalse();
        assertThat(AttendanceFigures.of(List.of()).tooFewPresent()).isTrue();
    }

    @Test
    @DisplayName("two thirds: 3v ≥ 2N; more than half: 2v > N (N = 18 needs 12 and 10)")
    void thresholdsAtEighteen() {
        assertThat(VoteRule.TWO_THIRDS.votesNeeded(18)).isEqualTo(12);
        assertThat(VoteRule.TWO_THIRDS.passes(11, 18)).isFalse();
        assertThat(VoteRule.TWO_THIRDS.passes(12, 18)).isTrue();
        assertThat(VoteRule.MORE_THAN_HALF.votesNeeded(18)).isEqualTo(10);
        assertThat(VoteRule.MORE_THAN_HALF.passes(9, 18)).isFalse();
        assertThat(VoteRule.MORE_THAN_HALF.passes(10, 18)).isTrue();
    }

    @Test
    @DisplayName("every resolution kind decides through the vote rule, for every N and vote count up to 300")
    void resolutionKindsUseTheVoteRule() {
        for (ResolutionKind kind : ResolutionKind.values()) {
            VoteRule rule = kind.needsTwoThirds() ? VoteRule.TWO_THIRDS : VoteRule.MORE_THAN_HALF;
            assertThat(kind.rule()).isEqualTo(rule);
            for (int n = 0; n <= 300; n++) {
                assertThat(kind.votesNeeded(n)).isEqualTo(rule.votesNeeded(n));
                for (int v = 0; v <= n + 1; v++) {
                    assertThat(kind.passes(v, n)).as("%s v=%d N=%d", kind, v, n).isEqualTo(rule.passes(v, n));
                }
            }
        }
    }

    @Test
    @DisplayName("a meeting's roll and a congress's roll of the same people give the same N (T9: 20 official, N = 18)")
    void meetingAndCongressAgreeOnTheBase() {
        List<RollEntry> meeting = new ArrayList<>();
        List<Attendee> congress = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            meeting.add(new RollEntry(i, "Chính thức " + i, MemberStatus.OFFICIAL, Attendance.PRESENT, null));
            congress.add(Attendee.official("Chính thức " + i, true));
        }
        meeting.add(new RollEntry(17, "Vắng có lý do", MemberStatus.OFFICIAL, Attendance.EXCUSED, "ốm"));
        congress.add(new Attendee("Vắng có lý do", Attendee.Standing.OFFICIAL, Attendee.Situation.ACTIVE, false, true));
        meeting.add(new RollEntry(18, "Vắng không lý do", MemberStatus.OFFICIAL, Attendance.UNEXCUSED, null));
        congress.add(Attendee.official("Vắng không lý do", false));
        meeting.add(new RollEntry(19, "Miễn, vắng", MemberStatus.EXEMPT, Attendance.EXCUSED, "miễn"));
        congress.add(new Attendee("Miễn, vắng", Attendee.Standing.OFFICIAL, Attendee.Situation.EXEMPT, false, false));
        meeting.add(new RollEntry(20, "Tạm thời nơi khác", MemberStatus.TEMPORARILY_AWAY, Attendance.EXCUSED, "đi học"));
        congress.add(new Attendee("Tạm thời nơi khác", Attendee.Standing.OFFICIAL,
                Attendee.Situation.TEMPORARILY_ELSEWHERE, false, false));
        meeting.add(new RollEntry(21, "Dự bị", MemberStatus.PROBATIONARY, Attendance.PRESENT, null));
        congress.add(new Attendee("Dự bị", Attendee.Standing.PROBATIONARY, Attendee.Situation.ACTIVE, true, false));

        AttendanceFigures figures = AttendanceFigures.of(meeting);
        VoteBase base = CongressRoll.of(congress).voteBase();

        assertThat(base.officialMembers()).isEqualTo(21);
        assertThat(figures.official()).isEqualTo(21);
        assertThat(base.n()).isEqualTo(18);
        assertThat(figures.voteBase()).isEqualTo(base.n());
    }

    @Test
    @DisplayName("a base whose subtractions exceed the members is refused with a message in the user's language")
    void badBasesAreRefusedAsProblems() {
        assertThatThrownBy(() -> new VoteBase(3, 2, 2, 0, 0)).isInstanceOfSatisfying(ValidationException.class,
                e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).messageKey()).isEqualTo("vote.base.subtractionsExceed");
                    assertThat(Messages.forLanguage("en").describe(e)).isEqualTo(
                            "The total subtracted (4) exceeds the official members (3).");
                });
        assertThatThrownBy(() -> new VoteBase(3, 0, 0, -1, 0)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(Messages.forLanguage("vi").describe(e))
                        .isEqualTo("Số liệu “Đang bị đình chỉ sinh hoạt đảng” không được âm (đang là -1)."));
    }
}
