package vn.sochibo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.core.Services;
import vn.sochibo.member.EventDraft;
import vn.sochibo.member.MemberEventType;

/** Backups and restore on real H2 files. */
class BackupsTest {

    @TempDir
    Path dir;

    private DataLocation location(String name) {
        return DataLocation.at(dir.resolve(name));
    }

    @Test
    void restoredDatabaseEqualsTheOriginalTableByTable() throws Exception {
        DataLocation source = location("source");
        Backups.Info backup;
        String checksum;
        try (Services services = Services.open(source, TestClocks.FIXED)) {
            services.samples().load(true);
            long id = services.members().list().get(0).id();
            services.members().recordEvent(id, new EventDraft(MemberEventType.BADGE_AWARDED, TestClocks.TODAY, null, "QĐ 1", "30 năm tuổi đảng"));
            backup = services.backups().backupInto(dir.resolve("usb"));
            try (Connection c = services.database().connection()) {
                checksum = Backups.checksum(c);
            }
        }
        assertThat(backup.file()).exists().hasFileName(backup.file().getFileName().toString());
        assertThat(backup.file().getFileName().toString()).endsWith(Backups.SUFFIX);
        assertThat(backup.count("member")).isEqualTo(36);
        assertThat(backup.branch()).isEqualTo("Đảng bộ Sở Thông tin và Truyền thông");
        assertThat(Files.list(dir.resolve("usb")).filter(p -> p.toString().endsWith(".tmp"))).isEmpty();

        DataLocation target = location("target");
        try (Services empty = Services.open(target, TestClocks.FIXED)) {
            assertThat(empty.members().list()).isEmpty();
        }
        new Backups(target, TestClocks.FIXED).restore(backup.file());
        try (Services restored = Services.open(target, TestClocks.FIXED); Connection c = restored.database().connection()) {
            assertThat(Backups.checksum(c)).isEqualTo(checksum);
            assertThat(Backups.counts(c)).isEqualTo(backup.counts());
            assertThat(restored.members().list()).hasSize(36);
            assertThat(restored.branch().profile()).isPresent();
        }
        try (var left = Files.list(target.directory())) {
            // the replaced file goes once the swap is done (a verified backup of it is taken before a restore)
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("sochibo-before-restore-")
                    || n.startsWith("sochibo-restoring") || n.startsWith("restore.journal"));
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndNothingChanges() throws Exception {
        DataLocation source = location("source");
        Path backup;
        try (Services services = Services.open(source, TestClocks.FIXED)) {
            services.samples().load(true);
            backup = services.backups().backupInto(dir.resolve("b")).file();
        }
        // same manifest, but the data lost its last part (a truncated copy from a bad USB stick)
        Path damaged = dir.resolve("damaged" + Backups.SUFFIX);
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(backup));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(damaged))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("data.bin")) {
                    bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3);
                }
                out.write(bytes);
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> Backups.verify(damaged)).isInstanceOf(StorageException.class)
                .extracting(e -> ((StorageException) e).messageKey()).isEqualTo("backup.error.damaged");
        DataLocation target = location("target");
        try (Services s = Services.open(target, TestClocks.FIXED)) {
            s.samples().load(true);
        }
        String before;
        try (Services s = Services.open(target, TestClocks.FIXED)) {
            before = Backups.fingerprint(s.database());
        }
        String fileBefore = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(target.databaseFile())));
        assertThatThrownBy(() -> new Backups(target, TestClocks.FIXED).restore(damaged)).isInstanceOf(StorageException.class);
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(target.databaseFile())))).as("the register file is untouched").isEqualTo(fileBefore);
        try (Services s = Services.open(target, TestClocks.FIXED)) {
            assertThat(s.members().list()).hasSize(36);
            assertThat(Backups.fingerprint(s.database())).isEqualTo(before);
        }
    }

    @Test
    void aFileThatIsNotABackupGetsAClearMessage() throws Exception {
        Path pdf = dir.resolve("bien-ban.pdf");
        Files.writeString(pdf, "%PDF-1.4 not a backup");
        assertThatThrownBy(() -> new Backups(null, TestClocks.FIXED).read(pdf)).isInstanceOf(StorageException.class)
                .extracting(e -> ((StorageException) e).messageKey()).isEqualTo("backup.error.notBackup");
    }

    @Test
    void theNewestBackupsAndTheLastOfEachEarlierDayAreKept() throws Exception {
        Path folder = dir.resolve("auto");
        Files.createDirectories(folder);
        for (int day = 10; day < 25; day++) {
            for (String time : List.of("080000", "090000", "100000")) {
                Files.writeString(folder.resolve("sochibo-202611" + day + "-" + time + "-before-import" + Backups.SUFFIX), "x");
            }
        }
        Files.writeString(folder.resolve("sochibo-20261101-090000-manual" + Backups.SUFFIX), "x");
        // 45 automatic: the newest 10 stay, and of the other days the last backup of each (11 days left: 11 kept)
        assertThat(Backups.prune(folder, 10)).isEqualTo(46 - 10 - 11 - 1);
        List<Path> left = Backups.list(folder);
        assertThat(left).hasSize(22);
        assertThat(left.get(0).getFileName().toString()).startsWith("sochibo-20261124-100000");
        assertThat(left).extracting(p -> p.getFileName().toString())
                .contains("sochibo-20261110-100000-before-import" + Backups.SUFFIX, "sochibo-20261101-090000-manual" + Backups.SUFFIX)
                .doesNotContain("sochibo-20261110-090000-before-import" + Backups.SUFFIX);
        assertThat(Backups.prune(folder, 10)).isZero();
    }

    @Test
    void theDailyBackupIsTakenOncePerDayAndNotOfAnEmptyRegister() {
        try (Services services = Services.open(location("daily"), TestClocks.FIXED)) {
            assertThat(services.backups().dailyBackup()).as("the first start, nothing in the register yet").isNull();
            assertThat(Backups.list(services.location().backupDirectory())).isEmpty();
            services.samples().load(true);
            assertThat(services.backups().dailyBackup()).isNotNull();
            assertThat(services.backups().dailyBackup()).isNull();
            assertThat(Backups.list(services.location().backupDirectory())).hasSize(1);
        }
    }

    @Test
    void anOlderDatabaseIsBackedUpBeforeItIsMigrated() throws Exception {
        DataLocation old = location("old");
        Files.createDirectories(old.directory());
        String url = "jdbc:h2:file:" + old.databaseBase();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("INSERT INTO branch_profile VALUES (1, 'Chi bộ A', 'Đảng bộ B', 'Huế', '2025–2030', 'CHI_BO', CURRENT_TIMESTAMP)");
        }
        try (Services services = Services.open(old, TestClocks.FIXED)) {
            assertThat(services.branch().profile()).isPresent();
        }
        List<Path> backups = Backups.list(old.backupDirectory());
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).getFileName().toString()).contains("before-migration");
        assertThat(new Backups(null, TestClocks.FIXED).read(backups.get(0)).branch()).isEqualTo("Chi bộ A");
    }

    @Test
    void anImportIsPrecededByABackup() throws Exception {
        DataLocation data = location("import");
        Path file;
        try (Services services = Services.open(data, TestClocks.FIXED)) {
            services.samples().load(true);
            file = dir.resolve("danh-sach.xlsx");
            services.exports().exportAll(file);
        }
        DataLocation other = location("other");
        try (Services services = Services.open(other, TestClocks.FIXED)) {
            var result = services.imports().importFile(file, null, vn.sochibo.importing.MemberImportService.Mode.COMMIT,
                    vn.sochibo.common.ProgressListener.NONE);
            assertThat(result.imported()).isEqualTo(36);
        }
        List<Path> backups = Backups.list(other.backupDirectory());
        assertThat(backups).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).contains("before-import"));
        assertThat(new Backups(null, TestClocks.FIXED).read(backups.get(0)).count("member")).isZero();
    }
}
