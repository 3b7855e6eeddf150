package vn.sochibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.ui.DirectUiExecutor;

/**
 * Sinh hoạt chi bộ without the window: the list and the chi bộ that hold meetings, a new meeting prepared from the
 * register (nothing stored until saved), saving, opening, deleting, and the minutes and the year's book written.
 */
class MeetingViewModelTest {

    @TempDir
    Path dir;

    private final Services services = Services.inMemory(TestClocks.FIXED);
    private final Messages messages = Messages.forLanguage("vi");
    private final DirectUiExecutor executor = new DirectUiExecutor();
    private MeetingViewModel model;

    @BeforeEach
    void open() {
        services.samples().load(true);
        model = new MeetingViewModel(services.meetings(), services.minutes(), executor, messages);
        model.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theListShowsTheStoredMeetingsAndProposesTodayInTheFirstChiBo() {
        assertThat(model.meetings()).hasSameSizeAs(services.meetings().list()).isNotEmpty();
        assertThat(model.issuers()).isNotEmpty();
        assertThat(model.newIssuerProperty().get()).isEqualTo(model.issuers().get(0));
        assertThat(model.newDateProperty().get()).isEqualTo("22/11/2026");
        assertThat(model.bookYear()).isEqualTo(2026);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aNewMeetingIsPreparedFromTheRegisterAndStoredOnlyWhenSaved() {
        int before = model.meetings().size();
        model.newDateProperty().set("31/02/2026");
        model.createNew();
        assertThat(model.problemProperty().get()).isEqualTo(messages.get("meeting.problem.date.format", "31/02/2026"));
        assertThat(model.editor().id()).isZero();

        model.newDateProperty().set("04/12/2026");
        model.createNew();
        assertThat(model.messageProperty().get()).isEqualTo(messages.get("meeting.created"));
        assertThat(model.editor().roll()).isNotEmpty();
        assertThat(model.editor().agenda()).isNotEmpty();
        assertThat(model.editor().dateProperty().get()).isEqualTo("04/12/2026");
        assertThat(services.meetings().list()).as("nothing stored yet").hasSize(before);

        model.save();
        assertThat(model.problemProperty().get()).as("the meeting's own words, not another form's field label")
                .startsWith(messages.get("meeting.problem.place.required"));
        assertThat(services.meetings().list()).hasSize(before);
        model.editor().placeProperty().set("Hội trường tầng 3");
        model.editor().chairProperty().set("Trần Quốc Bảo");
        model.editor().secretaryProperty().set("Phạm Thị Ánh");
        model.save();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo(messages.get("meeting.saved"));
        assertThat(model.editor().id()).isPositive();
        assertThat(model.meetings()).hasSize(before + 1);
        assertThat(model.selectedProperty().get().id()).as("the saved meeting is the one selected").isEqualTo(model.editor().id());
        assertThat(model.suggestedMinutesName()).startsWith("bien-ban-").endsWith(".docx");
    }

    @Test
    void aMeetingChosenInTheListOpensInTheEditorAndCanBeDeleted() {
        MeetingSummary first = model.meetings().get(0);
        model.selectedProperty().set(first);
        assertThat(model.editor().id()).isEqualTo(first.id());
        assertThat(model.editor().subjectProperty().get()).isEqualTo(first.subject());
        int before = model.meetings().size();
        model.delete();
        assertThat(model.meetings()).hasSize(before - 1).noneMatch(m -> m.id() == first.id());
        assertThat(model.editor().id()).isZero();
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void aNumberAlreadyUsedInTheTermIsRefusedAndNothingIsStored() {
        MeetingSummary first = model.meetings().get(model.meetings().size() - 1);
        model.newIssuerProperty().set(first.issuer());
        model.newDateProperty().set("04/12/2026");
        model.createNew();
        model.editor().placeProperty().set("Hội trường tầng 3");
        model.editor().chairProperty().set("Trần Quốc Bảo");
        model.editor().secretaryProperty().set("Phạm Thị Ánh");
        model.editor().numberProperty().set(String.valueOf(first.number()));
        int before = services.meetings().list().size();
        model.save();
        assertThat(model.problemProperty().get()).isNotBlank();
        assertThat(services.meetings().list()).hasSize(before);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void theMinutesAndTheYearsBookAreWritten() throws Exception {
        model.selectedProperty().set(model.meetings().get(0));
        Path minutes = dir.resolve("bien-ban.docx");
        model.exportMinutes(minutes);
        assertThat(Files.size(minutes)).isPositive();
        assertThat(model.messageProperty().get()).contains(minutes.toString());

        Path book = dir.resolve("so-bien-ban-2026.docx");
        model.newIssuerProperty().set(model.meetings().get(0).issuer());
        model.exportBook(book);
        assertThat(Files.size(book)).isGreaterThan(Files.size(minutes));
        assertThat(model.messageProperty().get()).isEqualTo(messages.get("meeting.book.written", 2026, book));
    }
}
