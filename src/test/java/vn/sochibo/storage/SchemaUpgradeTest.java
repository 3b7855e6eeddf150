package vn.sochibo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.core.Services;

/**
 * Upgrading over an older release keeps the data: a database made as release "V020" made it (Flyway stopped at that
 * migration, a member and the branch written with plain SQL) is opened by this version: the data is intact, the
 * schema is migrated, a verified backup is taken once before, and the next start neither migrates nor backs up again
 * (the schema check answers without Flyway).
 */
class SchemaUpgradeTest {

    private static final String OLDER_RELEASE = "020";

    @TempDir
    Path dir;

    @Test
    void anOlderReleasesDatabaseIsMigratedWithOneBackupAndItsDataIntact() throws Exception {
        DataLocation location = DataLocation.at(dir.resolve("data"));
        String url = "jdbc:h2:file:" + location.databaseBase();
        Files.createDirectories(location.directory());
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target(OLDER_RELEASE).load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            assertThat(SchemaVersion.current(c)).as("an older release's schema is not current").isFalse();
            st.execute("INSERT INTO branch_profile VALUES (1, 'Chi bộ Khu phố 3', 'Đảng bộ phường Vĩnh Ninh', 'Huế', "
                    + "'2025–2030', 'CHI_BO', CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO member (full_name, search_key, gender, birth_date, joined_date, official_date, status, "
                    + "created_at, updated_at) VALUES ('Trần Thị Ngọc Ánh', 'tran thi ngoc anh', 'NU', DATE '1980-03-15', "
                    + "DATE '2005-05-19', DATE '2006-05-19', 'OFFICIAL', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        assertThat(appliedVersions(url)).doesNotContain("030");

        try (Services services = Services.open(location, TestClocks.FIXED)) {
            assertThat(services.branch().profile()).hasValueSatisfying(p -> assertThat(p.branchName()).isEqualTo("Chi bộ Khu phố 3"));
            assertThat(services.members().list()).singleElement()
                    .satisfies(m -> assertThat(m.fullName()).isEqualTo("Trần Thị Ngọc Ánh"))
                    .satisfies(m -> assertThat(m.birthDate()).isEqualTo(java.time.LocalDate.of(1980, 3, 15)));
            // the newest migration's tables are there and usable
            assertThat(services.congresses().list()).isEmpty();
            assertThat(services.database().schemaCurrent()).isTrue();
        }
        assertThat(appliedVersions(url)).containsSubsequence("001", "002", "010", "020", "030");
        List<Path> backups = Backups.list(location.backupDirectory());
        assertThat(backups).singleElement().satisfies(b -> assertThat(b.getFileName().toString()).contains("before-migration"));
        Backups.Info backup = new Backups(null, TestClocks.FIXED).read(backups.get(0));
        assertThat(backup.branch()).isEqualTo("Chi bộ Khu phố 3");
        assertThat(backup.count("member")).isEqualTo(1);

        // the next start: schema current, no migration, no second backup, same data
        int historyRows = appliedVersions(url).size();
        try (Services again = Services.open(location, TestClocks.FIXED)) {
            assertThat(again.members().list()).hasSize(1);
        }
        assertThat(appliedVersions(url)).hasSize(historyRows);
        assertThat(Backups.list(location.backupDirectory())).hasSize(1);
    }

    @Test
    void aTableAlteredByAnUpgradeIsLoggedUnderItsOwnNameInTheFirstSession() throws Exception {
        // a register of the previous release, with its audit triggers, then a migration that alters member_event
        DataLocation location = DataLocation.at(dir.resolve("audited"));
        location.ensureExists();
        String url = "jdbc:h2:file:" + location.databaseBase();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("050").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            AuditLog.install(c);
        }
        try (Services services = Services.open(location, TestClocks.FIXED)) {
            long id = services.members().create(new vn.sochibo.member.MemberDraft("Trần Thị Mai", null, vn.sochibo.member.Gender.NU,
                    java.time.LocalDate.of(1990, 3, 5), null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, java.time.LocalDate.of(2020, 5, 19), null, null, null, null));
            assertThat(services.audit().page(vn.sochibo.audit.AuditFilter.ALL, null, 20).entries())
                    .extracting(vn.sochibo.audit.AuditEntry::table).contains("member_event", "member")
                    .allSatisfy(t -> assertThat(t).doesNotContain("copy"));
            assertThat(id).isPositive();
        }
    }

    @Test
    void aNewDatabaseIsCreatedByTheMigrationsAndThenCurrent() throws Exception {
        DataLocation location = DataLocation.at(dir.resolve("new"));
        try (Database database = Database.open(location)) {
            assertThat(database.schemaCurrent()).isTrue();
            int members = database.read(dsl -> dsl.fetchCount(dsl.selectFrom("member")));
            assertThat(members).isZero();
        }
        assertThat(Backups.list(location.backupDirectory())).isEmpty(); // nothing to keep on a first start
        // the check asks whether the history exists before reading it: no failed query in H2's trace file
        Path trace = location.directory().resolve("sochibo.trace.db");
        if (Files.exists(trace)) {
            assertThat(Files.readString(trace)).doesNotContain("flyway_schema_history");
        }
    }

    @Test
    void aFailedMigrationInTheHistoryIsNotCurrent() throws Exception {
        Path base = dir.resolve("failed").resolve("sochibo");
        String url = "jdbc:h2:file:" + base;
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            assertThat(SchemaVersion.current(c)).isTrue();
            st.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '030'");
            assertThat(SchemaVersion.current(c)).isFalse();
        }
    }

    @Test
    void theMigrationsOnTheClassPathAreFoundAndVersionsCompareAsNumbers() {
        assertThat(SchemaVersion.carried()).contains(List.of(java.math.BigInteger.valueOf(30)))
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(SchemaVersion.parse("030")).isEqualTo(SchemaVersion.parse("30"));
        assertThat(SchemaVersion.parse("1.0")).isEqualTo(SchemaVersion.parse("1"));
        assertThat(SchemaVersion.parse("1_2")).isEqualTo(SchemaVersion.parse("1.2")).isNotEqualTo(SchemaVersion.parse("12"));
    }

    private static List<String> appliedVersions(String url) throws Exception {
        List<String> versions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL "
                     + "ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }
}
