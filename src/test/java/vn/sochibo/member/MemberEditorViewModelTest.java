package vn.sochibo.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.ui.DirectUiExecutor;

/** The member form without the window: problems shown once the clerk saves, a new member and a correction stored. */
class MemberEditorViewModelTest {

    private final Services services = Services.inMemory(TestClocks.FIXED);
    private final Messages messages = Messages.forLanguage("vi");
    private final MemberEditorViewModel model = new MemberEditorViewModel(services.members(), new DirectUiExecutor(), messages);
    private final List<Long> saved = new ArrayList<>();

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anEmptyFormSaysWhatIsMissingOnlyOnceTheClerkSavesAndStoresNothing() {
        model.startNew();
        assertThat(model.titleProperty().get()).isEqualTo(messages.get("member.editor.title.new"));
        assertThat(model.errorsProperty().get()).as("not while the empty form first opens").isEmpty();
        assertThat(model.isValid()).isFalse();
        model.save(change -> saved.add(change.memberId()));
        assertThat(model.errorsProperty().get()).isNotBlank();
        assertThat(saved).isEmpty();
        assertThat(services.members().list()).isEmpty();
    }

    @Test
    void anUnreadableDateNamesItsField() {
        model.startNew();
        model.text("joinedDate").set("31/13/2020");
        model.save(change -> saved.add(change.memberId()));
        assertThat(model.errorsProperty().get()).contains(messages.get("field.joinedDate"))
                .contains(messages.get("member.problem.date.format", "31/13/2020"));
        assertThat(saved).isEmpty();
    }

    @Test
    void aNewMemberIsStoredAsTypedInNfcAndCanBeCorrectedLater() {
        model.startNew();
        String decomposed = java.text.Normalizer.normalize("Nguyễn Thị Hoà", java.text.Normalizer.Form.NFD);
        model.text("fullName").set(decomposed);
        model.genderProperty().set(Gender.NU);
        model.text("birthDate").set("15/03/1985");
        model.text("joinedDate").set("19/05/2010");
        model.text("officialDate").set("19/05/2011");
        model.save(change -> saved.add(change.memberId()));
        assertThat(model.errorsProperty().get()).isEmpty();
        assertThat(saved).hasSize(1);
        Member stored = services.members().details(saved.get(0)).member();
        assertThat(stored.data().fullName()).isEqualTo(java.text.Normalizer.normalize(decomposed, java.text.Normalizer.Form.NFC));
        assertThat(stored.data().birthDate()).isEqualTo(LocalDate.of(1985, 3, 15));

        MemberEditorViewModel again = new MemberEditorViewModel(services.members(), new DirectUiExecutor(), messages);
        again.edit(saved.get(0));
        assertThat(again.titleProperty().get()).isEqualTo(messages.get("member.editor.title.edit", stored.data().fullName()));
        assertThat(again.text("birthDate").get()).isEqualTo("15/03/1985");
        assertThat(again.genderProperty().get()).isEqualTo(Gender.NU);
        again.text("phone").set("0912 345 678");
        again.save(change -> saved.add(change.memberId()));
        assertThat(saved).containsExactly(saved.get(0), saved.get(0));
        assertThat(services.members().list()).singleElement().satisfies(m -> assertThat(m.phone()).isEqualTo("0912 345 678"));
    }

    @Test
    void aCardNumberAnotherMemberHoldsIsRefusedNamingThatMember() {
        services.members().create(new MemberDraft("Trần Văn Có", null, Gender.NAM, LocalDate.of(1980, 1, 2), null, null, null,
                null, null, null, null, "012345678901", null, null, null, null, null, null, null, null, null,
                LocalDate.of(2005, 5, 19), null, null, null, null));
        model.startNew();
        model.text("fullName").set("Lê Văn Khác");
        model.genderProperty().set(Gender.NAM);
        model.text("birthDate").set("02/02/1990");
        model.text("joinedDate").set("19/05/2015");
        model.text("partyCardNumber").set("012345678901");
        model.save(change -> saved.add(change.memberId()));
        assertThat(saved).isEmpty();
        assertThat(model.errorsProperty().get()).contains("Trần Văn Có");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.canSaveProperty().get()).isTrue();
        assertThat(services.members().list()).hasSize(1);
    }
}
