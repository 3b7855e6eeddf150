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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Puts the rows of a backup into a freshly migrated database, as data only: each decoded table must be one of the
 * database's own tables with exactly its columns, and each value is bound to a prepared {@code INSERT}. Nothing
 * from the backup is ever run. Foreign keys are checked over all rows once every table is in, unless the backup's
 * seal already vouches that this program wrote it from a consistent register; identity columns continue after the
 * highest restored id. Used only on a scratch database that is not the register yet, so it commits as it goes (a
 * failure discards the whole file).
 * <p>
 * With {@link Connections} to the same database, the inserts run on worker threads, each on its own connection,
 * while the caller's thread decodes the file: decoding and inserting then run side by side. (Dropping the secondary
 * indexes for the load and building them afterwards was tried: on a file database each build reads the whole table
 * back from disk, which cost more than it saved.)
 */
final class BackupLoader implements TableStream.Sink, AutoCloseable {

    /** Opens another connection to the database being loaded. */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    private static final int BATCH = 500;
    /**
     * Rows per transaction. H2 commits a transaction by visiting every index entry it wrote; after 1,000 rows those
     * pages are still in H2's cache, after 20,000 many have been written out and must be read back (measured on a
     * 100,000-member backup: about a sixth less CPU time per restore than with 20,000).
     */
    private static final int COMMIT = 1_000;

    private final Connection c;
    private final boolean checkKeys;
    private final Map<String, TableStream.Table> known = new HashMap<>();
    private final Set<String> loaded = new HashSet<>();
    private final List<Worker> workers = new ArrayList<>();
    private final BlockingQueue<Batch> queue;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private String insertSql;
    private List<Object[]> rows = new ArrayList<>(BATCH);
    private final Inserts inline;
    private boolean finished;

    BackupLoader(Connection c, boolean checkKeys) throws SQLException {
        this(c, checkKeys, null, 0);
    }

