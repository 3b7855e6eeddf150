package vn.sochibo.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.audit.AuditEntry;
import vn.sochibo.audit.AuditFilter;
import vn.sochibo.common.Problem;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.common.ValidationException;
import vn.sochibo.core.Services;

/** Deleting, amending and undoing on a real in-memory H2 register with the real migrations and audit triggers. */
class MemberCorrectionServiceTest {

    private final Services services = Services.inMemory(TestClocks.FIXED);
    private final MemberService members = services.members();
    private final MemberCorrectionService corrections = services.corrections();

    @AfterEach
    void close() {
        services.close();
    }

    private long official(String name) {
        return members.create(new MemberDraft(name, null, Gender.NAM, LocalDate.of(1975, 3, 3), null, null, null, null,
                null, null, null, null, null, null, null, null, null, "Chuyên viên", null, null, null,
                LocalDate.of(1995, 3, 3), LocalDate.of(1996, 3, 3), "Chi bộ Văn phòng", null, null));
    }

    private MemberEvent last(long id) {
        List<MemberEvent> events = members.details(id).events();
        return events.get(events.size() - 1);
    }

    private List<AuditEntry> log() {
        return services.audit().page(AuditFilter.ALL, null, 50).entries();
    }

    @Test
    void aMistakenEventCanBeDeletedAndTheDeletionUndone() {
        long id = official("Trần Quốc Bảo");
        members.recordEvent(id, new EventDraft(MemberEventType.SUSPENDED, LocalDate.of(2026, 1, 5), null, null, null));
        MemberEvent suspension = last(id);
        RegisterChange.EventDeleted deleted = corrections.deleteEvent(id, suspension.id(), "ghi nhầm");
        assertThat(members.details(id).member().status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(log().get(0).operationDetail()).isEqualTo("ghi nhầm");

        corrections.undo(deleted, "Xóa biến động");
        assertThat(members.details(id).member().status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(last(id)).isEqualTo(suspension);
        assertThat(log().get(0).operation()).isEqualTo("audit.op.member.undo");
    }

    @Test
    void deletingAMemberOrAnEventNeedsAReasonAndSparesMeetingRecords() {
        services.samples().load(true);
        long attendee = services.meetings().find(services.meetings().list().get(0).id()).roll().get(0).memberId();
        assertThatThrownBy(() -> corrections.deleteMember(attendee, "nhập nhầm"))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("member.error.deleteInMeetings"));
        assertThat(members.details(attendee)).isNotNull();
        long id = official("Lê Văn Bình");
        assertThatThrownBy(() -> corrections.deleteMember(id, "  ")).isInstanceOf(ValidationException.class);
        corrections.deleteMember(id, "nhập trùng");
        assertThatThrownBy(() -> members.details(id)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void aDeletedMemberComesBackWholeWithUndo() {
        long id = official("Lê Văn Bình");
        members.recordEvent(id, new EventDraft(MemberEventType.BADGE_AWARDED, LocalDate.of(2026, 2, 3), null, "QĐ 7", null));
        MemberDetails before = members.details(id);
        RegisterChange.MemberDeleted deleted = corrections.deleteMember(id, "nhập trùng");
        assertThat(deleted.events()).hasSize(3);

        corrections.undo(deleted, "Xóa đảng viên Lê Văn Bình");
        MemberDetails after = members.details(id);
        assertThat(after.member()).isEqualTo(before.member());
        assertThat(after.events()).isEqualTo(before.events());
        assertThatThrownBy(() -> corrections.undo(deleted, "again")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void deletingAMistakenRecognitionTakesTheOfficialDateWithIt() {
        long id = members.create(MemberDraft.minimal("Lê Thị Cúc", Gender.NU, 1990, LocalDate.of(2024, 1, 10)));
        members.recordEvent(id, new EventDraft(MemberEventType.OFFICIAL, LocalDate.of(2025, 1, 10), null, null, null));
        corrections.deleteEvent(id, last(id).id(), "chưa có quyết định");
        assertThat(members.details(id).member().status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(members.details(id).member().data().officialDate()).isNull();
    }

    @Test
    void aRecordedEventIsAmendedInPlaceWithAReasonAndTheAmendmentUndone() {
        long id = official("Nguyễn Văn An");
        members.recordEvent(id, new EventDraft(MemberEventType.TRANSFER_OUT, LocalDate.of(2026, 5, 1), null, "GGT 3", null,
                "Đảng bộ Sở Y tế"));
        MemberEvent transfer = last(id);
        EventDraft fixed = new EventDraft(MemberEventType.TRANSFER_OUT, LocalDate.of(2026, 5, 4), null, "GGT 3-GGT/ĐU", null,
                "Chi bộ Bệnh viện tỉnh, Đảng bộ Sở Y tế");
        RegisterChange.EventAmended amended = corrections.amendEvent(id, transfer.id(), fixed, "sai ngày trên giấy giới thiệu");
        MemberEvent now = last(id);
        assertThat(now.id()).isEqualTo(transfer.id());
        assertThat(now.date()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(now.place()).isEqualTo("Chi bộ Bệnh viện tỉnh, Đảng bộ Sở Y tế");
        assertThat(members.details(id).member().status()).isEqualTo(MemberStatus.TRANSFERRED_OUT);
        AuditEntry line = log().get(0);
        assertThat(line.operation()).isEqualTo("audit.op.member.eventAmend");
        assertThat(line.operationDetail()).isEqualTo("sai ngày trên giấy giới thiệu");
        assertThat(line.table()).isEqualTo("member_event");

        corrections.undo(amended, "Sửa biến động");
        assertThat(last(id)).isEqualTo(transfer);
    }

    @Test
    void anAmendmentKeepsTheTypeThePlaceInHistoryAndTheRules() {
        long id = official("Nguyễn Văn An");
        members.recordEvent(id, new EventDraft(MemberEventType.REMOVED, LocalDate.of(2026, 5, 1), null, "QĐ 2", null));
        MemberEvent removal = last(id);
        MemberDetails d = members.details(id);
        assertThat(corrections.amendProblems(d.member(), d.events(), removal,
                new EventDraft(MemberEventType.REMOVED, LocalDate.of(1995, 1, 1), null, null, null)))
                .filteredOn(Problem::isError).extracting(Problem::messageKey)
                .contains("member.event.problem.beforeLast", "member.event.problem.documentRequired");
        assertThat(corrections.amendProblems(d.member(), d.events(), removal,
                new EventDraft(MemberEventType.DECEASED, LocalDate.of(2026, 5, 1), null, null, null)))
                .extracting(Problem::messageKey).contains("member.event.problem.typeFixed");
        assertThatThrownBy(() -> corrections.amendEvent(id, removal.id(),
                new EventDraft(MemberEventType.REMOVED, LocalDate.of(2026, 5, 2), null, "QĐ 2", null), " "))
                .isInstanceOf(ValidationException.class);
        assertThat(last(id)).isEqualTo(removal);
    }

    @Test
    void addingAndEditingAreUndoneAndAnUndoAfterAnotherChangeIsRefused() {
        long id = official("Phạm Thị Hoa");
        MemberDraft before = members.details(id).member().data();
        RegisterChange.MemberEdited edited = members.update(id, before.withOfficialDate(before.officialDate())
                .withRegisterFields("Chi bộ khu phố 3", null, null, null, null, null));
        assertThat(edited.before()).isEqualTo(before);
        corrections.undo(edited, "Sửa thông tin");
        assertThat(members.details(id).member().data()).isEqualTo(before);

        RegisterChange.MemberEdited again = members.update(id, before.withRegisterFields("Khu phố 4", null, null, null, null, null));
        members.update(id, before.withRegisterFields("Khu phố 5", null, null, null, null, null));
        assertThatThrownBy(() -> corrections.undo(again, "Sửa thông tin")).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("member.undo.error.changedSince"));
        assertThat(members.details(id).member().data().residenceBranch()).isEqualTo("Khu phố 5");

        corrections.undo(new RegisterChange.MemberAdded(id, "Phạm Thị Hoa"), "Thêm đảng viên Phạm Thị Hoa");
        assertThat(members.list()).isEmpty();
    }

    @Test
    void aRecordedEventIsUndone() {
        long id = members.create(MemberDraft.minimal("Lê Thị Cúc", Gender.NU, 1990, LocalDate.of(2024, 1, 10)));
        MemberService.Recorded recorded = members.record(id,
                new EventDraft(MemberEventType.OFFICIAL, LocalDate.of(2025, 1, 10), null, null, null));
        assertThat(recorded.status()).isEqualTo(MemberStatus.OFFICIAL);
        corrections.undo(recorded.change(), "Ghi biến động");
        assertThat(members.details(id).member().status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(members.details(id).member().data().officialDate()).isNull();
        assertThat(members.details(id).events()).extracting(MemberEvent::type).containsExactly(MemberEventType.ADMITTED);
    }
}
