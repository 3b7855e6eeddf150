package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.DataSafety;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.storage.DatabaseKey;

/** The step before the register opens, on a real data folder: choose a password, unlock, recover with the code. */
class LockViewModelTest {

    @TempDir
    Path dir;

    private final Messages messages = Messages.forLanguage("vi");
    private final List<DatabaseKey> opened = new ArrayList<>();

    private LockViewModel lock(DataLocation location) {
        return new LockViewModel(new DataSafety(location, new Backups(location, TestClocks.FIXED), 2_000),
                new vn.sochibo.ui.DirectUiExecutor(), messages, opened::add);
    }

    @Test
    void aNewFolderGetsAPasswordThenShowsTheRecoveryCodeOnceUntilItIsWrittenDown() {
        DataLocation location = DataLocation.at(dir.resolve("new"));
        LockViewModel model = lock(location);
        assertThat(model.modeProperty().get()).isEqualTo(LockViewModel.Mode.CHOOSE);

        model.passwordProperty().set("chi bộ số 5 ơi");
        model.repeatProperty().set("chi bộ số 6 ơi");
        model.setPassword();
        assertThat(model.errorProperty().get()).isNotBlank();
        assertThat(DataSafety.of(location, TestClocks.FIXED).state()).isEqualTo(DataSafety.State.NEW);

        model.repeatProperty().set("chi bộ số 5 ơi");
        model.setPassword();
        assertThat(model.modeProperty().get()).isEqualTo(LockViewModel.Mode.SHOW_CODE);
        String code = model.shownCodeProperty().get();
        assertThat(code).matches("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}");
        assertThat(model.passwordProperty().get()).as("typed text cleared").isEmpty();
        assertThat(DataSafety.of(location, TestClocks.FIXED).state()).isEqualTo(DataSafety.State.ENCRYPTED);

        model.continueAfterCode();
        assertThat(model.errorProperty().get()).isEqualTo(messages.get("security.code.notConfirmed"));
        assertThat(opened).isEmpty();
        model.codeWrittenProperty().set(true);
        model.continueAfterCode();
        assertThat(opened).singleElement().isNotNull();
        assertThat(model.shownCodeProperty().get()).as("shown once").isEmpty();
        assertThat(DataSafety.of(location, TestClocks.FIXED).unlock("chi bộ số 5 ơi")).isEqualTo(opened.get(0));
    }

    @Test
    void anEncryptedFolderAsksThePasswordAndAWrongOneOnlySaysSo() {
        DataLocation location = DataLocation.at(dir.resolve("locked"));
        DatabaseKey key = new DataSafety(location, new Backups(location, TestClocks.FIXED), 2_000).protectNew("mật khẩu dài đủ").key();
        LockViewModel model = lock(location);
        assertThat(model.modeProperty().get()).isEqualTo(LockViewModel.Mode.UNLOCK);

        model.unlock();
        assertThat(model.errorProperty().get()).isEqualTo(messages.get("security.unlock.empty"));
        model.passwordProperty().set("mật khẩu sai");
        model.unlock();
        assertThat(model.errorProperty().get()).isNotBlank();
        assertThat(model.passwordProperty().get()).as("a wrong password is cleared").isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(opened).isEmpty();

        model.passwordProperty().set("mật khẩu dài đủ");
        model.unlock();
        assertThat(opened).containsExactly(key);
    }

    @Test
    void theRecoveryCodeOpensWithANewPassword() {
        DataLocation location = DataLocation.at(dir.resolve("forgot"));
        DataSafety.Setup setup = new DataSafety(location, new Backups(location, TestClocks.FIXED), 2_000).protectNew("mật khẩu cũ lắm");
        LockViewModel model = lock(location);
        model.showRecovery();
        assertThat(model.modeProperty().get()).isEqualTo(LockViewModel.Mode.RECOVER);
        model.recoveryCodeProperty().set(setup.recoveryCode().toLowerCase());
        model.passwordProperty().set("mật khẩu mới 2027");
        model.repeatProperty().set("mật khẩu mới 2027");
        model.recover();
        assertThat(opened).containsExactly(setup.key());
        assertThat(DataSafety.of(location, TestClocks.FIXED).unlock("mật khẩu mới 2027")).isEqualTo(setup.key());
        model.backToUnlock();
        assertThat(model.modeProperty().get()).isEqualTo(LockViewModel.Mode.UNLOCK);
    }

    @Test
    void noPasswordOpensTheRegisterUnencrypted() {
        LockViewModel model = lock(DataLocation.at(dir.resolve("plain")));
        model.noPassword();
        assertThat(opened).containsExactly((DatabaseKey) null);
    }
}
