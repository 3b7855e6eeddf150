package vn.sochibo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.DataSafety;
import vn.sochibo.core.Services;
import vn.sochibo.member.EventDraft;
import vn.sochibo.member.MemberEventType;
import vn.sochibo.member.MemberSummary;

/** Password, AES file encryption, wrapped key, recovery code and encrypted backups, on real H2 files. */
class EncryptionTest {

    private static final int FAST = 2_000; // PBKDF2 iterations for tests; the app uses KeyFile.DEFAULT_ITERATIONS
    private static final String PASSWORD = "Chi bộ 5 năm 2026";

    @TempDir
    Path dir;

    private final Messages vi = Messages.forLanguage("vi");

    @Test
    void encryptedDataFolderHoldsNoNameOrIdInReadableForm() throws Exception {
        DataLocation plain = DataLocation.at(dir.resolve("plain"));
        List<String> secrets;
        try (Services services = Services.open(plain, TestClocks.FIXED)) {
            services.samples().load(true);
            secrets = secrets(services);
        }
        // the scan works: a plain file shows the IDs
        assertThat(readable(plain.directory(), secrets)).isNotEmpty();

        DataLocation location = DataLocation.at(dir.resolve("secret"));
        DataSafety.Setup setup = safety(location).protectNew(PASSWORD);
        try (Services services = Services.open(location, setup.key(), TestClocks.FIXED)) {
            assertThat(services.database().encrypted()).isTrue();
            services.samples().load(true);
            assertThat(secrets(services)).isEqualTo(secrets);
            services.backups().safetyBackup("manual"); // the backups folder too
        }
        assertThat(Files.list(location.backupDirectory())).hasSize(1);
        assertThat(Database.encryptedFile(location.databaseFile())).isTrue();
        assertThat(readable(location.directory(), secrets)).isEmpty();
    }

