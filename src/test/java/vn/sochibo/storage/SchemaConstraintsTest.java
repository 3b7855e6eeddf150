package vn.sochibo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.core.Services;
import vn.sochibo.election.service.CongressFixture;
import vn.sochibo.storage.jooq.DefaultSchema;

/**
 * The schema's own guards (V080, rules.md "Dữ liệu là hồ sơ: ràng buộc của sổ"): every enum-like column accepts
 * exactly the names of the program's enum (the one jOOQ maps it to), a stray value is refused whatever writes it,
 * a member on a meeting's roll cannot be deleted, and a register made before these guards is migrated with every
 * row intact.
 */
class SchemaConstraintsTest {

    /** The last migration of the release before the guards: what the registers in use today are at. */
    private static final String RELEASE_BEFORE = "075";

    @TempDir
    Path dir;

    @Test
    void everyEnumColumnAcceptsExactlyTheNamesOfItsEnum() throws SQLException {
        Map<String, Set<String>> checks = new LinkedHashMap<>();
        try (Database database = Database.inMemory(); Connection c = database.connection()) {
            for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                for (Field<?> field : table.fields()) {
                    if (field.getType().isEnum()) {
                        String column = (table.getName() + "." + field.getName()).toLowerCase(java.util.Locale.ROOT);
                        Set<String> names = new TreeSet<>(Arrays.stream(field.getType().getEnumConstants())
                                .map(e -> ((Enum<?>) e).name()).toList());
                        assertThat(allowedValues(c, table.getName(), field.getName())).as(column).isEqualTo(names);
                        checks.put(column, names);
                    }
                }
            }
        }
        assertThat(checks).as("the enum-like columns jOOQ maps to enums").containsKeys("member.status", "member.gender",
                "member.political_theory", "member_event.event_type", "meeting.meeting_type", "meeting_attendance.attendance",
                "meeting_attendance.member_status", "meeting_resolution.kind", "meeting_assignment.status",
                "meeting_agenda_item.part", "congress_attendee.standing", "election_office.office",
                "election_round.round_kind", "election_round.decision", "election_round_result.outcome", "audit_log.action",
                "dues_basis.kind", "dues_basis.region", "dues_decision.kind", "dues_entry.method");
    }

    @Test
    void aStrayValueIsRefusedWhateverWritesIt() throws SQLException {
        try (Services services = Services.inMemory(TestClocks.FIXED)) {
            services.samples().load(true);
            try (Connection c = services.database().connection(); Statement st = c.createStatement()) {
                assertThatThrownBy(() -> st.executeUpdate("UPDATE member SET status = 'ACTIVE'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("MEMBER_STATUS_VALUE");
                assertThatThrownBy(() -> st.executeUpdate("UPDATE member_event SET event_type = 'JOINED'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("MEMBER_EVENT_TYPE_VALUE");
                assertThatThrownBy(() -> st.executeUpdate("UPDATE meeting SET meeting_type = 'regular'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("MEETING_TYPE_VALUE");
                assertThat(count(st, "SELECT COUNT(*) FROM member WHERE status NOT IN ('OFFICIAL', 'PROBATIONARY', "
                        + "'TEMPORARILY_AWAY', 'EXEMPT', 'SUSPENDED', 'TRANSFERRED_OUT', 'REMOVED', 'EXPELLED', 'DECEASED')")).isZero();
            }
        }
    }

    @Test
    void aMemberOnAMeetingsRollIsNeverDeletedSoTheMinutesStayAsWritten() throws SQLException {
        try (Services services = Services.inMemory(TestClocks.FIXED)) {
            services.samples().load(true);
            long meetingId;
            long memberId;
            int rollBefore;
            try (Connection c = services.database().connection(); Statement st = c.createStatement()) {
                ResultSet rs = st.executeQuery("SELECT meeting_id, member_id FROM meeting_attendance ORDER BY meeting_id, position LIMIT 1");
                assertThat(rs.next()).as("the sample branch has meetings with a roll").isTrue();
                meetingId = rs.getLong(1);
                memberId = rs.getLong(2);
                rollBefore = count(st, "SELECT COUNT(*) FROM meeting_attendance WHERE meeting_id = " + meetingId);
                // not through the program either: the database itself refuses (it used to delete the roll line)
                assertThatThrownBy(() -> st.executeUpdate("DELETE FROM member WHERE id = " + memberId))
                        .isInstanceOf(SQLException.class).hasMessageContaining("MEETING_ATTENDANCE_MEMBER_FK");
                assertThat(count(st, "SELECT COUNT(*) FROM meeting_attendance WHERE meeting_id = " + meetingId)).isEqualTo(rollBefore);
            }
            // the program says why, in the clerk's words, and changes nothing
            assertThatThrownBy(() -> services.corrections().deleteMember(memberId, "nhập trùng"))
                    .isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("member.error.deleteInMeetings"));
            assertThat(services.meetings().find(meetingId).roll()).hasSize(rollBefore)
                    .anySatisfy(r -> assertThat(r.memberId()).isEqualTo(memberId));
            // a deleted meeting still takes its own roll with it
            try (Connection c = services.database().connection(); Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM meeting WHERE id = " + meetingId);
                assertThat(count(st, "SELECT COUNT(*) FROM meeting_attendance WHERE meeting_id = " + meetingId)).isZero();
            }
        }
    }

    @Test
    void aRegisterMadeBeforeTheGuardsIsMigratedWithEveryRowIntact() throws Exception {
        // a register as today's program fills it: the sample branch, its meetings, a congress with a counted round
        List<String> rows = new ArrayList<>();
        Map<String, Long> before;
        try (Services services = Services.inMemory(TestClocks.FIXED)) {
            CongressFixture.countedCommitteeRound(services);
            try (Connection c = services.database().connection()) {
                dropLaterColumns(c);
                rows.addAll(insertRows(c));
                before = TableStream.totals(c).counts();
            }
        }

        // a register whose schema stops at the release before: it holds the rows of the tables it has
        DataLocation location = DataLocation.at(dir.resolve("data"));
        location.ensureExists();
        String url = "jdbc:h2:file:" + location.databaseBase();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target(RELEASE_BEFORE).load().migrate();
        Set<String> oldTables = new TreeSet<>();
        List<String> oldRows;
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            assertThat(SchemaVersion.current(c)).isFalse();
            oldTables.addAll(TableStream.totals(c).counts().keySet());
            oldRows = rows.stream().filter(r -> oldTables.contains(tableOf(r))).toList();
            st.execute("SET REFERENTIAL_INTEGRITY FALSE"); // the script lists tables by name, not parents first
            for (String row : oldRows) {
                st.execute(row);
            }
            st.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
        assertThat(oldTables).as("the tables the new checks guard").contains("member", "member_event", "meeting",
                "meeting_attendance", "congress_attendee", "election_office", "election_round", "election_round_result");
        assertThat(before.get("meeting_attendance")).isPositive();
        assertThat(before.get("election_round_result")).isPositive();

        try (Services services = Services.open(location, TestClocks.FIXED)) {
            assertThat(services.database().schemaCurrent()).isTrue();
            try (Connection c = services.database().connection()) {
                Map<String, Long> after = TableStream.totals(c).counts();
                for (String table : oldTables) {
                    assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
                }
                dropLaterColumns(c); // to compare the values the old register had
                assertThat(insertRows(c).stream().filter(r -> oldTables.contains(tableOf(r))).sorted().toList())
                        .as("every value of every row").isEqualTo(oldRows.stream().sorted().toList());
                assertThat(allowedValues(c, "member", "status")).contains("OFFICIAL", "DECEASED");
            }
            assertThat(services.members().list()).isNotEmpty();
            assertThat(services.meetings().list()).isNotEmpty();
        }
    }

    /** Drops the columns added to the old tables after the release before (V085), which its rows do not have. */
    private static void dropLaterColumns(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String column : List.of("party_years", "passed", "place_order")) {
                st.execute("ALTER TABLE election_round_result DROP COLUMN " + column);
            }
        }
    }

    /** The INSERT statements of a database's script (the migration history aside). */
    private static List<String> insertRows(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SCRIPT SIMPLE NOSETTINGS")) {
            while (rs.next()) {
                String sql = rs.getString(1);
                if (sql.startsWith("INSERT INTO \"PUBLIC\".") && !sql.contains("flyway_schema_history")) {
                    rows.add(sql);
                }
            }
        }
        return rows;
    }

    /** The table an INSERT of the script writes, lower case as the totals name it. */
    private static String tableOf(String insert) {
        String rest = insert.substring("INSERT INTO \"PUBLIC\".\"".length());
        return rest.substring(0, rest.indexOf('"')).toLowerCase(java.util.Locale.ROOT);
    }

    /** The values the CHECK constraint on {@code table.column} allows (its quoted names), or empty when it has none. */
    private static Set<String> allowedValues(Connection c, String table, String column) throws SQLException {
        Set<String> values = new TreeSet<>();
        Pattern columnIn = Pattern.compile("\"?" + column.toUpperCase() + "\"?\\s+IN\\s*\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT cc.CHECK_CLAUSE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc "
                        + "ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME "
                        + "WHERE tc.CONSTRAINT_TYPE = 'CHECK' AND tc.TABLE_NAME = '" + table.toUpperCase() + "'")) {
            while (rs.next()) {
                Matcher m = columnIn.matcher(rs.getString(1));
                while (m.find()) {
                    Matcher quoted = Pattern.compile("'([^']*)'").matcher(m.group(1));
                    while (quoted.find()) {
                        values.add(quoted.group(1));
                    }
                }
            }
        }
        return values;
    }

    private static int count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
