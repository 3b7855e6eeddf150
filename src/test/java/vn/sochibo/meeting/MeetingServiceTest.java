package vn.sochibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.common.ValidationException;
import vn.sochibo.core.Services;
import vn.sochibo.member.MemberStatus;

/** Meetings on real H2 with the sample branch (four meetings of Chi bộ Văn phòng, August to November 2026). */
class MeetingServiceTest {

    private static final String OFFICE = "Chi bộ Văn phòng";
    private Services services;
    private MeetingService meetings;

    @BeforeEach
    void open() {
        services = Services.inMemory(TestClocks.FIXED);
        services.samples().load(true);
        meetings = services.meetings();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Meeting byDate(String date) {
        long id = meetings.list().stream().filter(m -> m.date().equals(LocalDate.parse(date))).findFirst().orElseThrow().id();
        return meetings.find(id);
    }

    @Test
    void theSampleBranchHasFourMeetingsNumberedInTheTerm() {
        List<MeetingSummary> list = meetings.list();
        assertThat(list).hasSize(4);
        assertThat(list).extracting(MeetingSummary::number).containsExactly(4, 3, 2, 1);
        assertThat(list.get(1).type()).isEqualTo(MeetingType.THEMATIC);
        assertThat(meetings.find(list.get(0).id()).documentNumber()).isEqualTo("Số 04-BB/CB");
    }

    @Test
    void aNewMeetingIsNamedAfterItsTypeAndMonth() {
        LocalDate date = LocalDate.of(2026, 2, 5);
        assertThat(MeetingService.defaultSubject(MeetingType.REGULAR, date)).isEqualTo("Sinh hoạt chi bộ thường kỳ tháng 2 năm 2026");
        assertThat(MeetingService.defaultSubject(MeetingType.YEAR_END_REVIEW, date)).isEqualTo("Tổng kết công tác năm 2026");
        for (MeetingType type : MeetingType.values()) {
            assertThat(MeetingService.defaultSubject(type, date)).as(type.name()).contains("2026").doesNotContain("{").doesNotContain("2,026");
        }
    }

    @Test
    void theRollComesFromTheRegisterAtTheMeetingDate() {
        List<RollEntry> roll = meetings.rollAt(OFFICE, LocalDate.of(2026, 11, 5));
        // Trịnh Văn Sơn died in 2025: not on the roll; Nguyễn Văn Thắng is exempt; Lê Thị Thu Trang probationary
        assertThat(roll).extracting(RollEntry::fullName).doesNotContain("Trịnh Văn Sơn").contains("Nguyễn Văn Thắng");
        assertThat(roll).hasSize(11);
        assertThat(roll.stream().filter(r -> r.fullName().equals("Lê Thị Thu Trang")).findFirst().orElseThrow().status())
                .isEqualTo(MemberStatus.PROBATIONARY);
        RollEntry exempt = roll.stream().filter(r -> r.fullName().equals("Nguyễn Văn Thắng")).findFirst().orElseThrow();
        assertThat(exempt.status()).isEqualTo(MemberStatus.EXEMPT);
        assertThat(exempt.attendance()).isEqualTo(Attendance.EXCUSED);
        AttendanceFigures f = AttendanceFigures.of(roll);
        assertThat(f.voteBase()).isEqualTo(9);
        assertThat(f.votingPresent()).isEqualTo(9);
        assertThat(f.present()).isEqualTo(10);
        // before the probationary member's admission she is not on the roll at all
        assertThat(meetings.rollAt(OFFICE, LocalDate.of(2025, 6, 1))).extracting(RollEntry::fullName)
                .doesNotContain("Lê Thị Thu Trang").contains("Trịnh Văn Sơn");
    }

    @Test
    void aMeetingRoundTripsThroughTheDatabase() {
        Meeting stored = byDate("2026-10-05");
        assertThat(stored.header().subject()).isEqualTo("Sinh hoạt chuyên đề: Chuyển đổi số trong hoạt động của cơ quan");
        assertThat(stored.header().chair()).isEqualTo("Trần Quốc Bảo");
        assertThat(stored.figures().voteBase()).isEqualTo(8);
        assertThat(stored.figures().votingPresent()).isEqualTo(7);
        assertThat(stored.resolutions()).hasSize(1);
        assertThat(stored.resolutions().get(0).passed(stored.figures())).isTrue();
        assertThat(stored.agenda()).filteredOn(a -> a.title().equals("Báo cáo chuyên đề")).singleElement()
                .satisfies(a -> assertThat(a.speakers()).contains("Vũ Thị Ngọc Ánh: đề nghị tập huấn"));
        assertThat(stored.assignments()).extracting(Assignment::task).containsExactly("Tổ chức tập huấn chữ ký số cho đảng viên");
    }

    @Test
    void warnsAtTwoUnexcusedAbsencesAndFlagsThree() {
        Meeting october = byDate("2026-10-05");
        assertThat(meetings.absenceWarnings(october)).singleElement().satisfies(w -> {
            assertThat(w.fullName()).isEqualTo("Bùi Minh Đạt");
            assertThat(w.unexcused()).isEqualTo(2);
            assertThat(w.removalGrounds()).isFalse();
        });
        Meeting november = byDate("2026-11-05");
        List<RollEntry> roll = new ArrayList<>();
        for (RollEntry r : november.roll()) {
            roll.add(r.fullName().equals("Bùi Minh Đạt") ? r.with(Attendance.UNEXCUSED, null) : r);
        }
        Meeting third = new Meeting(november.id(), november.header(), november.issuer(), november.term(), november.number(),
                november.agenda(), roll, november.resolutions(), november.assignments());
        assertThat(meetings.absenceWarnings(third)).singleElement().satisfies(w -> {
            assertThat(w.unexcused()).isEqualTo(3);
            assertThat(w.removalGrounds()).isTrue();
        });
    }

    @Test
    void openAssignmentsAreCarriedIntoTheNextMeeting() {
        List<CarriedAssignment> open = meetings.openAssignmentsBefore(OFFICE, LocalDate.of(2026, 12, 4), 0);
        assertThat(open).extracting(c -> c.assignment().task())
                .containsExactly("Tổ chức tập huấn chữ ký số cho đảng viên", "Xây dựng báo cáo kiểm điểm tập thể chi bộ năm 2026");
        Meeting december = meetings.prepare(OFFICE, MeetingType.REGULAR, LocalDate.of(2026, 12, 4));
        assertThat(december.number()).isEqualTo(5);
        Assignment carried = open.get(1).assignment();
        meetings.markDone(open.get(0).assignment().id());
        Meeting withHeader = new Meeting(0, new MeetingDraft(MeetingType.REGULAR, "Sinh hoạt tháng 12", december.header().date(),
                december.header().start(), december.header().end(), "Phòng họp", "Trần Quốc Bảo", "Phạm Thị Ánh", null, null),
                OFFICE, december.term(), december.number(), december.agenda(), december.roll(), List.of(),
                List.of(new Assignment(0, carried.assignee(), carried.task(), carried.dueDate(), AssignmentStatus.OPEN, carried.id())));
        long id = meetings.save(withHeader);
        assertThat(meetings.openAssignmentsBefore(OFFICE, LocalDate.of(2026, 12, 4), id)).isEmpty();
        assertThat(meetings.find(id).assignments()).singleElement().satisfies(a -> assertThat(a.carriedFrom()).isEqualTo(carried.id()));
        assertThat(meetings.openAssignmentsBefore(OFFICE, LocalDate.of(2027, 1, 6), 0)).extracting(c -> c.assignment().task())
                .containsExactly("Xây dựng báo cáo kiểm điểm tập thể chi bộ năm 2026");
    }

    @Test
    void theClerkMayCorrectTheNumberButNotReuseOne() {
        Meeting december = meetings.prepare(OFFICE, MeetingType.REGULAR, LocalDate.of(2026, 12, 4));
        MeetingDraft taken = new MeetingDraft(MeetingType.REGULAR, "Sinh hoạt tháng 12", december.header().date(),
                december.header().start(), null, "Phòng họp", "Trần Quốc Bảo", "Phạm Thị Ánh", null, 3);
        Meeting bad = new Meeting(0, taken, OFFICE, december.term(), december.number(), december.agenda(), december.roll(),
                List.of(), List.of());
        assertThatThrownBy(() -> meetings.save(bad)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.messageKey())
                        .containsExactly("meeting.problem.number.taken"));
        assertThat(meetings.list()).hasSize(4);
        MeetingDraft corrected = new MeetingDraft(MeetingType.REGULAR, "Sinh hoạt tháng 12", december.header().date(),
                december.header().start(), null, "Phòng họp", "Trần Quốc Bảo", "Phạm Thị Ánh", null, 7);
        long id = meetings.save(new Meeting(0, corrected, OFFICE, december.term(), december.number(), december.agenda(),
                december.roll(), List.of(), List.of()));
        assertThat(meetings.find(id).documentNumber()).isEqualTo("Số 07-BB/CB");
    }

