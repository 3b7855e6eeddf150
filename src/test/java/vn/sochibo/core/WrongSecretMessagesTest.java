package vn.sochibo.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.cli.SoChiBoCli;
import vn.sochibo.common.Messages;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.storage.RecoveryCode;

/**
 * Issue 12, point 9: a wrong recovery code is not reported as a wrong password, on a real encrypted register
 * and its real backup: unlocking, recovering, and restoring the backup from the command line.
 */
class WrongSecretMessagesTest {

    private static final String PASSWORD = "mật khẩu chi bộ";
    private static final Messages VI = Messages.forLanguage("vi");

    @TempDir
    Path tmp;

    private DataLocation location;
    private DataSafety.Setup setup;
    private String wrongCode;

    @BeforeEach
    void encryptedRegister() {
        location = DataLocation.at(tmp.resolve("data"));
        setup = new DataSafety(location, new Backups(location, TestClocks.FIXED), 1_000).protectNew(PASSWORD);
        do {
            wrongCode = RecoveryCode.generate();
        } while (wrongCode.equals(setup.recoveryCode()));
    }

    @Test
    void aWrongRecoveryCodeIsCalledAWrongRecoveryCode() {
        assertThat(key(() -> DataSafety.of(location, TestClocks.FIXED).recover(wrongCode, "mật khẩu mới 2026")))
                .isEqualTo("security.error.wrongRecoveryCode");
        assertThat(VI.get("security.error.wrongRecoveryCode")).contains("Mã khôi phục không đúng");
    }

    @Test
    void aRecoveryCodeTypedAsThePasswordIsNamedAsSuch() {
        assertThat(key(() -> DataSafety.of(location, TestClocks.FIXED).unlock(setup.recoveryCode()))).isEqualTo("security.error.recoveryCodeAsPassword");
        assertThat(key(() -> DataSafety.of(location, TestClocks.FIXED).unlock(wrongCode.toLowerCase()))).isEqualTo("security.error.wrongPasswordOrCode");
        assertThat(key(() -> DataSafety.of(location, TestClocks.FIXED).unlock("mật khẩu sai"))).isEqualTo("security.error.wrongPassword");
        assertThat(VI.get("security.error.recoveryCodeAsPassword")).contains("mã khôi phục", "Quên mật khẩu");
    }

    @Test
    void restoringABackupWithAWrongRecoveryCodeSaysSoAndRestoresNothing() throws Exception {
        Path backup;
        try (Services services = Services.open(location, setup.key(), TestClocks.FIXED)) {
            services.samples().load(true);
            backup = services.backups().dailyBackup().file();
        }
        assertThat(key(() -> Backups.keyFor(new Backups(null, TestClocks.FIXED).read(backup), null, wrongCode))).isEqualTo("security.error.wrongPasswordOrCode");
        assertThat(Backups.keyFor(new Backups(null, TestClocks.FIXED).read(backup), null, setup.recoveryCode()).fingerprint()).isEqualTo(setup.key().fingerprint());

        Path elsewhere = tmp.resolve("other-computer");
        Path codeFile = Files.writeString(tmp.resolve("ma.txt"), wrongCode + "\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SoChiBoCli.run(new String[] {"--data-dir", elsewhere.toString(), "--password-file", codeFile.toString(),
            "backup", "restore", backup.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestClocks.FIXED);
        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isNotZero();
        assertThat(said).contains("Mật khẩu hoặc mã khôi phục không đúng").doesNotContain("Mật khẩu không đúng");
        assertThat(elsewhere.resolve("sochibo.mv.db")).doesNotExist();
    }

    private static String key(Runnable work) {
        Throwable t = catchThrowable(work::run);
        assertThat(t).isInstanceOf(UserFacingException.class);
        return ((UserFacingException) t).messageKey();
    }
}
