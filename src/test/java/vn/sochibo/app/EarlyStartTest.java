package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.core.DataSafety;
import vn.sochibo.core.Services;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.DataLocation;

/**
 * Opening the register while the toolkit starts: only a register that needs no question (no password, not a
 * new folder), on a real H2 file; what it reads is what the list would load; a result nobody takes is closed.
 */
class EarlyStartTest {

    @TempDir
    Path dir;

    @Test
    void opensAPlainRegisterWithItsFirstScreen() throws Exception {
        DataLocation location = DataLocation.at(dir.resolve("plain"));
        try (Services services = Services.open(location, TestClocks.FIXED)) {
            services.samples().load(true);
        }
        assertThat(EarlyStart.begin(location)).isTrue();
        CompletableFuture<OpenedRegister> taken = EarlyStart.take(DataLocation.at(dir.resolve("plain")));
        assertThat(taken).isNotNull();
        OpenedRegister register = taken.get(60, TimeUnit.SECONDS);
        try {
            assertThat(register.configured()).isTrue();
            assertThat(register.members().rows()).hasSize(register.services().members().list().size()).isNotEmpty();
        } finally {
            register.services().close();
        }
        assertThat(EarlyStart.take(location)).as("taken once").isNull();
    }

    @Test
    void leavesNewAndEncryptedFoldersToTheirQuestions() {
        DataLocation fresh = DataLocation.at(dir.resolve("new"));
        assertThat(DataSafety.of(fresh, TestClocks.FIXED).state()).isEqualTo(DataSafety.State.NEW);
        assertThat(EarlyStart.begin(fresh)).isFalse();

        DataLocation locked = DataLocation.at(dir.resolve("locked"));
        new DataSafety(locked, new Backups(locked, TestClocks.FIXED), 1_000).protectNew("mật khẩu dài đủ");
        assertThat(EarlyStart.begin(locked)).isFalse();
        assertThat(EarlyStart.take(locked)).isNull();
    }

    @Test
    void aRegisterOpenedForAnotherFolderIsNotHandedOut() throws Exception {
        DataLocation location = DataLocation.at(dir.resolve("one"));
        try (Services services = Services.open(location, TestClocks.FIXED)) {
            services.samples().load(true);
        }
        assertThat(EarlyStart.begin(location)).isTrue();
        assertThat(EarlyStart.take(DataLocation.at(dir.resolve("other")))).isNull();
        assertThat(EarlyStart.take(location)).as("dropped, not kept for later").isNull();
        EarlyStart.dropped().get(60, TimeUnit.SECONDS); // closed once its opening finished
        try (Services again = Services.open(location, TestClocks.FIXED)) {
            assertThat(again.members().list()).isNotEmpty();
        }
    }
}
