package vn.sochibo.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The branch database: an embedded H2 file migrated by Flyway, read and written through jOOQ.
 * Two entry points only: {@link #read} and {@link #write}; each call is one transaction.
 * Every change to an application table is recorded in {@code audit_log} by triggers (see {@link AuditLog}), in
 * the same transaction, named by the {@link Operation} the caller gives {@link #write}.
 * Thread-safe; callers must not run it on the JavaFX thread.
 */
public final class Database implements AutoCloseable {

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final DatabaseKey key;
    private final DataLocation location;
    /** Keeps an encrypted file's key registered ({@link AesFilePath#hold}) until {@link #close}; null when plain. */
    private final AesFilePath.Hold keyHold;
    private final java.util.concurrent.atomic.AtomicLong checkpoints = new java.util.concurrent.atomic.AtomicLong();
    /** The transaction of the {@link #writeAll} running on each thread, which nested reads and writes join. */
    private final ThreadLocal<DSLContext> joined = new ThreadLocal<>();

    private Database(String url, DatabaseKey key, DataLocation location, AesFilePath.Hold keyHold) {
        this.key = key;
        this.location = location;
        this.keyHold = keyHold;
        // the key is not in the password: AesFilePath holds it (see fileUrl)
        this.pool = JdbcConnectionPool.create(url, "sa", "");
        this.pool.setMaxConnections(8);
        Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(false);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings);
    }

    /**
     * Opens (creating if needed) the database in the given data folder and migrates it.
     * {@code WRITE_DELAY=0}: every acknowledged commit is on disk, so a killed process loses nothing it reported.
     */
    public static Database open(DataLocation location) {
        return open(location, null);
    }

    /**
     * Opens the database in {@code location} encrypted with {@code key} (H2 AES file encryption), or plain when
     * {@code key} is null. An encrypted file opened without its key, or with another key, is a clear error and
     * the file is not touched. H2's own trace file is off for every database: a failing statement's text, with
     * member data or (during a backup) a key, would otherwise land in {@code sochibo.trace.db} in readable form;
     * errors reach the caller as exceptions and go to the app's log from there. The folder and its files are
     * then made private to the user ({@link FileModes}).
     */
    public static Database open(DataLocation location, DatabaseKey key) {
        location.ensureExists();
        String url = fileUrl(location.databaseBase(), key) + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        Database database = openUrl(url, key, location, key == null ? null : AesFilePath.hold(location.databaseBase()));
        FileModes.tighten(location); // H2 created its files with the process umask
        return database;
    }

    /**
     * The JDBC URL of the H2 database at {@code base} (its path without {@code .mv.db}; callers append settings):
     * plain, or encrypted with {@code key}, always to be opened as user {@code sa} with an empty password.
     * An encrypted file is in H2's own {@code CIPHER=AES} format, but read and written through {@link AesFilePath}
     * (the JDK's AES, several times faster than H2's pure-Java one), which keeps the key in memory for this base
     * until the database closes: it is never in the URL or the password, where H2 could repeat it in a message.
     * Its results are all kept in memory ({@code MAX_MEMORY_ROWS}): H2 writes a large result to a temporary file
     * in the system's temporary folder, encrypted only by its own {@code CIPHER=AES}, which would leave member
     * data there in clear (a register's results are small enough: 100,000 members).
     *
     * @throws StorageException when a database at {@code base} is open in this program with another key
     */
    static String fileUrl(java.nio.file.Path base, DatabaseKey key) {
        if (key == null) {
            return "jdbc:h2:file:" + base;
        }
        try {
            return "jdbc:h2:" + AesFilePath.register(base, key) + ";MAX_MEMORY_ROWS=" + Integer.MAX_VALUE;
        } catch (IllegalStateException e) {
            throw new StorageException("security.error.otherKey", e, base + ".mv.db");
        }
    }

    /** A private in-memory database with the real migrations, for tests and benchmarks. */
    public static Database inMemory() {
        return openUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null, null);
    }

    private static Database openUrl(String url, DatabaseKey key, DataLocation location, AesFilePath.Hold keyHold) {
        java.nio.file.Path backupFolder = location == null ? null : location.backupDirectory();
        Database database = new Database(url, key, location, keyHold);
        try {
            boolean migrated = false;
            if (!database.schemaCurrent()) {
                migrate(database, backupFolder);
                migrated = true;
            }
            try (Connection c = database.pool.getConnection()) {
                AuditLog.install(c, migrated);
            }
        } catch (RuntimeException | SQLException e) {
            database.close();
            Throwable root = rootCause(e);
            if (inUse(e)) {
                throw new StorageException("storage.error.inUse", e);
            }
            if (location != null && wrongKey(e)) {
                boolean encryptedFile = encryptedFile(location.databaseFile());
                if (key == null && encryptedFile) {
                    throw new StorageException("security.error.encryptedNoKey", e, location.databaseFile().toString());
                }
                if (key != null) {
                    throw new StorageException("security.error.otherKey", e, location.databaseFile().toString());
                }
            }
            throw new StorageException("storage.error.open", e, firstLine(root.getMessage()));
        }
        return database;
    }

    /**
     * Brings the schema up to date with Flyway. An older version's data (some migrations applied, some pending)
     * gets a verified backup first.
     */
    private static void migrate(Database database, java.nio.file.Path backupFolder) {
        Flyway flyway = Flyway.configure().dataSource(database.pool).locations("classpath:" + SchemaVersion.LOCATION)
                .loggers("slf4j").load();
        var info = flyway.info();
        if (backupFolder != null && info.applied().length > 0 && info.pending().length > 0) {
            // an older version's data: keep a verified copy before changing its schema
            new Backups(database.location(), java.time.Clock.systemDefaultZone()).createIfChanged(database, backupFolder, "before-migration");
        }
        AuditScope.labelled(Operation.of("audit.op.migration"), flyway::migrate);
    }

    /**
     * True when every migration this program carries is already applied (one query, no Flyway): the normal
     * start, which then skips Flyway altogether. False for a new, older or failed database.
     */
    boolean schemaCurrent() {
        try (Connection c = pool.getConnection()) {
            return SchemaVersion.current(c);
        } catch (SQLException e) {
            return false; // Flyway opens it again and reports what is wrong
        }
    }

    /** True when another process holds the database file (a second copy of the program). */
    static boolean inUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
            if (t instanceof org.h2.mvstore.MVStoreException mv && mv.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_FILE_LOCKED) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the file is in H2's {@code CIPHER=AES} format, written by H2 or through {@link AesFilePath} (such
     * files start with its "H2encrypt" header).
     */
    static boolean encryptedFile(java.nio.file.Path file) {
        byte[] magic = "H2encrypt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (var in = java.nio.file.Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** True when the error is the kind a wrong or missing key gives (also what a damaged file gives). */
    static boolean wrongKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1
                    || sql.getErrorCode() == org.h2.api.ErrorCode.FILE_CORRUPTED_1
                    || sql.getErrorCode() == org.h2.api.ErrorCode.WRONG_PASSWORD_FORMAT)) {
                return true;
            }
            if (t instanceof org.h2.mvstore.MVStoreException mv
                    && (mv.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_FILE_CORRUPT
                    || mv.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_UNSUPPORTED_FORMAT)) {
                return true;
            }
        }
        return false;
    }

    /** A library's message shortened for the clerk: its first line, at most 300 characters (the rest is logged). */
    private static String firstLine(String message) {
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** True when the file is encrypted (opened with a {@link DatabaseKey}). */
    public boolean encrypted() {
        return key != null;
    }

    DatabaseKey key() {
        return key;
    }

    /** The data folder, or null for an in-memory database. */
    DataLocation location() {
        return location;
    }

    /** Runs {@code work} in a read transaction (or in the {@link #writeAll} running on this thread) and returns its result. */
    public <T> T read(Function<DSLContext, T> work) {
        DSLContext current = joined.get();
        if (current != null) {
            return work.apply(current);
        }
        return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    /**
     * Runs {@code work}, which calls services that each open their own transactions, as one write transaction:
     * every {@link #read} and {@link #write} it makes on this thread joins this one, so all of it is committed or,
     * on an exception or a killed process, none of it (loading the sample branch). Logged as {@code operation}.
     */
    public <T> T writeAll(Operation operation, java.util.function.Supplier<T> work) {
        return write(operation, ctx -> {
            DSLContext outer = joined.get();
            joined.set(ctx);
            try {
                return work.get();
            } finally {
                if (outer == null) {
                    joined.remove();
                } else {
                    joined.set(outer);
                }
            }
        });
    }

    /**
     * Runs {@code work} in one write transaction: all of it is committed, or none of it. Its changes are logged
     * without saying which user action made them; prefer {@link #write(Operation, Function)}.
     */
    public <T> T write(Function<DSLContext, T> work) {
        return write(null, work);
    }

    /**
     * Runs {@code work} in one write transaction: all of it is committed, or none of it. Every change it makes
     * is written to the audit log, in the same transaction, as part of {@code operation} (the user action), unless
     * an action named by {@link #labelled} is already running on this thread.
     */
    public <T> T write(Operation operation, Function<DSLContext, T> work) {
        DSLContext current = joined.get();
        if (current != null) {
            return AuditScope.labelled(operation, () -> work.apply(current));
        }
        return AuditScope.labelled(operation, () -> dsl.transactionResult(configuration -> {
            DSLContext ctx = configuration.dsl();
            return ctx.connectionResult(connection -> AuditScope.collect(connection, () -> work.apply(ctx)));
        }));
    }

    /**
     * Runs {@code work}, which may open several transactions (an import, loading the sample branch), as one user
     * action: the audit log names every change it makes {@code operation}.
     */
    public <T> T labelled(Operation operation, java.util.function.Supplier<T> work) {
        return AuditScope.labelled(operation, work);
    }

    /**
     * Forces everything committed so far to stable storage ({@code CHECKPOINT SYNC}, 60–90 ms on a file). Call it
     * after the transaction of a big job (an import, a count, a finalised election) and before reporting it done,
     * so that not even a power cut loses what the clerk was told is saved.
     *
     * @throws StorageException when the disk refuses the write; the data is committed but perhaps not yet on disk
     */
    public void checkpoint() {
        try (Connection c = pool.getConnection(); var st = c.createStatement()) {
            st.execute("CHECKPOINT SYNC");
            checkpoints.incrementAndGet();
        } catch (SQLException e) {
            throw new StorageException("storage.error.write", e, e.getMessage());
        }
    }

    /** How many {@link #checkpoint}s have completed since this database was opened (tests and logs). */
    public long checkpoints() {
        return checkpoints.get();
    }

    /** A plain JDBC connection for bulk work (imports); the caller closes it. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Closes the database. A file that has grown past {@link #COMPACT_ABOVE} (H2 keeps old pages after big
     * changes: an import of 100,000 members left 1.2 GB for 21 MB of data) is rewritten compactly first, so that
     * opening, backing up and restoring stay quick; a failure there leaves the file as it was. The files made
     * meanwhile (backups, H2's) are then made private like the rest.
     */
    @Override
    public void close() {
        if (location != null) {
            compactIfLarge();
        }
        pool.dispose();
        if (keyHold != null) {
            keyHold.close(); // the database is closed: its key leaves the file system's memory
        }
        if (location != null) {
            FileModes.tighten(location);
        }
    }

    /** Files above this size are compacted when closed (a branch's register stays far below it). */
    static final long COMPACT_ABOVE = 48L << 20;

    private void compactIfLarge() {
        try {
            if (!java.nio.file.Files.exists(location.databaseFile()) || java.nio.file.Files.size(location.databaseFile()) < COMPACT_ABOVE) {
                return;
            }
        } catch (java.io.IOException e) {
            return;
        }
        try (Connection c = pool.getConnection(); var st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException | RuntimeException | AssertionError e) {
            org.slf4j.LoggerFactory.getLogger(Database.class).warn("Compacting the database on close failed; it stays as it was", e);
        }
    }
}
