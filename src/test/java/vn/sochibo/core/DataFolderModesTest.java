package vn.sochibo.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.storage.FileModes;

/**
 * Issue 12, point 7: the data folder is the user's alone on POSIX: every folder in it 0700, every file 0600,
 * whatever the umask gave the files that H2, the logger or we ourselves created. The assumption below skips
 * only on a file system without POSIX permissions (Windows); on Linux, CI included, it always runs.
 */
class DataFolderModesTest {

    private static final String LOG_PROPERTY = "org.slf4j.simpleLogger.logFile";

    @TempDir
    Path tmp;

    private String logPropertyBefore;

    @BeforeEach
    void posixOnly() {
        Assumptions.assumeTrue(FileModes.posix(tmp), "no POSIX permissions on this file system (Windows: the profile ACL)");
        logPropertyBefore = System.getProperty(LOG_PROPERTY);
    }

    @AfterEach
    void restoreLogProperty() {
        if (logPropertyBefore == null) {
            System.clearProperty(LOG_PROPERTY);
        } else {
            System.setProperty(LOG_PROPERTY, logPropertyBefore);
        }
    }

    @Test
    void aNewDataFolderAndEverythingWrittenInItArePrivate() throws Exception {
        DataLocation plain = DataLocation.at(tmp.resolve("a").resolve("sochibo"));
        Path log = LogFiles.configure(plain);
        Files.writeString(log, "2026-11-22 09:00:00 [main] INFO vn.sochibo - started\n", java.nio.file.StandardOpenOption.APPEND);
        try (Services services = Services.open(plain, TestClocks.FIXED)) {
            services.preferences().put("language", "vi");
            services.samples().load(true);
            services.backups().dailyBackup();
        }
        assertThat(plain.databaseFile()).exists();
        assertThat(plain.settingsFile()).exists();
        assertThat(Files.list(plain.backupDirectory())).isNotEmpty();

        DataLocation encrypted = DataLocation.at(tmp.resolve("b"));
        DataSafety.Setup setup = new DataSafety(encrypted, new Backups(encrypted, TestClocks.FIXED), 1_000).protectNew("mật khẩu chi bộ");
        try (Services services = Services.open(encrypted, setup.key(), TestClocks.FIXED)) {
            services.preferences().put("textSize", "LARGE");
        }
        assertThat(encrypted.keyFile()).exists();

        assertAllPrivate(plain.directory());
        assertAllPrivate(encrypted.directory());
        assertThat(plain.directory().resolve("sochibo.trace.db")).as("H2 writes no trace file").doesNotExist();
    }

    @Test
    void anExistingWorldReadableFolderIsTightenedWhenOpened() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("old"));
        DataLocation location = DataLocation.at(folder);
        try (Services services = Services.open(location, TestClocks.FIXED)) {
            services.preferences().put("language", "vi");
            services.backups().safetyBackup("before-import"); // a backup file to tighten too (an empty register has no daily one)
        }
        Files.writeString(folder.resolve("sochibo.trace.db"), "an old H2 trace\n");
        Files.createDirectories(location.logDirectory());
        Files.writeString(location.logDirectory().resolve("sochibo.log.1"), "an old log\n");
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        assertThat(Files.getPosixFilePermissions(location.databaseFile())).isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));

        try (Services services = Services.open(location, TestClocks.FIXED)) {
            assertThat(services.members().list()).isEmpty();
        }

        assertAllPrivate(folder);
    }

    @Test
    void aPrivateFileIsPrivateFromTheStartAndIsNeverCreatedOverAnother() throws IOException {
        Path file = FileModes.createPrivateFile(tmp.resolve("ban-sao.zip"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(FileModes.FILE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileModes.createPrivateFile(file))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    }

    @Test
    void aLinkInTheFolderIsNotFollowed() throws IOException {
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "not ours");
        Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rw-r--r--"));
        Path folder = Files.createDirectories(tmp.resolve("data"));
        Files.createSymbolicLink(folder.resolve("link.txt"), outside);
        FileModes.tighten(folder);
        assertThat(Files.getPosixFilePermissions(outside)).isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(FileModes.FOLDER);
    }

    private static void assertAllPrivate(Path folder) throws IOException {
        List<String> wrong = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.toList()) {
                boolean dir = Files.isDirectory(p);
                files += dir ? 0 : 1;
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                if (!mode.equals(dir ? "rwx------" : "rw-------")) {
                    wrong.add(folder.relativize(p) + " " + mode);
                }
            }
        }
        assertThat(files).as("files checked").isGreaterThan(2);
        assertThat(wrong).as("folders 0700, files 0600").isEmpty();
    }
}