    /** A loader whose inserts run on {@code threads} worker connections from {@code more} (0: on {@code c}). */
    BackupLoader(Connection c, boolean checkKeys, Connections more, int threads) throws SQLException {
        this.c = c;
        this.checkKeys = checkKeys;
        for (TableStream.Table t : TableStream.tables(c)) {
            known.put(t.name().toUpperCase(Locale.ROOT), t);
        }
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SET REFERENTIAL_INTEGRITY FALSE");
        }
        queue = new ArrayBlockingQueue<>(Math.max(1, threads * 4));
        inline = threads > 0 && more != null ? null : new Inserts(c);
        if (inline == null) {
            try {
                for (int i = 0; i < threads; i++) {
                    Worker w = new Worker(new Inserts(more.open()), i);
                    workers.add(w);
                    w.thread.start();
                }
            } catch (SQLException | RuntimeException e) {
                stopWorkers();
                throw e;
            }
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
        c.commit(); // before other connections insert rows with the same keys
        insertSql = "INSERT INTO " + quote(target.name()) + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", marks) + ")";
    }

    @Override
    public void row(Object[] values) throws SQLException {
        rows.add(values);
        if (rows.size() == BATCH) {
            flush();
        }
    }

    @Override
    public void endTable() throws SQLException {
        flush();
    }

    private void flush() throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Batch batch = new Batch(insertSql, rows);
        rows = new ArrayList<>(BATCH);
        if (inline != null) {
            inline.run(batch);
            return;
        }
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("restore interrupted", e);
        }
        rethrow();
    }

    /**
     * Waits for the last rows, continues the identity columns and turns the foreign
     * keys back on, checking every row against them when asked: a backup whose rows do not hold together is
     * refused here (an {@link SQLException}), before anything replaces the register.
     */
    void finish() throws SQLException {
        if (inline != null) {
            inline.close();
        } else {
            stopWorkers();
            rethrow();
        }
        finished = true;
        c.commit();
        for (String table : loaded) {
            restartIdentity(known.get(table.toUpperCase(Locale.ROOT)));
        }
        c.commit();
        try (Statement st = c.createStatement()) {
            st.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
        if (checkKeys) {
            checkForeignKeys();
        }
        c.commit();
    }

    @Override
    public void close() throws SQLException {
        if (!finished) {
            queue.clear(); // the load failed: the rows still waiting are not worth inserting
            stopWorkers();
            if (inline != null) {
                inline.close();
            }
        }
    }

    private void rethrow() throws SQLException {
        Throwable t = failure.get();
        if (t instanceof SQLException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    private void stopWorkers() {
        for (Worker w : workers) {
            w.stop = true;
        }
        for (Worker w : workers) {
            boolean interrupted = false;
            while (w.thread.isAlive()) {
                try {
                    w.thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
    }

    /**
     * Every foreign key of the schema, checked over all rows at once: a child row whose parent is missing makes the
     * backup's rows inconsistent. (One query per key; H2's own {@code ALTER TABLE ... CHECK} sorts every table
     * first and is several times slower.)
     */
    private void checkForeignKeys() throws SQLException {
        String sql = "SELECT fk.CONSTRAINT_NAME, fk.TABLE_NAME, fk.COLUMN_NAME, pk.TABLE_NAME, pk.COLUMN_NAME "
                + "FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r "
                + "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE fk ON fk.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA "
                + "AND fk.CONSTRAINT_NAME = r.CONSTRAINT_NAME "
                + "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE pk ON pk.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA "
                + "AND pk.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME AND pk.ORDINAL_POSITION = fk.POSITION_IN_UNIQUE_CONSTRAINT "
                + "WHERE r.CONSTRAINT_SCHEMA = 'PUBLIC' ORDER BY fk.CONSTRAINT_NAME, fk.ORDINAL_POSITION";
        Map<String, List<String[]>> keys = new java.util.LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                keys.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
            }
        }
        for (Map.Entry<String, List<String[]>> key : keys.entrySet()) {
            List<String[]> cols = key.getValue();
            String child = quote(cols.get(0)[0]);
            String parent = quote(cols.get(0)[2]);
            List<String> notNull = new ArrayList<>();
            List<String> match = new ArrayList<>();
            for (String[] col : cols) {
                notNull.add("c." + quote(col[1]) + " IS NOT NULL");
                match.add("p." + quote(col[3]) + " = c." + quote(col[1]));
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT 1 FROM " + child + " c WHERE " + String.join(" AND ", notNull)
                         + " AND NOT EXISTS (SELECT 1 FROM " + parent + " p WHERE " + String.join(" AND ", match) + ") LIMIT 1")) {
                if (rs.next()) {
                    throw new BackupFormatException("rows of " + cols.get(0)[0] + " breaking " + key.getKey());
                }
            }
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

    /** Rows for one table, in the order of its {@code INSERT}'s columns. */
    private record Batch(String sql, List<Object[]> rows) {
    }

    /** Runs batches on one connection, with a prepared statement per table, committing every {@link #COMMIT} rows. */
    private static final class Inserts {
        private final Connection connection;
        private final Map<String, PreparedStatement> statements = new HashMap<>();
        private int uncommitted;

        Inserts(Connection connection) throws SQLException {
            this.connection = connection;
            connection.setAutoCommit(false);
        }

        void run(Batch batch) throws SQLException {
            PreparedStatement insert = statements.get(batch.sql());
            if (insert == null) {
                insert = connection.prepareStatement(batch.sql());
                statements.put(batch.sql(), insert);
            }
            for (Object[] values : batch.rows()) {
                for (int i = 0; i < values.length; i++) {
                    Object v = values[i];
                    if (v instanceof byte[] bytes) {
                        insert.setBytes(i + 1, bytes);
                    } else {
                        insert.setObject(i + 1, v);
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
            uncommitted += batch.rows().size();
            if (uncommitted >= COMMIT) {
                connection.commit(); // a scratch file: small transactions keep H2's undo log and the file small
                uncommitted = 0;
            }
        }

        /** Commits what is left and closes the statements (the connection too when it is a worker's own). */
        void finish(boolean closeConnection) throws SQLException {
            try {
                connection.commit();
            } finally {
                for (PreparedStatement ps : statements.values()) {
                    ps.close();
                }
                statements.clear();
                if (closeConnection) {
                    connection.close();
                }
            }
        }

        void close() throws SQLException {
            finish(false);
        }
    }

    /** A thread inserting the batches it takes from the queue, on its own connection. */
    private final class Worker implements Runnable {
        private final Inserts inserts;
        private final Thread thread;
        private volatile boolean stop;

        Worker(Inserts inserts, int n) {
            this.inserts = inserts;
            this.thread = new Thread(this, "sochibo-restore-" + n);
            this.thread.setDaemon(true);
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Batch batch = queue.poll(50, TimeUnit.MILLISECONDS);
                    if (batch != null) {
                        if (failure.get() == null) {
                            inserts.run(batch);
                        }
                    } else if (stop) {
                        break;
                    }
                }
                inserts.finish(true);
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                try {
                    inserts.connection.close();
                } catch (SQLException | RuntimeException e) {
                    t.addSuppressed(e);
                }
                stop = true;
                queue.clear();
            }
        }
    }

    /** The backup's data does not fit this program's tables (tampered, damaged, or not ours). */
    static final class BackupFormatException extends SQLException {
        private static final long serialVersionUID = 1L;

        BackupFormatException(String what) {
            super("unexpected " + what);
        }
    }
}
