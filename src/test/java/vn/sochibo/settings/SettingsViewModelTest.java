package vn.sochibo.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.branch.BranchKind;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.ui.DirectUiExecutor;
import vn.sochibo.ui.TextSize;

/** Cài đặt: the stored profile in the form, checked before it is saved; language and text size rebuild the window. */
class SettingsViewModelTest {

    /** A data folder as the about box shows it (only text here: nothing is read or written there). */
    private static final String DATA_FOLDER = java.nio.file.Path.of("Documents", "SoChiBo").toAbsolutePath().toString();

    private final Services services = Services.inMemory(TestClocks.FIXED);
    private final Messages messages = Messages.forLanguage("vi");
    private final AtomicInteger reloads = new AtomicInteger();
    private final SettingsViewModel model = new SettingsViewModel(services.branch(), services.preferences(), new DirectUiExecutor(),
            messages, reloads::incrementAndGet, DATA_FOLDER);

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theStoredProfileFillsTheFormAndAChangeIsSavedOnlyWhenComplete() {
        services.samples().load(true);
        model.load();
        assertThat(model.form().branchNameProperty().get()).isEqualTo(services.branch().profile().orElseThrow().branchName());
        assertThat(model.form().kindProperty().get()).isEqualTo(BranchKind.DANG_BO_CO_SO);

        model.form().placeNameProperty().set("");
        model.saveProfile();
        assertThat(model.form().errorsProperty().get()).isNotBlank();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(services.branch().profile().orElseThrow().placeName()).isNotBlank();

        model.form().placeNameProperty().set("Thanh Hóa");
        model.form().termProperty().set("2025–2030");
        model.saveProfile();
        assertThat(model.messageProperty().get()).isEqualTo(messages.get("settings.profile.saved"));
        assertThat(services.branch().profile().orElseThrow().placeName()).isEqualTo("Thanh Hóa");
    }

    @Test
    void languageAndTextSizeAreStoredAndTheWindowRebuilt() {
        assertThat(model.languageProperty().get()).isEqualTo(SettingsViewModel.Language.VI);
        model.languageProperty().set(SettingsViewModel.Language.EN);
        model.textSizeProperty().set(TextSize.LARGE);
        model.applyDisplay();
        assertThat(services.preferences().get("language", "vi")).isEqualTo("en");
        assertThat(services.preferences().get("textSize", "NORMAL")).isEqualTo("LARGE");
        assertThat(reloads).hasValue(1);
        SettingsViewModel again = new SettingsViewModel(services.branch(), services.preferences(), new DirectUiExecutor(),
                messages, () -> { }, DATA_FOLDER);
        assertThat(again.languageProperty().get()).isEqualTo(SettingsViewModel.Language.EN);
        assertThat(again.textSizeProperty().get()).isEqualTo(TextSize.LARGE);
    }

    @Test
    void theAboutTextNamesTheDataFolder() {
        assertThat(model.aboutText()).contains(DATA_FOLDER);
        assertThat(model.dataFolder()).isEqualTo(DATA_FOLDER);
    }
}
