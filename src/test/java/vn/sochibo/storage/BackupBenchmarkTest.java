package vn.sochibo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.bench.MemberGenerator;
import vn.sochibo.core.Services;

/**
 * Backup and restore of a 100,000-member register (with each member's history and the change log), phase by
 * phase: reading the rows, writing and checking the backup, restoring it. {@code -Dbench.register=FOLDER} keeps
 * the generated register between runs.
 */
@Tag("bench")
class BackupBenchmarkTest {

    private static final int MEMBERS = 100_000;

    @TempDir
    Path dir;

    @Test
    void backupAndRestoreOf100000Members() throws Exception {
        String kept = System.getProperty("bench.register");
        DataLocation location = DataLocation.at(kept != null ? Path.of(kept) : dir.resolve("data"));
        if (!Files.exists(location.databaseFile())) {
            try (Services s = Services.open(location, TestClocks.FIXED)) {
                s.members().createAllWithHistory(MemberGenerator.members(MEMBERS, 42));
            }
        }
        for (int round = 0; round < 2; round++) {
            Backups.Info backup;
            try (Services s = Services.open(location, TestClocks.FIXED)) {
                long t = System.nanoTime();
                TableStream.Totals totals;
                try (Connection c = s.database().connection()) {
                    totals = TableStream.totals(c);
                }
                long read = System.nanoTime() - t;
                t = System.nanoTime();
                backup = s.backups().backupInto(dir.resolve("usb-" + round));
                long create = System.nanoTime() - t;
                long rows = totals.counts().values().stream().mapToLong(Long::longValue).sum();
                System.out.printf("BENCH round %d backup: %,d rows in %d tables; read all rows %d ms; create+verify %d ms; %.1f MB (database file %.1f MB)%n",
                        round, rows, totals.counts().size(), read / 1_000_000, create / 1_000_000,
                        Files.size(backup.file()) / 1e6, Files.size(location.databaseFile()) / 1e6);
            }
            DataLocation target = DataLocation.at(dir.resolve("restored-" + round));
            long t = System.nanoTime();
            new Backups(target, TestClocks.FIXED).restore(backup.file());
            System.out.printf("BENCH round %d restore (authenticate, build, check, swap): %d ms, file %.1f MB%n", round,
                    (System.nanoTime() - t) / 1_000_000, Files.size(target.databaseFile()) / 1e6);
            try (Services s = Services.open(target, TestClocks.FIXED)) {
                assertThat(s.members().list()).hasSize(MEMBERS);
            }
        }
    }
}
