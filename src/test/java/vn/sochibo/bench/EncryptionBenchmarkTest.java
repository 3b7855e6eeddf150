package vn.sochibo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.core.DataSafety;
import vn.sochibo.core.Services;
import vn.sochibo.importing.ImportResult;
import vn.sochibo.importing.MemberImportService;
import vn.sochibo.member.MemberService;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.storage.DatabaseKey;
import vn.sochibo.common.ProgressListener;

/**
 * What encryption costs, plain and encrypted side by side in one run: opening the 100,000-member register (open
 * + the member list read), importing a 10,000-row file, and backup/restore of the 100,000-member register; plus the
 * password unlock (PBKDF2, {@code KeyFile.DEFAULT_ITERATIONS}).
 */
@Tag("bench")
class EncryptionBenchmarkTest {

    private static final int MEMBERS = 100_000;
    private static final String PASSWORD = "mật khẩu chi bộ 2026";

    @TempDir
    Path dir;

    @Test
    void encryptedVersusPlain() throws Exception {
        List<MemberService.NewMember> generated = MemberGenerator.members(MEMBERS, 42);
        DataLocation plain = DataLocation.at(dir.resolve("plain"));
        DataLocation secret = DataLocation.at(dir.resolve("secret"));

        long t = System.nanoTime();
        DataSafety.Setup setup = DataSafety.of(secret, TestClocks.FIXED).protectNew(PASSWORD);
        long protect = System.nanoTime() - t;
        List<Long> unlocks = new ArrayList<>();
        DatabaseKey key = null;
        for (int i = 0; i < 3; i++) {
            t = System.nanoTime();
            key = DataSafety.of(secret, TestClocks.FIXED).unlock(PASSWORD);
            unlocks.add(System.nanoTime() - t);
        }
        assertThat(key).isEqualTo(setup.key());
        System.out.printf("BENCH password: set-up (2 PBKDF2 wraps) %d ms; unlock median %d ms%n", ms(protect), ms(median(unlocks)));

        for (DataLocation location : List.of(plain, secret)) {
            DatabaseKey k = location == secret ? key : null;
            Services s = Services.open(location, k, TestClocks.FIXED);
            t = System.nanoTime();
            s.members().createAllWithHistory(generated);
            System.out.printf("BENCH %s insert %,d members with history: %d ms, file %.1f MB%n", label(k), MEMBERS,
                    ms(System.nanoTime() - t), Files.size(location.databaseFile()) / 1e6);
            t = System.nanoTime();
            s.close();
            System.out.printf("BENCH %s close (compacts a large file): %d ms, file %.1f MB%n", label(k),
                    ms(System.nanoTime() - t), Files.size(location.databaseFile()) / 1e6);
        }
        for (int round = 0; round < 2; round++) { // the first round warms up; both printed
            for (DataLocation location : List.of(plain, secret)) {
                DatabaseKey k = location == secret ? key : null;
                List<Long> opens = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    t = System.nanoTime();
                    try (Services s = Services.open(location, k, TestClocks.FIXED)) {
                        assertThat(s.members().list()).hasSize(MEMBERS);
                        opens.add(System.nanoTime() - t);
                    }
                }
                System.out.printf("BENCH round %d %s open %,d-member register + read the list: median %d ms (file %.1f MB)%n",
                        round, label(k), MEMBERS, ms(median(opens)), Files.size(location.databaseFile()) / 1e6);
            }
        }

        for (DataLocation location : List.of(plain, secret)) {
            DatabaseKey k = location == secret ? key : null;
            Backups.Info backup;
            try (Services s = Services.open(location, k, TestClocks.FIXED)) {
                t = System.nanoTime();
                backup = s.backups().backupInto(dir.resolve("usb-" + label(k)));
            }
            long create = System.nanoTime() - t;
            DataLocation target = DataLocation.at(dir.resolve("restored-" + label(k)));
            t = System.nanoTime();
            Backups.Restored restored = new Backups(target, TestClocks.FIXED).restore(backup.file(), null, k == null ? null : PASSWORD);
            long restore = System.nanoTime() - t;
            assertThat(restored.info().count("member")).isEqualTo(MEMBERS);
            System.out.printf("BENCH %s backup of %,d members: create+verify %d ms, %.1f MB; restore (build+verify+swap) %d ms%n",
                    label(k), MEMBERS, ms(create), Files.size(backup.file()) / 1e6, ms(restore));
        }

        Path file = ImportBenchmarkTest.generate(dir.resolve("ds-10k.xlsx"), 10_000);
        for (int round = 0; round < 2; round++) {
            for (boolean encrypted : new boolean[] {false, true}) {
                DataLocation location = DataLocation.at(dir.resolve("import-" + round + "-" + encrypted));
                DatabaseKey k = encrypted ? new DataSafety(location, new Backups(location, TestClocks.FIXED), 1_000).protectNew(PASSWORD).key() : null;
                try (Services s = Services.open(location, k, TestClocks.FIXED)) {
                    t = System.nanoTime();
                    ImportResult result = s.imports().importFile(file, null, MemberImportService.Mode.COMMIT, ProgressListener.NONE);
                    long took = System.nanoTime() - t;
                    assertThat(result.imported()).isEqualTo(10_000);
                    System.out.printf("BENCH round %d %s import 10,000 rows (with its safety backup): %d ms%n", round, label(k), ms(took));
                }
            }
        }
    }

    private static String label(DatabaseKey key) {
        return key == null ? "plain" : "encrypted";
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
