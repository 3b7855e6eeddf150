package vn.sochibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.common.Messages;
import vn.sochibo.common.ValidationException;
import vn.sochibo.member.MemberStatus;

/** The meeting editor's state without the toolkit: live figures, warnings, resolutions, carry-over. */
class MeetingEditorViewModelTest {

    private MeetingEditorViewModel editor;

    @BeforeEach
    void show() {
        editor = new MeetingEditorViewModel(Messages.forLanguage("en"));
        List<RollEntry> roll = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            roll.add(new RollEntry(i, "Official " + i, MemberStatus.OFFICIAL, Attendance.PRESENT, null));
        }
        roll.add(new RollEntry(7, "Probationary", MemberStatus.PROBATIONARY, Attendance.PRESENT, null));
        MeetingDraft header = new MeetingDraft(MeetingType.REGULAR, "Sinh hoạt tháng 12", LocalDate.of(2026, 12, 4),
                LocalTime.of(14, 0), LocalTime.of(16, 0), "Hội trường", "Trần Quốc Bảo", "Phạm Thị Ánh", null, 5);
        Meeting meeting = new Meeting(0, header, "Chi bộ Văn phòng", "2025–2030", 5, AgendaTemplates.builtIn(MeetingType.REGULAR),
                roll, List.of(), List.of());
        CarriedAssignment open = new CarriedAssignment(new Assignment(41, "Hoàng Văn Ân", "Rà soát quy trình", null,
                AssignmentStatus.OPEN, null), LocalDate.of(2026, 11, 5));
        editor.show(meeting, List.of(open), Map.of(3L, 1, 4L, 2));
    }

    @Test
    void figuresAndWarningsFollowTheRollCall() {
        assertThat(editor.figures().voteBase()).isEqualTo(6);
        assertThat(editor.quorumWarningProperty().get()).isEmpty();
        editor.setAttendance(2, Attendance.UNEXCUSED, null);
        editor.setAttendance(3, Attendance.UNEXCUSED, null);
        editor.setAttendance(4, Attendance.UNEXCUSED, null);
        assertThat(editor.figures().votingPresent()).isEqualTo(3);
        assertThat(editor.quorumWarningProperty().get()).startsWith("Only 3 official members present out of N = 6");
        assertThat(editor.absenceWarningsProperty().get()).isEqualTo(
                "Official 3 has missed 2 meetings without reason in 2026.\n"
                        + "Official 4 has missed 3 meetings without reason in 2026: grounds to consider removal (Regulation 294-QĐ/TW).");
        editor.setAttendance(0, Attendance.EXCUSED, "  ốm  ");
        assertThat(editor.roll().get(0).reason()).isEqualTo("ốm");
        assertThat(editor.figures().voteBase()).isEqualTo(5);
    }

    @Test
    void resolutionsAreCheckedAgainstTheRollAndGetAVerdict() {
        assertThatThrownBy(() -> editor.addResolution(ResolutionKind.ORDINARY, "Nghị quyết", "7", "0", "0"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> editor.addResolution(ResolutionKind.ORDINARY, "Nghị quyết", "bảy", "", ""))
                .isInstanceOf(ValidationException.class);
        assertThat(editor.resolutions()).isEmpty();
        editor.addResolution(ResolutionKind.ADMISSION, "Kết nạp đồng chí A", "4", "2", "");
        assertThat(editor.verdict(editor.resolutions().get(0))).isEqualTo("Passed (needs 4 of N = 6)");
        editor.setAttendance(0, Attendance.UNEXCUSED, null); // N stays 6
        editor.resolutions().set(0, new Resolution(ResolutionKind.ADMISSION, "Kết nạp đồng chí A", 3, 2, 0));
        assertThat(editor.verdict(editor.resolutions().get(0))).isEqualTo("Not passed (needs 4 of N = 6)");
    }

    @Test
    void anOpenAssignmentCarriedOverPointsToItsSource() {
        editor.carryOver(editor.carried().get(0));
        assertThat(editor.carried()).isEmpty();
        assertThat(editor.assignments()).singleElement().satisfies(a -> {
            assertThat(a.carriedFrom()).isEqualTo(41L);
            assertThat(a.id()).isZero();
        });
        assertThatThrownBy(() -> editor.addAssignment("", "Việc", "")).isInstanceOf(ValidationException.class);
        editor.addAssignment("đặng thu hà", "Chuẩn bị báo cáo", "15/12/2026");
        assertThat(editor.assignments().get(1).assignee()).isEqualTo("Đặng Thu Hà");
        assertThat(editor.assignments().get(1).dueDate()).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void theFieldsBecomeAMeetingOrSayWhatDoesNotParse() {
        editor.startProperty().set("7h30");
        editor.numberProperty().set("06");
        Meeting m = editor.toMeeting();
        assertThat(m.header().start()).isEqualTo(LocalTime.of(7, 30));
        assertThat(m.header().number()).isEqualTo(6);
        assertThat(m.issuer()).isEqualTo("Chi bộ Văn phòng");
        editor.dateProperty().set("31/02/2026");
        editor.endProperty().set("25:00");
        assertThatThrownBy(editor::toMeeting).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.messageKey())
                        .containsExactly("meeting.problem.date.format", "meeting.problem.time.format"));
    }

    @Test
    void agendaItemsGetNotesAndNewItemsGoBeforeTheClosingPart() {
        int before = editor.agenda().size();
        editor.addAgendaItem("Công tác phát triển đảng viên");
        assertThat(editor.agenda()).hasSize(before + 1);
        int at = editor.agenda().indexOf(editor.agenda().stream().filter(a -> a.title().startsWith("Công tác phát triển")).findFirst().orElseThrow());
        assertThat(editor.agenda().get(at + 1).part()).isEqualTo(AgendaPart.CLOSING);
        editor.updateAgendaItem(at, "", "Báo cáo", "Hoàng Văn Ân: đồng ý\n\n  Đỗ Văn Đức:   bổ sung ", null);
        assertThat(editor.agenda().get(at).title()).isEqualTo("Công tác phát triển đảng viên");
        assertThat(editor.agenda().get(at).speakers()).isEqualTo("Hoàng Văn Ân: đồng ý\nĐỗ Văn Đức: bổ sung");
    }

    @Test
    void warnsWhenTheMeetingIsShorterThanItsTypeAsks() {
        assertThat(editor.lengthWarningProperty().get()).isEmpty();
        editor.endProperty().set("15:00");
        assertThat(editor.lengthWarningProperty().get()).startsWith("The meeting lasts only 60 minutes").contains("at least 90");
        editor.typeProperty().set(MeetingType.THEMATIC);
        editor.endProperty().set("15:45");
        assertThat(editor.lengthWarningProperty().get()).contains("at least 120");
        editor.typeProperty().set(MeetingType.COMMITTEE);
        assertThat(editor.lengthWarningProperty().get()).isEmpty();
        assertThat(editor.toMeeting().header().end()).isEqualTo(LocalTime.of(15, 45)); // a warning does not block
    }
}
