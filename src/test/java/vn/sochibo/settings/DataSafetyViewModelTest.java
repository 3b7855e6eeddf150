package vn.sochibo.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.DataSafety;
import vn.sochibo.core.RegisterBackups;
import vn.sochibo.core.Services;
import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.storage.DatabaseKey;
import vn.sochibo.ui.DirectUiExecutor;

/**
 * "Mật khẩu và sao lưu" on a real data folder: backups by hand and the automatic list, the keep setting, the
 * preview, deleting, restoring and putting a password on the register (closed and opened again as the window does).
 */
class DataSafetyViewModelTest {

    @TempDir
    Path dir;

    private final Messages messages = Messages.forLanguage("vi");
    private final DirectUiExecutor executor = new DirectUiExecutor();
    private DataLocation location;
    private Services services;
    private final List<String> reopened = new ArrayList<>();

    @BeforeEach
    void open() {
        location = DataLocation.at(dir.resolve("data"));
        services = Services.open(location, TestClocks.FIXED);
        services.samples().load(true);
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** The model as the settings page builds it, with a reopen that closes and opens the register as the app does. */
    private DataSafetyViewModel model() {
        Reopen reopen = (busyText, work, after) -> {
            reopened.add(busyText);
            DatabaseKey key = work.apply(services);
            services = Services.open(location, key, TestClocks.FIXED);
            after.accept(key);
        };
        return new DataSafetyViewModel(services.safety(), services.backups(), executor, messages, reopen);
    }

    @Test
    void aBackupByHandGoesWhereTheClerkSaysAndTheAutomaticOnesAreListed() throws Exception {
        DataSafetyViewModel model = model();
        assertThat(model.availableProperty().get()).isTrue();
        assertThat(model.encryptedProperty().get()).isFalse();
        assertThat(model.statusText()).isEqualTo(messages.get("safety.status.plain"));
        model.load();
        assertThat(model.backups()).isEmpty();

        Path usb = Files.createDirectories(dir.resolve("usb"));
        model.backupNow(usb);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(Backups.list(usb)).singleElement().satisfies(p -> assertThat(model.messageProperty().get()).contains(p.toString()));
        assertThat(model.busyProperty().get()).isFalse();

        services.backups().dailyBackup();
        model.load();
        assertThat(model.backups()).singleElement().satisfies(row -> {
            assertThat(row.reason()).isEqualTo("daily");
            assertThat(row.members()).isEqualTo(36);
            assertThat(row.encrypted()).isFalse();
            assertThat(model.reasonLabel(row.reason())).isEqualTo(messages.get("safety.reason.daily"));
            assertThat(model.describeDeletion(row)).contains("36");
        });

        model.delete(model.backups().get(0));
        assertThat(model.messageProperty().get()).isEqualTo(messages.get("safety.backup.deleted"));
        assertThat(model.backups()).isEmpty();
        assertThat(Backups.list(location.backupDirectory())).isEmpty();
    }

    @Test
    void howManyBackupsToKeepIsStoredWithinItsBounds() {
        DataSafetyViewModel model = model();
        assertThat(model.keepProperty().get()).isEqualTo(10);
        model.keepProperty().set(1);
        model.saveKeep();
        assertThat(model.keepProperty().get()).isEqualTo(2);
        assertThat(services.backups().toKeep()).isEqualTo(2);
        model.keepProperty().set(500);
        model.saveKeep();
        assertThat(model.keepProperty().get()).isEqualTo(100);
        assertThat(services.preferences().get("backup.keep", "")).isEqualTo("100");
        assertThat(model.messageProperty().get()).isEqualTo(messages.get("safety.keep.saved", 100));
    }

    @Test
    void aRestoreShowsWhatTheBackupHoldsThenPutsTheRegisterBackAsItWas() {
        Path backup = services.backups().safetyBackup("daily").file();
        services.members().create(MemberDraft.minimal("Nguyễn Văn Mới", Gender.NAM, 1990, LocalDate.of(2020, 5, 19)));
        assertThat(services.members().list()).hasSize(37);

        DataSafetyViewModel model = model();
        AtomicReference<Backups.Info> previewed = new AtomicReference<>();
        model.preview(backup, previewed::set);
        assertThat(previewed.get().count("member")).isEqualTo(36);
        assertThat(model.describe(previewed.get())).contains(services.branch().profile().orElseThrow().branchName()).contains("36");
        assertThat(model.needsPassword(previewed.get())).as("made by this register").isFalse();

        model.restore(backup, null);
        assertThat(reopened).containsExactly(messages.get("safety.restore.busy"));
        assertThat(services.members().list()).as("the register as the backup holds it").hasSize(36);
        assertThat(Backups.list(location.backupDirectory())).as("the state before, kept")
                .anyMatch(p -> p.getFileName().toString().contains("before-restore"));
    }

    @Test
    void aPasswordIsCheckedThenPutOnTheRegisterAndTheRecoveryCodeShownOnce() {
        DataSafetyViewModel model = model();
        model.newPasswordProperty().set("ngắn");
        model.repeatProperty().set("ngắn");
        List<String> codes = new ArrayList<>();
        model.setPassword(codes::add);
        assertThat(model.errorProperty().get()).isNotBlank();
        assertThat(reopened).isEmpty();

        model.newPasswordProperty().set("mật khẩu chi bộ 2026");
        model.repeatProperty().set("mật khẩu chi bộ 2026");
        model.setPassword(codes::add);
        assertThat(codes).singleElement().asString().matches("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}");
        assertThat(model.newPasswordProperty().get()).as("typed text cleared").isEmpty();
        assertThat(services.database().encrypted()).isTrue();
        assertThat(services.members().list()).hasSize(36);
        assertThat(DataSafety.of(location, TestClocks.FIXED).state()).isEqualTo(DataSafety.State.ENCRYPTED);

        // the page of the reopened register: encrypted; changing the password needs the old one
        DataSafetyViewModel after = model();
        assertThat(after.encryptedProperty().get()).isTrue();
        after.oldPasswordProperty().set("sai rồi");
        after.newPasswordProperty().set("mật khẩu mới 2027");
        after.repeatProperty().set("mật khẩu mới 2027");
        after.changePassword();
        assertThat(after.errorProperty().get()).isNotBlank();
        after.oldPasswordProperty().set("mật khẩu chi bộ 2026");
        after.newPasswordProperty().set("mật khẩu mới 2027");
        after.repeatProperty().set("mật khẩu mới 2027");
        after.changePassword();
        assertThat(after.messageProperty().get()).isEqualTo(messages.get("safety.password.changed"));
        assertThat(DataSafety.of(location, TestClocks.FIXED).unlock("mật khẩu mới 2027")).isEqualTo(services.key());
    }

    @Test
    void aRegisterInMemoryHasNoBackupsToOffer() {
        try (Services memory = Services.inMemory(TestClocks.FIXED)) {
            RegisterBackups backups = memory.backups();
            DataSafetyViewModel model = new DataSafetyViewModel(memory.safety(), backups, executor, messages, (t, w, a) -> { });
            assertThat(model.availableProperty().get()).isFalse();
            model.load();
            assertThat(model.backups()).isEmpty();
            assertThat(executor.submittedCount()).isZero();
        }
    }
}
