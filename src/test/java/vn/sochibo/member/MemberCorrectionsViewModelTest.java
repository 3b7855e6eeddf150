package vn.sochibo.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.ui.DirectUiExecutor;
import vn.sochibo.ui.StatusBarModel;

/**
 * The correction buttons under the member's details, without the window, wired to the member list as the view
 * wires them: a mistaken entry or event deleted with a reason and brought back by "Hoàn tác", newest change first;
 * a member of the minutes never deleted; the question naming what goes.
 */
class MemberCorrectionsViewModelTest {

    private final Services services = Services.inMemory(TestClocks.FIXED);
    private final Messages messages = Messages.forLanguage("vi");
    private final DirectUiExecutor executor = new DirectUiExecutor();
    private MemberListViewModel list;
    private MemberCorrectionsViewModel corrections;

    @BeforeEach
    void open() {
        services.samples().load(true);
        list = new MemberListViewModel(services.members(), executor, messages, new StatusBarModel());
        corrections = new MemberCorrectionsViewModel(services.corrections(), executor, messages);
        corrections.detailsProperty().bind(list.detailsProperty());
        corrections.afterChange(list::refreshAndSelect);
        list.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aMistakenEntryIsDeletedAndBroughtBackButAMemberOfTheMinutesIsNot() {
        long mistaken = services.members().create(MemberDraft.minimal("Nguyễn Văn Nhầm", Gender.NAM, 1990, LocalDate.of(2020, 5, 19)));
        list.refreshAndSelect(mistaken);
        assertThat(corrections.canDeleteMemberBinding().get()).as("disabled").isFalse();
        assertThat(corrections.deleteMemberQuestion()).contains("Nguyễn Văn Nhầm");
        corrections.deleteMember("nhập trùng");
        assertThat(corrections.problemProperty().get()).isEmpty();
        assertThat(list.rows()).noneMatch(r -> r.member().id() == mistaken);
        assertThat(corrections.canUndoProperty().get()).isTrue();
        assertThat(corrections.undoTextProperty().get()).contains("Nguyễn Văn Nhầm");
        assertThat(corrections.undoDeletesAMember()).as("undoing a deletion brings back, asks nothing").isFalse();

        corrections.undo();
        assertThat(corrections.noticeProperty().get()).isEqualTo(messages.get("member.notice.undone",
                messages.get("member.change.deleted", "Nguyễn Văn Nhầm")));
        assertThat(list.rows()).anyMatch(r -> r.member().id() == mistaken);
        assertThat(list.selectedProperty().get().member().id()).isEqualTo(mistaken);
        assertThat(corrections.canUndoProperty().get()).isFalse();

        long inMinutes = services.meetings().find(services.meetings().list().get(0).id()).roll().get(0).memberId();
        list.refreshAndSelect(inMinutes);
        corrections.deleteMember("thử xóa");
        assertThat(corrections.problemProperty().get()).isNotBlank();
        assertThat(corrections.busyProperty().get()).isFalse();
        assertThat(corrections.canUndoProperty().get()).as("nothing changed, nothing to take back").isFalse();
        assertThat(services.members().details(inMinutes).member().id()).isEqualTo(inMinutes);
    }

    @Test
    void aMistakenEventIsDeletedAndTheNewestChangeIsTakenBackFirst() {
        long id = services.members().create(MemberDraft.minimal("Trần Thị Sai", Gender.NU, 1992, LocalDate.of(2018, 3, 2)));
        corrections.remember(new RegisterChange.MemberAdded(id, "Trần Thị Sai"));
        assertThat(corrections.undoDeletesAMember()).isTrue();
        list.refreshAndSelect(id);
        List<MemberEvent> history = list.detailsProperty().get().events();
        MemberEvent last = history.get(history.size() - 1);
        corrections.selectedEventProperty().set(last);
        assertThat(corrections.noEventSelectedBinding().get()).isFalse();
        assertThat(corrections.deleteEventQuestion()).contains("Trần Thị Sai").contains(messages.label(last.type()));
        corrections.deleteEvent("ghi nhầm");
        assertThat(services.members().details(id).events()).hasSize(history.size() - 1);
        assertThat(corrections.undoDeletesAMember()).as("the deletion is the newest change").isFalse();

        corrections.undo();
        assertThat(services.members().details(id).events()).extracting(MemberEvent::id).contains(last.id());
        assertThat(corrections.undoDeletesAMember()).as("then the addition").isTrue();
        corrections.undo();
        assertThat(list.rows()).noneMatch(r -> r.member().id() == id);
        assertThat(corrections.canUndoProperty().get()).isFalse();
    }
}
