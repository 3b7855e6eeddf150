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
 * Thread-safe; callers must not run it on the JavaFX thread.
 */
public final class Database implements AutoCloseable {

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Database(String url) {
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
        location.ensureExists();
        String url = "jdbc:h2:file:" + location.databaseBase() + ";WRITE_DELAY=0";
        return openUrl(url, "storage.error.open", location.backupDirectory());
    }

    /** A private in-memory database with the real migrations, for tests and benchmarks. */
    public static Database inMemory() {
        return openUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "storage.error.open", null);
    }

    private static Database openUrl(String url, String errorKey, java.nio.file.Path backupFolder) {
        Database database = new Database(url);
        try {
            if (!database.schemaCurrent()) {
                migrate(database, backupFolder);
            }
        } catch (RuntimeException e) {
            database.close();
            Throwable root = rootCause(e);
            if (inUse(e)) {
                throw new StorageException("storage.error.inUse", e);
            }
            throw new StorageException(errorKey, e, String.valueOf(root.getMessage()));
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
            Backups.create(database, backupFolder, "before-migration", java.time.Clock.systemDefaultZone());
        }
        flyway.migrate();
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

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** Runs {@code work} in a read transaction and returns its result. */
    public <T> T read(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    /** Runs {@code work} in one write transaction: all of it is committed, or none of it. */
    public <T> T write(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    /** Forces everything committed so far to stable storage (before a "done" is reported for big jobs). */
    public void checkpoint() {
        try (Connection c = pool.getConnection(); var st = c.createStatement()) {
            st.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new StorageException("storage.error.write", e, e.getMessage());
        }
    }

    /** A plain JDBC connection for bulk work (imports); the caller closes it. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