    @Test
    void aResolutionWithTooManyVotesChangesNothing() {
        Meeting november = byDate("2026-11-05");
        Meeting bad = new Meeting(november.id(), november.header(), november.issuer(), november.term(), november.number(),
                november.agenda(), november.roll(), List.of(new Resolution(ResolutionKind.ORDINARY, "Quá nhiều phiếu", 20, 0, 0)),
                november.assignments());
        assertThatThrownBy(() -> meetings.save(bad)).isInstanceOf(ValidationException.class);
        assertThat(meetings.find(november.id()).resolutions().get(0).votesFor()).isEqualTo(7);
    }

    @Test
    void theBranchsOwnAgendaTemplateReplacesTheBuiltInOne() {
        List<AgendaItem> own = List.of(new AgendaItem(AgendaPart.OPENING, "Khai mạc", null, null, null),
                new AgendaItem(AgendaPart.CONTENT, "Báo cáo của chi ủy", null, null, null));
        meetings.saveAgendaTemplate(MeetingType.REGULAR, own);
        assertThat(meetings.agendaTemplate(MeetingType.REGULAR)).extracting(AgendaItem::title).containsExactly("Khai mạc", "Báo cáo của chi ủy");
        assertThat(meetings.agendaTemplate(MeetingType.THEMATIC)).extracting(AgendaItem::title).contains("Báo cáo chuyên đề");
    }

    @Test
    void deletingAMeetingRemovesEverythingRecordedInItAndFreesItsNumber() {
        Meeting november = byDate("2026-11-05");
        meetings.delete(november.id());
        assertThat(meetings.list()).hasSize(3);
        assertThatThrownBy(() -> meetings.find(november.id())).isInstanceOf(vn.sochibo.common.UserFacingException.class);
        assertThat(meetings.prepare(OFFICE, MeetingType.REGULAR, LocalDate.of(2026, 11, 6)).number()).isEqualTo(4);
        // October's assignment is open again for the next meeting: nothing carried it over any more
        assertThat(meetings.openAssignmentsBefore(OFFICE, LocalDate.of(2026, 11, 6), 0)).extracting(c -> c.assignment().task())
                .containsExactly("Tổ chức tập huấn chữ ký số cho đảng viên");
        assertThat(meetings.earlierUnexcused(OFFICE, LocalDate.of(2026, 12, 31), 0)).containsEntry(
                meetings.rollAt(OFFICE, LocalDate.of(2026, 11, 6)).stream().filter(r -> r.fullName().equals("Bùi Minh Đạt"))
                        .findFirst().orElseThrow().memberId(), 2);
    }
}
