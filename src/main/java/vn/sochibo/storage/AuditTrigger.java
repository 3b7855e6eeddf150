package vn.sochibo.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2 row trigger (AFTER INSERT, UPDATE, DELETE) on every audited table: hands each change, with the row before
 * and after, to the audit scope of the transaction (see {@link AuditScope}), which writes it to {@code audit_log}
 * in the same transaction, so a rolled-back change leaves no log line. Created at start-up by
 * {@link AuditLog#install}; never referenced from a migration (code generation runs them before compiling).
 */
public final class AuditTrigger implements Trigger {

    private volatile AuditedTable table;
    private String schema;
    private String tableName;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        this.schema = schemaName;
        this.tableName = tableName;
        this.table = AuditedTable.read(conn, schemaName, tableName);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Object[] row = newRow != null ? newRow : oldRow;
        AuditedTable t = table;
        if (t == null || t.columns.length != row.length) {
            t = reload(conn); // the table was altered (a later migration) since the trigger was made
        }
        char action = oldRow == null ? AuditScope.INSERT : newRow == null ? AuditScope.DELETE : AuditScope.UPDATE;
        if (action == AuditScope.UPDATE && !changed(t, oldRow, newRow)) {
            return;
        }
        AuditScope.record(conn, t, action, oldRow, newRow);
    }

    private synchronized AuditedTable reload(Connection conn) throws SQLException {
        table = AuditedTable.read(conn, schema, tableName);
        return table;
    }

    /** True when a column other than a bookkeeping timestamp (updated_at) changed. */
    static boolean changed(AuditedTable t, Object[] before, Object[] after) {
        for (int i = 0; i < before.length; i++) {
            if (!t.timestamp[i] && !java.util.Objects.equals(before[i], after[i])) {
                return true;
            }
        }
        return false;
    }

    /** Reads an owner row's name (when the scope has not seen it in this transaction). */
    static String ownerLabel(Connection conn, AuditedTable.Owner owner, Object key) throws SQLException {
        if (key == null) {
            return null;
        }
        String sql = "SELECT \"" + owner.labelColumn() + "\" FROM \"" + owner.table() + "\" WHERE \"" + owner.keyColumn() + "\" = ?";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Guard on {@code audit_log} itself: its rows are never changed nor deleted. */
    public static final class Guard implements Trigger {
        @Override
        public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
            throw new SQLException("audit_log is append-only: its rows cannot be changed or deleted", "45000");
        }
    }
}
