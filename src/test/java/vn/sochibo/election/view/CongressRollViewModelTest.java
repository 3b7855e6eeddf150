package vn.sochibo.election.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.sochibo.election.Attendance;
import vn.sochibo.election.CongressAttendee;
import vn.sochibo.election.service.CongressFixture;
import vn.sochibo.election.engine.Office;
import vn.sochibo.vote.VoteBase;

/** The roll tab: the roll of the congress shown, N worked out line by line, attendance recorded. */
class CongressRollViewModelTest extends ElectionScreenTest {

    @Test
    void theRollAndNWithItsWorkingFollowTheCongressShown() {
        VoteBase base = screen.services.congresses().voteBase(congress);

        assertThat(screen.roll.rollProperty()).hasSameSizeAs(screen.services.congresses().roll(congress));
        assertThat(screen.roll.baseTextProperty().get().split("\n"))
                .startsWith("Official members convened: " + base.officialMembers())
                .contains("Introduced for temporary activity in another Party organisation: "
                        + base.temporarilyElsewhere())
                .anyMatch(line -> line.startsWith("N = " + base.n() + "; at least " + base.votesNeeded()));
    }

    @Test
    void recordingAnAcceptedAbsenceTakesTheMemberOutOfN() {
        int n = screen.services.congresses().voteBase(congress).n();
        CongressAttendee someone = CongressFixture.candidates(screen.services, congress, 1).get(0);

        screen.roll.setAttendance(someone, Attendance.ABSENT_EXCUSED);

        assertThat(screen.roll.baseTextProperty().get()).contains("N = " + (n - 1) + ";");
        assertThat(screen.roll.rollProperty()).filteredOn(a -> a.id() == someone.id())
                .extracting(CongressAttendee::attendance).containsExactly(Attendance.ABSENT_EXCUSED);
        screen.roll.setAttendance(null, Attendance.PRESENT);
        assertThat(screen.error()).isEmpty();
    }

    @Test
    void onceVotingHasStartedAttendanceIsRefusedAndTheRefusalShown() {
        long office = screen.services.officeLists().addOffice(congress, Office.COMMITTEE, 5, 0, 25, 0);
        CongressFixture.candidates(screen.services, congress, 6)
                .forEach(c -> screen.services.officeLists().nominate(office, c.id()));
        screen.services.elections().openRound(office, 3, false);
        String before = screen.roll.baseTextProperty().get();

        screen.roll.setAttendance(screen.roll.rollProperty().get(0), Attendance.ABSENT);

        assertThat(screen.error()).isNotEmpty().doesNotContain("election.roll");
        assertThat(screen.roll.baseTextProperty().get()).isEqualTo(before);
    }
}
