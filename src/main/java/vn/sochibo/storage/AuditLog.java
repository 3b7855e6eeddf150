package vn.sochibo.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts the audit triggers on the database's tables, at every start after the migrations: an {@link AuditTrigger}
 * on every application table, and a guard that refuses UPDATE and DELETE on {@code audit_log} itself. Which
 * tables are left out is said by the schema, not here: a table whose comment starts with
 * {@value #NOT_AUDITED} (settings such as remembered import mappings), plus the log and Flyway's history.
 * Backups carry the triggers in their script after the data, so restoring one logs nothing twice.
 */
final class AuditLog {

    static final String NOT_AUDITED = "Not audited";
    private static final String LOG_TABLE = "AUDIT_LOG";

    private AuditLog() {
    }

    static void install(Connection c) throws SQLException {
        install(c, false);
    }

    /**
     * Creates the audit triggers that are missing; {@code renew}: drops and creates them all again (after a
     * migration: H2 rebuilds an altered table under a temporary name, and a trigger made during that copy would
     * log its rows under that name, "member_event_copy_4_0", until the register is closed).
     */
    static void install(Connection c, boolean renew) throws SQLException {
        List<String[]> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT TABLE_NAME, REMARKS FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        if (tables.stream().noneMatch(t -> t[0].equals(LOG_TABLE))) {
            return;
        }
        try (Statement st = c.createStatement()) {
            for (String[] t : tables) {
                String table = t[0];
                String trigger = quote("AUDIT_" + table.toUpperCase(Locale.ROOT));
                if (renew) {
                    st.execute("DROP TRIGGER IF EXISTS " + trigger);
                }
                if (table.equals(LOG_TABLE)) {
                    st.execute("CREATE TRIGGER IF NOT EXISTS " + quote("AUDIT_LOG_GUARD") + " BEFORE UPDATE, DELETE ON " + quote(table)
                            + " FOR EACH ROW CALL '" + AuditTrigger.Guard.class.getName() + "'");
                } else if (audited(table, t[1])) {
                    st.execute("CREATE TRIGGER IF NOT EXISTS " + trigger + " AFTER INSERT, UPDATE, DELETE ON " + quote(table)
                            + " FOR EACH ROW CALL '" + AuditTrigger.class.getName() + "'");
                } else {
                    st.execute("DROP TRIGGER IF EXISTS " + trigger);
                }
            }
        }
    }

    /** The change-log line of a restore: the whole register ("register") replaced by a backup. */
    static final String RESTORE_TABLE = "register";

    /**
     * Writes the line saying a restore replaced the register (into the restored database, before it is swapped in,
     * so the line is there exactly when the restore happened): which backup, and what it replaced.
     *
     * @param before the replaced data (counts, the backup of it taken just before), as a flat JSON object
     * @param after  the restored data (counts, the backup's name and time), as a flat JSON object
     */
    static void recordRestore(Connection c, java.time.LocalDateTime at, String backupName, String before, String after)
            throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO " + LOG_TABLE + " (CHANGED_AT, ACTION, TABLE_NAME, "
                + "ROW_KEY, ROW_COUNT, SUMMARY, SEARCH_TEXT, OPERATION, OPERATION_DETAIL, BEFORE_DATA, AFTER_DATA) "
                + "VALUES (?, 'RESTORE', ?, ?, 1, ?, ?, 'audit.op.restore', ?, ?, ?)")) {
            String name = backupName.length() > 200 ? backupName.substring(0, 200) : backupName;
            ps.setTimestamp(1, java.sql.Timestamp.valueOf(at));
            ps.setString(2, RESTORE_TABLE);
            ps.setString(3, name);
            ps.setString(4, name);
            ps.setString(5, vn.sochibo.common.Text.fold(backupName));
            ps.setString(6, name);
            ps.setString(7, before);
            ps.setString(8, after);
            ps.executeUpdate();
        }
    }

    private static boolean audited(String table, String remarks) {
        return !table.equalsIgnoreCase("flyway_schema_history") && (remarks == null || !remarks.startsWith(NOT_AUDITED));
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
