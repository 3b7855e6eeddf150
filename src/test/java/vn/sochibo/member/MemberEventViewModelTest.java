package vn.sochibo.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.ui.DirectUiExecutor;

/** "Ghi biến động" without the window: what may come next, what each event asks for, the status it leads to. */
class MemberEventViewModelTest {

    private final Services services = Services.inMemory(TestClocks.FIXED);
    private final Messages messages = Messages.forLanguage("vi");
    private final MemberEventViewModel model = new MemberEventViewModel(services.members(), services.corrections(),
            new DirectUiExecutor(), messages);
    private final List<RegisterChange> saved = new ArrayList<>();
    private long probationary;

    @BeforeEach
    void open() {
        probationary = services.members().create(MemberDraft.minimal("Lê Quang Mới", Gender.NAM, 1996, LocalDate.of(2025, 3, 14)));
        model.start(services.members().details(probationary));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aProbationaryMemberMayBeRecognisedOrRemovedButNotExpelled() {
        assertThat(services.members().details(probationary).member().status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(model.headingProperty().get()).contains("Lê Quang Mới");
        assertThat(model.types()).contains(MemberEventType.OFFICIAL, MemberEventType.REMOVED).doesNotContain(MemberEventType.EXPELLED);
        assertThat(model.typeProperty().get()).as("nothing preselected").isNull();
        assertThat(model.canSaveProperty().get()).isFalse();
    }

    @Test
    void recognitionProposesTheEndOfProbationAndLeadsToOfficial() {
        model.typeProperty().set(MemberEventType.OFFICIAL);
        assertThat(model.dateProperty().get()).as("12 months after the ceremony").isEqualTo("14/03/2026");
        model.dateProperty().set("01/01/2025");
        assertThat(model.errorsProperty().get()).as("before the admission").isNotBlank();
        assertThat(model.canSaveProperty().get()).isFalse();
        model.dateProperty().set("20/03/2026");
        assertThat(model.errorsProperty().get()).isEmpty();
        assertThat(model.warningsProperty().get()).as("not the end of probation").contains("14/03/2026");
        model.dateProperty().set("14/03/2026");
        assertThat(model.warningsProperty().get()).isEmpty();
        model.documentRefProperty().set("QĐ 12-QĐ/ĐU");
        model.save(saved::add);
        assertThat(saved).singleElement().isInstanceOfSatisfying(RegisterChange.EventRecorded.class,
                change -> assertThat(change.event().type()).isEqualTo(MemberEventType.OFFICIAL));
        assertThat(services.members().details(probationary).member().status()).isEqualTo(MemberStatus.OFFICIAL);
    }

    @Test
    void aTransferOutSaysWhereAndARemovalIsConfirmedFirst() {
        model.typeProperty().set(MemberEventType.TRANSFER_OUT);
        assertThat(model.placeAllowedProperty().get()).isTrue();
        assertThat(model.placeLabelProperty().get()).isEqualTo(messages.get("member.event.placeTo"));
        model.dateProperty().set("01/11/2026");
        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(model.errorsProperty().get()).startsWith(messages.get("field.transferPlace") + ": ");
        model.placeProperty().set("Đảng bộ phường Phú Hội, Chi bộ 2");
        assertThat(model.errorsProperty().get()).isEmpty();
        assertThat(model.needsConfirmation()).isFalse();

        model.typeProperty().set(MemberEventType.REMOVED);
        assertThat(model.placeAllowedProperty().get()).isFalse();
        assertThat(model.needsConfirmation()).isTrue();
        model.documentRefProperty().set("QĐ 05-QĐ/ĐU");
        assertThat(model.confirmationText()).contains("Lê Quang Mới").contains("01/11/2026").contains("QĐ 05-QĐ/ĐU");
    }

    @Test
    void anUnreadableDateIsExplainedAndNothingIsStored() {
        model.typeProperty().set(MemberEventType.TEMPORARY_LEAVE);
        model.dateProperty().set("hôm qua");
        assertThat(model.errorsProperty().get()).contains(messages.get("member.problem.date.format", "hôm qua"));
        model.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(services.members().details(probationary).events()).extracting(MemberEvent::type)
                .doesNotContain(MemberEventType.TEMPORARY_LEAVE);
    }
}
