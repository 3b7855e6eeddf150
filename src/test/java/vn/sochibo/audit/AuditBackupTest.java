package vn.sochibo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.core.Services;
import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.DataLocation;

/** The log travels with backups: restored once (the triggers come after the data), and still guarded. */
class AuditBackupTest {

    @TempDir
    Path dir;

    @Test
    void aRestoredDatabaseHasTheSameLogAndKeepsLogging() {
        DataLocation source = DataLocation.at(dir.resolve("source"));
        Backups.Info backup;
        List<AuditEntry> logged;
        try (Services services = Services.open(source, TestClocks.FIXED)) {
            services.samples().load(true);
            logged = services.audit().page(AuditFilter.ALL, null, 100_000).entries();
            backup = services.backups().backupInto(dir.resolve("usb"));
            // Backups.verify restored the script into a scratch database: that logged nothing here either
            assertThat(services.audit().count(AuditFilter.ALL)).isEqualTo(logged.size());
        }
        assertThat(backup.count("audit_log")).isEqualTo(logged.size());

        DataLocation target = DataLocation.at(dir.resolve("target"));
        try (Services empty = Services.open(target, TestClocks.FIXED)) {
            assertThat(empty.audit().count(AuditFilter.ALL)).isZero();
        }
        new Backups(target, TestClocks.FIXED).restore(backup.file());
        try (Services restored = Services.open(target, TestClocks.FIXED)) {
            assertThat(restored.audit().page(AuditFilter.ALL, null, 100_000).entries()).isEqualTo(logged);
            restored.members().create(MemberDraft.minimal("Trần Thị Mai", Gender.NU, 1990, LocalDate.of(2020, 5, 19)));
            List<AuditEntry> after = restored.audit().page(AuditFilter.ALL, null, 100_000).entries();
            assertThat(after).hasSize(logged.size() + 2);
            assertThat(after.get(1).summary()).isEqualTo("Trần Thị Mai");
            assertThat(after.get(1).id()).isGreaterThan(logged.get(0).id());
            assertThatThrownBy(() -> restored.database().write(ctx -> ctx.execute("DELETE FROM AUDIT_LOG")))
                    .hasMessageContaining("append-only");
        }
    }
}
