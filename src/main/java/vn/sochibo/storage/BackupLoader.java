package vn.sochibo.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Puts the rows of a backup into a freshly migrated database, as data only: each decoded table must be one of the
 * database's own tables with exactly its columns, and each value is bound to a prepared {@code INSERT}. Nothing
 * from the backup is ever run. Foreign keys are checked over all rows once every table is in, unless the backup's
 * seal already vouches that this program wrote it from a consistent register; identity columns continue after the
 * highest restored id. Used only on a scratch database that is not the register yet, so it commits as it goes (a
 * failure discards the whole file).
 */
final class BackupLoader implements TableStream.Sink, AutoCloseable {

    private static final int BATCH = 1_000;
    private static final int COMMIT = 20_000;

    private final Connection c;
    private final Map<String, TableStream.Table> known = new HashMap<>();
    private final Set<String> loaded = new HashSet<>();
    private TableStream.Table current;
    private PreparedStatement insert;
    private int pending;
    private int uncommitted;

    private final boolean checkKeys;

    BackupLoader(Connection c, boolean checkKeys) throws SQLException {
        this.c = c;
        this.checkKeys = checkKeys;
        for (TableStream.Table t : TableStream.tables(c)) {
            known.put(t.name().toUpperCase(Locale.ROOT), t);
        }
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SET REFERENTIAL_INTEGRITY FALSE");
        }
    }

    @Override
    public void table(TableStream.Table table) throws SQLException {
        TableStream.Table target = known.get(table.name().toUpperCase(Locale.ROOT));
        if (target == null || !loaded.add(target.name())) {
            throw new BackupFormatException("table " + table.name());
        }
        if (!sameColumns(table, target)) {
            throw new BackupFormatException("columns of " + table.name());
        }
        current = target;
        List<String> names = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        for (TableStream.Column col : table.columns()) {
            TableStream.Column own = column(target, col.name());
            names.add(quote(own.name()));
            marks.add(own.kind() == TableStream.Kind.JSON ? "? FORMAT JSON" : "?");
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM " + quote(target.name())); // rows a migration may have seeded
        }
        insert = c.prepareStatement("INSERT INTO " + quote(target.name()) + " (" + String.join(", ", names)
                + ") VALUES (" + String.join(", ", marks) + ")");
    }

    @Override
    public void row(Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof byte[] bytes) {
                insert.setBytes(i + 1, bytes);
            } else {
                insert.setObject(i + 1, v);
            }
        }
        insert.addBatch();
        if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
        }
        if (++uncommitted == COMMIT) {
            c.commit(); // a scratch file: small transactions keep H2's undo log and the file small
            uncommitted = 0;
        }
    }

    @Override
    public void endTable() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
        insert.close();
        insert = null;
        restartIdentity(current);
        current = null;
    }

    /**
     * Commits the last rows and turns the foreign keys back on, checking every row against them when asked: a
     * backup whose rows do not hold together is refused here (an {@link SQLException}), before anything replaces
     * the register.
     */
    void finish() throws SQLException {
        c.commit();
        try (Statement st = c.createStatement()) {
            st.execute("SET REFERENTIAL_INTEGRITY TRUE");
            if (checkKeys) {
                for (TableStream.Table t : known.values()) {
                    st.execute("ALTER TABLE " + quote(t.name()) + " SET REFERENTIAL_INTEGRITY TRUE CHECK");
                }
            }
        }
        c.commit();
    }

    @Override
    public void close() throws SQLException {
        if (insert != null) {
            insert.close();
        }
    }

    private void restartIdentity(TableStream.Table table) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND IS_IDENTITY = 'YES'")) {
            q.setString(1, table.name());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString(1);
                    long next;
                    try (Statement st = c.createStatement();
                         ResultSet max = st.executeQuery("SELECT COALESCE(MAX(" + quote(column) + "), 0) + 1 FROM " + quote(table.name()))) {
                        max.next();
                        next = max.getLong(1);
                    }
                    try (Statement st = c.createStatement()) {
                        st.execute("ALTER TABLE " + quote(table.name()) + " ALTER COLUMN " + quote(column) + " RESTART WITH " + next);
                    }
                }
            }
        }
    }

    private static boolean sameColumns(TableStream.Table incoming, TableStream.Table target) {
        if (incoming.columns().size() != target.columns().size()) {
            return false;
        }
        for (TableStream.Column col : incoming.columns()) {
            TableStream.Column own = column(target, col.name());
            if (own == null || own.kind() != col.kind()) {
                return false;
            }
        }
        return true;
    }

    private static TableStream.Column column(TableStream.Table table, String name) {
        for (TableStream.Column col : table.columns()) {
            if (col.name().equalsIgnoreCase(name)) {
                return col;
            }
        }
        return null;
    }

    /** Names reaching SQL come from the database's own metadata, never from the file; quoted all the same. */
    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** The backup's data does not fit this program's tables (tampered, damaged, or not ours). */
    static final class BackupFormatException extends SQLException {
        private static final long serialVersionUID = 1L;

        BackupFormatException(String what) {
            super("unexpected " + what);
        }
    }
}