    @Test
    void wrongPasswordIsAClearMessageAndTouchesNothing() throws Exception {
        DataLocation location = DataLocation.at(dir.resolve("d"));
        DataSafety.Setup setup = safety(location).protectNew(PASSWORD);
        try (Services services = Services.open(location, setup.key(), TestClocks.FIXED)) {
            services.samples().load(true);
        }
        String before = digest(location.databaseFile()) + digest(location.keyFile());

        assertThatThrownBy(() -> safety(location).unlock("chi bo 5 nam 2026"))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(vi.describe(e)).startsWith("Mật khẩu không đúng. Dữ liệu không bị thay đổi"));
        // no key file: the encrypted file is refused with a message, not opened or rewritten
        Path keyAside = dir.resolve("aside.key");
        Files.move(location.keyFile(), keyAside);
        assertThatThrownBy(() -> Services.open(location, null, TestClocks.FIXED))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(vi.describe(e)).contains("đã được mã hoá nhưng thiếu tệp khoá"));
        assertThatThrownBy(() -> Services.open(location, DatabaseKey.generate(), TestClocks.FIXED))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(vi.describe(e)).contains("không mở được bằng khoá này"));
        Files.move(keyAside, location.keyFile());
        assertThat(digest(location.databaseFile()) + digest(location.keyFile())).isEqualTo(before);

        try (Services services = Services.open(location, safety(location).unlock(PASSWORD), TestClocks.FIXED)) {
            assertThat(services.members().list()).hasSize(36);
        }
    }

    @Test
    void aDamagedPlainFileIsNotCalledEncrypted() throws Exception {
        DataLocation location = DataLocation.at(dir.resolve("damaged"));
        location.ensureExists();
        byte[] junk = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(junk);
        Files.write(location.databaseFile(), junk);
        assertThatThrownBy(() -> Services.open(location, null, TestClocks.FIXED))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(vi.describe(e)).startsWith("Không mở được cơ sở dữ liệu")
                        .doesNotContain("mã hoá"));
        assertThat(Database.encryptedFile(location.databaseFile())).isFalse();
    }

    @Test
    void changingThePasswordRewrapsTheKeyWithoutRewritingTheDatabase() throws Exception {
        DataLocation location = DataLocation.at(dir.resolve("d"));
        DataSafety.Setup setup = safety(location).protectNew(PASSWORD);
        try (Services services = Services.open(location, setup.key(), TestClocks.FIXED)) {
            services.samples().load(true);
        }
        String database = digest(location.databaseFile());
        String keyFile = digest(location.keyFile());

        assertThatThrownBy(() -> safety(location).changePassword("sai mật khẩu", "mật khẩu mới 2027"))
                .hasMessageContaining("wrongPassword");
        assertThat(digest(location.keyFile())).isEqualTo(keyFile);
        assertThatThrownBy(() -> safety(location).changePassword(PASSWORD, "ngắn"))
                .satisfies(e -> assertThat(vi.describe(e)).isEqualTo("Mật khẩu cần ít nhất 8 ký tự."));

        safety(location).changePassword(PASSWORD, "mật khẩu mới 2027");
        assertThat(digest(location.databaseFile())).isEqualTo(database);
        assertThat(digest(location.keyFile())).isNotEqualTo(keyFile);
        assertThatThrownBy(() -> safety(location).unlock(PASSWORD)).hasMessageContaining("wrongPassword");
        DatabaseKey key = safety(location).unlock("mật khẩu mới 2027");
        assertThat(key).isEqualTo(setup.key());
        // the recovery code written down at set-up still opens it, and sets a new password
        String typed = setup.recoveryCode().toLowerCase().replace("-", " ").replace('0', 'o');
        assertThatThrownBy(() -> safety(location).recover("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "quên rồi 12345"))
                .satisfies(e -> assertThat(vi.describe(e)).startsWith("Mã khôi phục không đúng."));
        assertThat(safety(location).recover(typed, "quên rồi 12345")).isEqualTo(setup.key());
        try (Services services = Services.open(location, safety(location).unlock("quên rồi 12345"), TestClocks.FIXED)) {
            assertThat(services.members().list()).hasSize(36);
        }
    }

    @Test
    void encryptedBackupRestoresHereWithTheKeyAndElsewhereWithThePassword() throws Exception {
        DataLocation location = DataLocation.at(dir.resolve("d"));
        DataSafety.Setup setup = safety(location).protectNew(PASSWORD);
        Backups.Info backup;
        String checksum;
        String rows;
        long logLines;
        List<String> secrets;
        try (Services services = Services.open(location, setup.key(), TestClocks.FIXED)) {
            services.samples().load(true);
            secrets = secrets(services);
            backup = services.backups().backupInto(dir.resolve("usb"));
            try (Connection c = services.database().connection()) {
                checksum = Backups.checksum(c);
                rows = RegisterRows.withoutLog(c);
                logLines = RegisterRows.logLines(c);
            }
        }
        assertThat(backup.encrypted()).isTrue();
        assertThat(readable(dir.resolve("usb"), secrets)).isEmpty();
        assertThatThrownBy(() -> Backups.verify(backup.file())).hasMessageContaining("needsPassword");

        // on another computer: no key yet; the wrong password, then the right one
        DataLocation other = DataLocation.at(dir.resolve("other"));
        assertThatThrownBy(() -> new Backups(other, TestClocks.FIXED).restore(backup.file(), null, "không phải"))
                .hasMessageContaining("wrongPassword");
        assertThat(Files.exists(other.databaseFile())).isFalse();
        Backups.Restored restored = new Backups(other, TestClocks.FIXED).restore(backup.file(), null, PASSWORD);
        assertThat(restored.key()).isEqualTo(setup.key());
        assertThat(safety(other).state()).isEqualTo(DataSafety.State.ENCRYPTED);
        try (Services services = Services.open(other, safety(other).unlock(PASSWORD), TestClocks.FIXED);
             Connection c = services.database().connection()) {
            assertThat(Backups.checksum(c)).isEqualTo(checksum);
        }
        assertThat(readable(other.directory(), secrets)).isEmpty();

        // here, after a password change: the same key opens the old backup with no question
        safety(location).changePassword(PASSWORD, "mật khẩu mới 2027");
        DatabaseKey key = safety(location).unlock("mật khẩu mới 2027");
        Services services = Services.open(location, key, TestClocks.FIXED);
        services.members().recordEvent(services.members().list().get(0).id(),
                new EventDraft(MemberEventType.BADGE_AWARDED, TestClocks.TODAY, null, "QĐ 9", "30 năm tuổi đảng"));
        DataSafety.Restore back = services.safety().restore(services, backup.file(), null);
        assertThat(back.key()).isEqualTo(key);
        assertThat(back.saferCopy().reason()).isEqualTo("before-restore");
        assertThat(back.saferCopy().encrypted()).isTrue();
        try (Services reopened = Services.open(location, back.key(), TestClocks.FIXED);
             Connection c = reopened.database().connection()) {
            // the backup's rows exactly, and its change log with one more line: this restore
            assertThat(RegisterRows.withoutLog(c)).isEqualTo(rows);
            assertThat(RegisterRows.logLines(c)).isEqualTo(logLines + 1);
            assertThat(reopened.audit().page(vn.sochibo.audit.AuditFilter.ALL, null, 1).entries().get(0).action())
                    .isEqualTo(vn.sochibo.audit.AuditAction.RESTORE);
        }
        assertThat(readable(location.directory(), secrets)).isEmpty();
    }

    @Test
    void aPasswordPutOnAnExistingRegisterLeavesNoReadableCopy() throws Exception {
        DataLocation location = DataLocation.at(dir.resolve("d"));
        String checksum;
        List<String> secrets;
        Services services = Services.open(location, TestClocks.FIXED);
        services.samples().load(true);
        secrets = secrets(services);
        services.backups().safetyBackup("daily");
        try (Connection c = services.database().connection()) {
            checksum = Backups.checksum(c);
        }
        assertThat(readable(location.directory(), secrets)).isNotEmpty();

        DataSafety.Setup setup = safety(services.location()).protectExisting(services, PASSWORD);
        assertThat(safety(location).state()).isEqualTo(DataSafety.State.ENCRYPTED);
        assertThat(readable(location.directory(), secrets)).isEmpty();
        List<Path> backups = Backups.list(location.backupDirectory());
        assertThat(backups).hasSize(1);
        assertThat(new Backups(null, TestClocks.FIXED).read(backups.get(0)).encrypted()).isTrue();
        assertThat(new Backups(null, TestClocks.FIXED).read(backups.get(0)).reason()).isEqualTo("daily");
        try (Services reopened = Services.open(location, safety(location).unlock(PASSWORD), TestClocks.FIXED);
             Connection c = reopened.database().connection()) {
            assertThat(reopened.key()).isEqualTo(setup.key());
            assertThat(Backups.checksum(c)).isEqualTo(checksum);
        }
    }

    @Test
    void recoveryCodesAreForgivingToTypeAndStrict() {
        String code = RecoveryCode.generate();
        assertThat(code).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){4}");
        assertThat(RecoveryCode.normalise(" " + code.toLowerCase().replace("-", "  ") + "\n")).isEqualTo(code.replace("-", ""));
        assertThat(RecoveryCode.normalise("ABCDE-ABCDE")).isNull();
        assertThat(RecoveryCode.normalise("ABCDE-ABCDE-ABCDE-ABCDE-ABCD!")).isNull();
        assertThat(RecoveryCode.generate()).isNotEqualTo(code);
    }

    /** Every member's ID and name, as the strings that must not be readable in an encrypted folder. */
    private static List<String> secrets(Services services) {
        List<String> out = new ArrayList<>();
        for (MemberSummary m : services.members().list()) {
            out.add(m.fullName());
            if (m.personalId() != null) {
                out.add(m.personalId());
            }
        }
        return out;
    }

    /** The secrets found in any file under {@code folder}, as UTF-8, UTF-16 or inside zip entries. */
    private static List<String> readable(Path folder, List<String> secrets) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                List<byte[]> contents = new ArrayList<>();
                contents.add(Files.readAllBytes(file));
                if (file.toString().endsWith(".zip")) {
                    try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
                        while (zip.getNextEntry() != null) {
                            contents.add(zip.readAllBytes());
                        }
                    }
                }
                for (byte[] bytes : contents) {
                    String utf8 = new String(bytes, StandardCharsets.UTF_8);
                    String utf16 = new String(bytes, StandardCharsets.UTF_16LE) + new String(bytes, StandardCharsets.UTF_16BE);
                    String latin = new String(bytes, StandardCharsets.ISO_8859_1);
                    for (String s : secrets) {
                        if (utf8.contains(s) || utf16.contains(s) || latin.contains(s)) {
                            found.add(file.getFileName() + ": " + s);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** The data safety of {@code folder}, with a quick key derivation. */
    private static DataSafety safety(DataLocation folder) {
        return new DataSafety(folder, new Backups(folder, TestClocks.FIXED), FAST);
    }
}
