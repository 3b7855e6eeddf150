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
import vn.sochibo.storage.DataLocation;
import vn.sochibo.ui.DirectUiExecutor;

/** Cài đặt → Mẫu biên bản on a real data folder: export the built-in template, install an edited one, go back. */
class MinutesTemplateViewModelTest {

    @TempDir
    Path dir;

    private final Messages messages = Messages.forLanguage("vi");
    private Services services;
    private MinutesTemplateViewModel model;

    @BeforeEach
    void open() {
        services = Services.open(DataLocation.at(dir.resolve("data")), TestClocks.FIXED);
        model = new MinutesTemplateViewModel(services.minutes(), new DirectUiExecutor(), messages);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theBuiltInTemplateIsExportedEditedAndInstalledThenResetAgain() throws Exception {
        model.refresh();
        assertThat(model.ownTemplateProperty().get()).isFalse();
        assertThat(model.stateProperty().get()).isEqualTo(messages.get("meeting.template.state.builtIn"));

        Path copy = dir.resolve("mau-bien-ban.docx");
        model.exportBuiltIn(copy);
        assertThat(Files.size(copy)).isPositive();
        assertThat(model.messageProperty().get()).isEqualTo(messages.get("meeting.template.exported", copy));

        model.install(copy);
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.ownTemplateProperty().get()).isTrue();
        assertThat(model.stateProperty().get()).isEqualTo(messages.get("meeting.template.state.own"));
        assertThat(model.messageProperty().get()).isEqualTo(messages.get("meeting.template.installed"));

        model.reset();
        assertThat(model.ownTemplateProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo(messages.get("meeting.template.reset"));
    }

    @Test
    void aFileThatIsNoTemplateIsRefusedAndChangesNothing() throws Exception {
        Path junk = Files.writeString(dir.resolve("khong-phai-mau.docx"), "không phải tệp Word");
        model.install(junk);
        assertThat(model.problemProperty().get()).isNotBlank();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(services.minutes().hasUserTemplate()).isFalse();
    }
}
