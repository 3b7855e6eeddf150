package vn.sochibo.storage;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of every row of every register table except the change log: a restore brings back the backup's
 * rows exactly and adds one line to the log (saying it restored), so tests compare the rows without the log.
 */
public final class RegisterRows {

    private RegisterRows() {
    }

    public static String withoutLog(Connection c) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME NOT IN ('AUDIT_LOG', "
                + "'flyway_schema_history') ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String table : tables) {
            digest.update(table.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        digest.update(String.valueOf(rs.getObject(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        digest.update((byte) 0);
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** How many lines the change log holds. */
    public static long logLines(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM AUDIT_LOG")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
