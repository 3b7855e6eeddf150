package vn.sochibo.storage;

import java.io.IOException;

import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backups of a branch database: a zip with H2's {@code SCRIPT} of the whole database and a manifest (when,
 * why, the branch, row counts per table, a checksum of every row). Each backup is written under a temporary
 * name, verified by restoring it into a scratch in-memory database and comparing counts and checksum, and
 * only then renamed into place. Restoring builds a new database file from the script, verifies it the same
 * way, and swaps files only when everything matched, keeping the replaced file.
 * Synchronous and slow for big registers: call off the FX thread.
 */
public final class Backups {

    public static final String SUFFIX = ".sochibo-backup.zip";
    private static final String SCRIPT_ENTRY = "database.sql";
    private static final String MANIFEST_ENTRY = "manifest.properties";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String KEY_PREFIX = "key.";
    private static final List<String> SYSTEM_TABLES = List.of("flyway_schema_history");

    private Backups() {
    }

    /**
     * What a backup holds, read from its manifest. An encrypted backup's script is AES-encrypted with the
     * database key; its manifest carries the wrapped key ({@link KeyFile}) so the password or the recovery code
     * of that time opens it on another computer too.
     */
    public record Info(Path file, LocalDateTime created, String reason, String branch, Map<String, Long> counts,
                       String checksum, KeyFile keyFile) {
        public long count(String table) {
            return counts.getOrDefault(table, 0L);
        }

        public boolean encrypted() {
            return keyFile != null;
        }
    }

    /** A finished restore: what was restored and the key the restored database is now encrypted with (or null). */
    public record Restored(Info info, DatabaseKey key) {
    }

    /**
     * Writes a verified backup of {@code database} into {@code folder} and returns its manifest. The backup of an
     * encrypted database is encrypted with the same key.
     *
     * @param reason why it was taken ("manual", "daily", "before-import", "before-restore", "before-migration")
     */
    public static Info create(Database database, Path folder, String reason, Clock clock) {
        KeyFile keyFile = null;
        if (database.encrypted()) {
            keyFile = database.location() == null ? null : KeyFile.find(database.location());
            if (keyFile == null) {
                throw new StorageException("security.error.keyFileMissing", null);
            }
        }
        try (Connection c = database.connection()) {
            LocalDateTime now = LocalDateTime.now(clock);
            Path target = folder.resolve("sochibo-" + STAMP.format(now) + "-" + reason + SUFFIX);
            return write(c, target, now, reason, database.key(), keyFile);
        } catch (SQLException e) {
            throw new StorageException("backup.error.create", e, folder.toString());
        }
    }

    private static Info write(Connection c, Path target, LocalDateTime created, String reason, DatabaseKey key,
                              KeyFile keyFile) {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = null;
        Path script = null;
        try {
            Files.createDirectories(folder);
            temp = target.resolveSibling(target.getFileName() + ".tmp");
            // the script stays beside the backup, not in a shared temp folder; with a key it is never in clear
            script = Files.createTempFile(folder, ".sochibo-script", ".tmp");
            Map<String, Long> counts;
            String checksum;
            String branch;
            try (Statement st = c.createStatement()) {
                st.execute("SCRIPT TO '" + sqlPath(script) + "'" + cipherClause(key) + " CHARSET 'UTF-8'");
                counts = counts(c);
                checksum = checksum(c);
                branch = branchName(c);
            }
            Properties manifest = new Properties();
            manifest.setProperty("created", created.toString());
            manifest.setProperty("reason", reason);
            manifest.setProperty("branch", branch == null ? "" : branch);
            manifest.setProperty("checksum", checksum);
            counts.forEach((table, n) -> manifest.setProperty("count." + table, Long.toString(n)));
            if (key != null) {
                keyFile.putInto(manifest, KEY_PREFIX);
            }
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                zip.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
                manifest.store(new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8), "So Chi bo backup");
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(SCRIPT_ENTRY));
                Files.copy(script, zip);
                zip.closeEntry();
            }
            force(temp);
            Info info = verify(temp, key);
            move(temp, target);
            forceDirectory(folder);
            return new Info(target, info.created(), info.reason(), info.branch(), info.counts(), info.checksum(),
                    info.keyFile());
        } catch (IOException | SQLException e) {
            throw new StorageException("backup.error.create", e, folder.toString());
        } finally {
            deleteQuietly(temp);
            deleteQuietly(script);
        }
    }

    /** Reads a backup's manifest without restoring it (for the restore preview). */
    public static Info read(Path backup) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (MANIFEST_ENTRY.equals(e.getName())) {
                    Properties p = new Properties();
                    p.load(new java.io.InputStreamReader(zip, StandardCharsets.UTF_8));
                    Map<String, Long> counts = new LinkedHashMap<>();
                    p.stringPropertyNames().stream().filter(k -> k.startsWith("count.")).sorted()
                            .forEach(k -> counts.put(k.substring("count.".length()), Long.parseLong(p.getProperty(k))));
                    boolean encrypted = p.stringPropertyNames().stream().anyMatch(k -> k.startsWith(KEY_PREFIX));
                    return new Info(backup, LocalDateTime.parse(p.getProperty("created")), p.getProperty("reason"),
                            p.getProperty("branch"), counts, p.getProperty("checksum"),
                            encrypted ? KeyFile.fromProperties(p, KEY_PREFIX) : null);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new StorageException("backup.error.notBackup", e, backup.toString());
        }
        throw new StorageException("backup.error.notBackup", null, backup.toString());
    }

    /** Checks a plain backup (see {@link #verify(Path, DatabaseKey)}). */
    public static Info verify(Path backup) {
        return verify(backup, null);
    }

    /**
     * Restores the backup into a scratch in-memory database and checks counts and checksum; returns its manifest.
     * An encrypted backup needs its key: {@code key} when it is the same key (see {@link #keyFor}).
     */
    public static Info verify(Path backup, DatabaseKey key) {
        Info info = read(backup);
        DatabaseKey scriptKey = scriptKey(info, key);
        String url = "jdbc:h2:mem:verify-" + UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            runScript(c, backup, scriptKey);
            check(info, c, backup);
            return info;
        } catch (SQLException | IOException e) {
            throw new StorageException("backup.error.damaged", e, backup.toString());
        }
    }

    /**
     * The key that opens an encrypted backup: {@code current} when the backup was made with the same key (a
     * changed password keeps the key), otherwise the backup's own key unwrapped with {@code secret} (the password
     * or the recovery code of when it was made). Null for a plain backup.
     */
    public static DatabaseKey keyFor(Info info, DatabaseKey current, String secret) {
        if (!info.encrypted()) {
            return null;
        }
        if (current != null && current.fingerprint().equals(info.keyFile().fingerprint())) {
            return current;
        }
        if (secret == null || secret.isEmpty()) {
            throw new StorageException("backup.error.needsPassword", null, info.file().toString());
        }
        if (RecoveryCode.normalise(secret) != null) {
            try {
                return info.keyFile().unlockWithRecoveryCode(secret);
            } catch (StorageException wrongCode) {
                // not the recovery code: try it as the password below
            }
        }
        return info.keyFile().unlock(secret);
    }

    /**
     * Replaces the database in {@code location} with the backup. The database must be closed. A new file is
     * built and verified first; the replaced file is kept as {@code sochibo-before-restore-<time>.mv.db}.
     * The restored database is encrypted with {@code currentKey} when the data is encrypted now; when it is not
     * and the backup is, it takes the backup's key and key file (so the backup's password opens it).
     *
     * @param secret the backup's password or recovery code, needed only for an encrypted backup made with another key
     */
    public static Restored restore(DataLocation location, Path backup, DatabaseKey currentKey, String secret, Clock clock) {
        Info info = read(backup);
        DatabaseKey backupKey = keyFor(info, currentKey, secret);
        DatabaseKey targetKey = currentKey != null ? currentKey : backupKey;
        Path base = location.databaseBase();
        Path fresh = base.resolveSibling("sochibo-restoring");
        Path freshFile = fresh.resolveSibling("sochibo-restoring.mv.db");
        deleteQuietly(freshFile);
        try {
            String url = "jdbc:h2:file:" + fresh + ";WRITE_DELAY=0" + (targetKey == null ? "" : ";CIPHER=AES;TRACE_LEVEL_FILE=0");
            try (Connection c = DriverManager.getConnection(url, "sa", targetKey == null ? "" : targetKey.filePassword() + " ")) {
                runScript(c, backup, backupKey);
                check(info, c, backup);
                try (Statement st = c.createStatement()) {
                    st.execute("CHECKPOINT SYNC");
                }
            }
            if (currentKey == null && backupKey != null) {
                info.keyFile().write(location.keyFile()); // the key file first: an encrypted file without it is lost
            }
            Path current = location.databaseFile();
            if (Files.exists(current)) {
                move(current, current.resolveSibling("sochibo-before-restore-" + STAMP.format(LocalDateTime.now(clock)) + ".mv.db"));
            }
            move(freshFile, current);
            forceDirectory(current.getParent());
            return new Restored(info, targetKey);
        } catch (SQLException | IOException e) {
            deleteQuietly(freshFile);
            if (e instanceof SQLException sql && sql.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StorageException("storage.error.inUse", e);
            }
            throw new StorageException("backup.error.restore", e, backup.toString());
        }
    }

    /** Restores a plain or same-key backup (see {@link #restore(DataLocation, Path, DatabaseKey, String, Clock)}). */
    public static Info restore(DataLocation location, Path backup, Clock clock) {
        return restore(location, backup, null, null, clock).info();
    }

    /**
     * Rewrites a plain backup as one encrypted with {@code key} (same name, time, reason and contents), verified
     * before it replaces the plain one. Used when the clerk sets a password, so no readable copy stays behind.
     */
    public static Info encrypt(Path backup, DatabaseKey key, KeyFile keyFile) {
        Info info = read(backup);
        if (info.encrypted()) {
            return info;
        }
        verify(backup, null);
        String url = "jdbc:h2:mem:encrypt-" + UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            runScript(c, backup, null);
            Path rewritten = backup.resolveSibling(backup.getFileName() + ".enc");
            Info done = write(c, rewritten, info.created(), info.reason(), key, keyFile);
            move(rewritten, backup);
            return new Info(backup, done.created(), done.reason(), done.branch(), done.counts(), done.checksum(), done.keyFile());
        } catch (SQLException | IOException e) {
            throw new StorageException("backup.error.create", e, backup.toString());
        }
    }

    /** Backups in {@code folder}, newest first. */
    public static List<Path> list(Path folder) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            files.forEach(found::add);
        } catch (IOException e) {
            throw new StorageException("backup.error.list", e, folder.toString());
        }
        found.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return found;
    }

    /** Deletes all but the newest {@code keep} backups in {@code folder}; returns how many were deleted. */
    public static int prune(Path folder, int keep) {
        List<Path> all = list(folder);
        int deleted = 0;
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            deleteQuietly(old);
            deleted++;
        }
        return deleted;
    }

    private static DatabaseKey scriptKey(Info info, DatabaseKey key) {
        if (!info.encrypted()) {
            return null;
        }
        if (key == null || !key.fingerprint().equals(info.keyFile().fingerprint())) {
            throw new StorageException("backup.error.needsPassword", null, info.file().toString());
        }
        return key;
    }

    private static String cipherClause(DatabaseKey key) {
        return key == null ? "" : " COMPRESSION DEFLATE CIPHER AES PASSWORD '" + key.filePassword() + "'";
    }

    private static void runScript(Connection c, Path backup, DatabaseKey key) throws IOException, SQLException {
        Path script = Files.createTempFile(backup.toAbsolutePath().getParent(), ".sochibo-restore", ".tmp");
        try {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
                boolean found = false;
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (SCRIPT_ENTRY.equals(e.getName())) {
                        try (OutputStream out = Files.newOutputStream(script)) {
                            zip.transferTo(out);
                        }
                        found = true;
                    }
                }
                if (!found) {
                    throw new IOException("no " + SCRIPT_ENTRY + " in " + backup);
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("RUNSCRIPT FROM '" + sqlPath(script) + "'" + cipherClause(key) + " CHARSET 'UTF-8'");
            }
        } finally {
            deleteQuietly(script);
        }
    }

    private static void check(Info expected, Connection c, Path backup) throws SQLException {
        if (!expected.counts().equals(counts(c)) || !expected.checksum().equals(checksum(c))) {
            throw new StorageException("backup.error.damaged", null, backup.toString());
        }
    }

    /**
     * The row counts per table and the checksum of every row, as a backup's manifest records them: equal
     * fingerprints mean equal data. Tests use it to show that refused input changed nothing.
     */
    public static String fingerprint(Database database) {
        try (Connection c = database.connection()) {
            return counts(c) + " " + checksum(c);
        } catch (SQLException e) {
            throw new StorageException("storage.error.open", e, e.getMessage());
        }
    }

    /** Rows per application table (the migration history excluded). */
    public static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables(c)) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                rs.next();
                counts.put(table.toLowerCase(java.util.Locale.ROOT), rs.getLong(1));
            }
        }
        return counts;
    }

    /** SHA-256 over every row of every application table, in primary-key (first column) order. */
    public static String checksum(Connection c) throws SQLException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String table : tables(c)) {
            digest.update(table.getBytes(StandardCharsets.UTF_8));
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        Object v = rs.getObject(i);
                        digest.update(String.valueOf(v).getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0x1f);
                    }
                    digest.update((byte) 0x1e);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", null, new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!SYSTEM_TABLES.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    tables.add(name);
                }
            }
        }
        tables.sort(String::compareTo);
        return tables;
    }

    private static String branchName(Connection c) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT BRANCH_NAME FROM BRANCH_PROFILE WHERE ID = 1")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private static String sqlPath(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Flushes a written file to the device, so a backup reported as made survives a power cut. */
    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes a rename in {@code folder} durable where the system allows it (Linux); elsewhere a no-op. */
    private static void forceDirectory(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort: a leftover temp file is harmless
        }
    }

}
