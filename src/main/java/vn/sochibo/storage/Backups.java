package vn.sochibo.storage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.Flyway;

/**
 * Backups of a branch database, and restoring them. A backup is a zip of two entries: {@code data.bin}, the rows
 * of every table as plain data ({@link TableStream}), and {@code manifest.properties} (when, why, the branch, the
 * schema version, row counts, checksums), sealed by a MAC ({@link BackupSeal}); the data of an encrypted register
 * is encrypted with its key. A backup is written under a temporary name, read back whole and checked, and only
 * then renamed into place.
 * <p>
 * Restoring never runs anything from the file: the backup is authenticated first, then its values are inserted
 * into a freshly migrated database ({@link BackupLoader}), which is checked against the manifest and swapped in
 * crash-safely ({@link RestoreJournal}) while the data folder stays locked ({@link DataLock}). Backups of the
 * first format (an H2 SQL script) are read as data too ({@link LegacyScript}). Slow for big registers: call off
 * the FX thread. The rules it follows (retention included): src/site/rules.md, "Sao lưu và khôi phục".
 */
public final class Backups {

    public static final String SUFFIX = ".sochibo-backup.zip";
    private static final String DATA_ENTRY = "data.bin";
    private static final String MANIFEST_ENTRY = "manifest.properties";
    private static final String LEGACY_SCRIPT_ENTRY = "database.sql";
    private static final String FORMAT = "sochibo-backup-2";
    private static final String KEY_PREFIX = "key.";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int MAX_MANIFEST = 1 << 20;
    /** What a backup's data may inflate to, whatever it claims (a 100,000-member register is far below it). */
    static final long MAX_DATA_BYTES = 8L << 30;

    /** Reasons of the backups the program takes by itself (kept by the retention rule, see {@link #prune}). */
    private static final Set<String> AUTOMATIC = Set.of("daily", "before-import", "before-restore", "before-count",
            "before-migration", "before-encryption");

    /**
     * Connections inserting a backup's rows while this thread decodes them (see {@link BackupLoader}): one, when
     * there is a second core. (Two inserting into the same table mostly wait for each other in H2.)
     */
    private static final int LOAD_THREADS = Runtime.getRuntime().availableProcessors() > 1 ? 1 : 0;

    /** The data folder whose backups these are (its signing key vouches for them; null: none), and the clock. */
    private final DataLocation here;
    private final Clock clock;

    /**
     * The backups of the register in {@code here} (null: only reading backups found elsewhere), timed by {@code clock}.
     * Operations that only look at a file or a folder ({@link #list}, {@link #prune}, {@link #verify}, {@link #keyFor},
     * {@link #fingerprint}) depend on nothing and stay static.
     */
    public Backups(DataLocation here, Clock clock) {
        this.here = here;
        this.clock = clock;
    }

    /** The clock backups are dated by. */
    public Clock clock() {
        return clock;
    }

    /** How far a backup can be trusted to be what this program wrote. */
    public enum Origin {
        /** Encrypted: only the register's key can make or alter it; checked when it is opened with that key. */
        ENCRYPTED,
        /** Made on this computer by a register without a password, and signed here. */
        THIS_COMPUTER,
        /** Made elsewhere without a password (or by an older version): readable, not verifiable. */
        UNVERIFIED
    }

    /**
     * What a backup holds, read from its manifest. An encrypted backup carries the wrapped key ({@link KeyFile})
     * so the password or the recovery code of that time opens it on another computer too.
     */
    public record Info(Path file, LocalDateTime created, String reason, String branch, Map<String, Long> counts,
                       String checksum, KeyFile keyFile, int format, String schema, Origin origin) {
        public long count(String table) {
            return counts.getOrDefault(table, 0L);
        }

        public boolean encrypted() {
            return keyFile != null;
        }

        /** True for a backup that cannot be told genuine (the restore preview warns). */
        public boolean unverified() {
            return origin == Origin.UNVERIFIED;
        }
    }

    /** A finished restore: what was restored and the key the restored database is now encrypted with (or null). */
    public record Restored(Info info, DatabaseKey key) {
    }

    // ---------------------------------------------------------------------------------------------- writing

    /**
     * Writes a verified backup of {@code database} into {@code folder} and returns its manifest. The backup of an
     * encrypted database is encrypted with the same key.
     *
     * @param reason why it was taken ("manual", "daily", "before-import", "before-restore", "before-migration", …)
     */
    public Info create(Database database, Path folder, String reason) {
        return create(database, folder, reason, clock, false);
    }

    /**
     * Takes an automatic backup into {@code folder} unless the newest backup there already holds exactly this
     * data (then that one is returned and nothing is written): a refused import or an idle day adds no backup
     * and so pushes no earlier state out.
     */
    public Info createIfChanged(Database database, Path folder, String reason) {
        return create(database, folder, reason, clock, true);
    }

    private static Info create(Database database, Path folder, String reason, Clock clock, boolean skipIfSame) {
        DataLocation location = database.location();
        if (location == null) {
            throw new IllegalArgumentException("an in-memory database has no backups");
        }
        KeyFile keyFile = null;
        BackupSeal seal;
        if (database.encrypted()) {
            keyFile = KeyFile.find(location);
            if (keyFile == null) {
                throw new StorageException("security.error.keyFileMissing", null);
            }
            seal = BackupSeal.of(database.key());
        } else {
            seal = BackupSeal.local(location.directory());
        }
        synchronized (Backups.class) {
            try (Connection c = database.connection()) {
                boolean autoCommit = c.getAutoCommit();
                int isolation = c.getTransactionIsolation();
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // every table from one moment
                try {
                    if (skipIfSame) {
                        Info same = newestWithSameData(folder, TableStream.totals(c).checksum(), seal, location);
                        if (same != null) {
                            return same;
                        }
                    }
                    LocalDateTime now = LocalDateTime.now(clock);
                    return write(c, target(folder, now, reason), now, reason, seal, keyFile, location);
                } finally {
                    c.rollback();
                    c.setTransactionIsolation(isolation);
                    c.setAutoCommit(autoCommit);
                }
            } catch (SQLException e) {
                throw new StorageException("backup.error.create", e, folder.toString());
            }
        }
    }

    private static Path target(Path folder, LocalDateTime now, String reason) {
        String base = "sochibo-" + STAMP.format(now) + "-" + reason;
        Path target = folder.resolve(base + SUFFIX);
        for (int i = 2; Files.exists(target); i++) {
            target = folder.resolve(base + "-" + i + SUFFIX);
        }
        return target;
    }

    private static Info newestWithSameData(Path folder, String checksum, BackupSeal seal, DataLocation location) {
        for (Path p : list(folder)) {
            try (ZipFile zip = open(p)) {
                if (zip.getEntry(DATA_ENTRY) == null) {
                    return null;
                }
                Map<String, String> m = manifest(zip, p);
                if (seal.verifies(m) && checksum.equals(m.get("checksum"))) {
                    return read(p, location);
                }
                return null; // only the newest readable backup counts: an older one with the same data is another state's
            } catch (StorageException | IOException e) {
                // unreadable: look at the next
            }
        }
        return null;
    }

    /**
     * Writes the backup file: data first (compressed, encrypted when sealed so), then the signed manifest. The
     * data never touches the disk in clear when the register is encrypted, and a failed write leaves nothing.
     */
    private static Info write(Connection c, Path target, LocalDateTime created, String reason, BackupSeal seal,
                              KeyFile keyFile, DataLocation location) {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            FileModes.createPrivateFolders(folder);
            removeStaleTemps(folder);
            Files.deleteIfExists(temp);
            FileModes.createPrivateFile(temp);
            Map<String, String> manifest = new TreeMap<>();
            MessageDigest stored = TableStream.sha256();
            byte[] iv = seal.encrypts() ? BackupSeal.newIv() : null;
            TableStream.Totals totals;
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                zip.setLevel(seal.encrypts() ? Deflater.NO_COMPRESSION : Deflater.BEST_SPEED);
                zip.putNextEntry(new ZipEntry(DATA_ENTRY));
                OutputStream entry = new DigestOutputStream(new KeepOpen(zip), stored);
                if (seal.encrypts()) {
                    // compressed before it is encrypted (encrypted bytes do not compress)
                    OutputStream sealed = new DeflaterOutputStream(seal.encrypt(entry, iv), new Deflater(Deflater.BEST_SPEED), 1 << 16);
                    try (OutputStream out = new BufferedOutputStream(sealed, 1 << 16)) {
                        totals = TableStream.write(c, out);
                    }
                } else {
                    try (OutputStream out = new BufferedOutputStream(entry, 1 << 16)) {
                        totals = TableStream.write(c, out);
                    }
                }
                zip.closeEntry();
                manifest.put("format", FORMAT);
                manifest.put("created", created.toString());
                manifest.put("reason", reason);
                manifest.put("branch", nullToEmpty(branchName(c)));
                manifest.put("schema", nullToEmpty(schemaVersion(c)));
                manifest.put("checksum", totals.checksum());
                totals.counts().forEach((table, n) -> manifest.put("count." + table, Long.toString(n)));
                manifest.put("data.sha256", HexFormat.of().formatHex(stored.digest()));
                manifest.put("seal", seal.signer().name());
                manifest.put("seal.id", seal.id());
                if (iv != null) {
                    manifest.put("data.iv", HexFormat.of().formatHex(iv));
                }
                if (keyFile != null) {
                    Properties key = new Properties();
                    keyFile.putInto(key, KEY_PREFIX);
                    key.stringPropertyNames().forEach(k -> manifest.put(k, key.getProperty(k)));
                }
                manifest.put("mac", seal.mac(manifest));
                zip.setLevel(Deflater.DEFAULT_COMPRESSION);
                zip.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
                Properties p = new Properties();
                p.putAll(manifest);
                p.store(new java.io.OutputStreamWriter(new KeepOpen(zip), StandardCharsets.UTF_8), "So Chi bo backup");
                zip.closeEntry();
            }
            RestoreJournal.force(temp);
            Info info = verifyWritten(temp, seal, totals);
            RestoreJournal.move(temp, target);
            RestoreJournal.forceDirectory(folder);
            return withFile(info, target);
        } catch (IOException | SQLException e) {
            throw new StorageException(diskFull(e) ? "backup.error.diskFull" : "backup.error.create", e, folder.toString());
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Temporary backup files that an interrupted run left in a folder (even a USB stick's) are removed. */
    private static void removeStaleTemps(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX + ".tmp")) {
            files.forEach(Backups::deleteQuietly);
        } catch (IOException e) {
            // best effort
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".sochibo-*.tmp")) {
            files.forEach(Backups::deleteQuietly); // the first format's script dumps
        } catch (IOException e) {
            // best effort
        }
    }

    // ---------------------------------------------------------------------------------------------- reading

    /**
     * Reads a backup's manifest for a preview: what it holds and where it comes from (this data folder's signing key
     * may vouch for a plain backup). The data is not checked yet.
     */
    public Info read(Path backup) {
        return read(backup, here);
    }

    private static Info read(Path backup, DataLocation here) {
        try (ZipFile zip = open(backup)) {
            if (zip.getEntry(LEGACY_SCRIPT_ENTRY) != null) {
                return readLegacyManifest(backup, zip);
            }
            Map<String, String> m = manifest(zip, backup);
            Origin origin;
            if (m.containsKey("key.format")) {
                origin = Origin.ENCRYPTED;
            } else {
                BackupSeal local = here == null ? null : BackupSeal.localIfAny(here.directory());
                if (local != null && local.id().equals(m.get("seal.id"))) {
                    if (!local.verifies(m)) {
                        throw new StorageException("backup.error.tampered", null, backup.toString());
                    }
                    origin = Origin.THIS_COMPUTER;
                } else {
                    origin = Origin.UNVERIFIED;
                }
            }
            return info(backup, m, 2, origin);
        } catch (IOException | RuntimeException e) {
            if (e instanceof StorageException se) {
                throw se;
            }
            throw new StorageException("backup.error.notBackup", e, backup.toString());
        }
    }

    /**
     * A quick check for listings: the manifest, the seal where one can be checked here, and the stored data's
     * hash (a truncated or altered file fails), without decoding the rows.
     */
    public Info check(Path backup) {
        Info info = read(backup, here);
        if (info.format() == 1) {
            return info;
        }
        BackupSeal seal = info.origin() == Origin.THIS_COMPUTER ? BackupSeal.localIfAny(here.directory()) : null;
        try (ZipFile zip = open(backup)) {
            Map<String, String> m = manifest(zip, backup);
            if (seal != null && !seal.verifies(m)) {
                throw new StorageException("backup.error.tampered", null, backup.toString());
            }
            MessageDigest digest = TableStream.sha256();
            try (InputStream in = new DigestInputStream(zip.getInputStream(zip.getEntry(DATA_ENTRY)), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(m.get("data.sha256"))) {
                throw new StorageException("backup.error.damaged", null, backup.toString());
            }
            return info;
        } catch (IOException e) {
            throw new StorageException("backup.error.damaged", e, backup.toString());
        }
    }

    /** Checks a backup whole: its manifest, its seal where one can be checked, and every row of its data. */
    public static Info verify(Path backup) {
        return verify(backup, null);
    }

    /**
     * Checks a backup whole and returns its manifest. An encrypted backup needs its key: {@code key} when it is the
     * same key (see {@link #keyFor}).
     */
    public static Info verify(Path backup, DatabaseKey key) {
        Info info = read(backup, null);
        if (info.format() == 1) {
            return verifyLegacy(info, key);
        }
        BackupSeal seal = info.encrypted() ? BackupSeal.of(scriptKey(info, key)) : null;
        return verify(backup, seal, null);
    }

    /** Full check of a backup of the current format with {@code seal} (null: a plain backup not signed here). */
    private static Info verify(Path backup, BackupSeal seal, DataLocation here) {
        try (ZipFile zip = open(backup)) {
            Map<String, String> m = authenticated(zip, backup, seal);
            TableStream.Totals totals;
            try (InputStream data = data(zip, m, seal)) {
                totals = TableStream.read(data, TableStream.DISCARD);
            }
            Info info = info(backup, m, 2, origin(m, seal));
            if (!totals.checksum().equals(info.checksum()) || !totals.counts().equals(info.counts())) {
                throw new StorageException("backup.error.damaged", null, backup.toString());
            }
            return info;
        } catch (IOException | SQLException e) {
            throw new StorageException("backup.error.damaged", e, backup.toString());
        }
    }

    /**
     * Reads a backup just written back from the disk: its seal, the SHA-256 of its stored bytes, and the SHA-256 of
     * the data they decode to against the stream that was written. Equal hashes prove the file holds exactly that
     * stream, so its structure is not decoded again (that is {@link #verify}'s work for a file from elsewhere).
     */
    private static Info verifyWritten(Path backup, BackupSeal seal, TableStream.Totals written) {
        try (ZipFile zip = open(backup)) {
            Map<String, String> m = authenticated(zip, backup, seal);
            MessageDigest digest = TableStream.sha256();
            try (InputStream data = data(zip, m, seal)) {
                byte[] buffer = new byte[1 << 16];
                for (int n = data.read(buffer); n >= 0; n = data.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
            Info info = info(backup, m, 2, origin(m, seal));
            if (!HexFormat.of().formatHex(digest.digest()).equals(written.checksum())
                    || !written.checksum().equals(info.checksum()) || !written.counts().equals(info.counts())) {
                throw new StorageException("backup.error.damaged", null, backup.toString());
            }
            return info;
        } catch (IOException e) {
            throw new StorageException("backup.error.damaged", e, backup.toString());
        }
    }

    /**
     * The manifest of a backup whose seal holds: the MAC over the manifest and the SHA-256 of the stored data it
     * names. A backup that fails is refused as altered, before anything reads its data.
     */
    private static Map<String, String> authenticated(ZipFile zip, Path backup, BackupSeal seal) throws IOException {
        Map<String, String> m = manifest(zip, backup);
        if (seal != null && !seal.verifies(m)) {
            throw new StorageException("backup.error.tampered", null, backup.toString());
        }
        if (seal == null && m.containsKey("key.format")) {
            throw new StorageException("backup.error.needsPassword", null, backup.toString());
        }
        MessageDigest digest = TableStream.sha256();
        try (InputStream in = new DigestInputStream(zip.getInputStream(zip.getEntry(DATA_ENTRY)), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(m.get("data.sha256"))) {
            throw new StorageException(seal == null ? "backup.error.damaged" : "backup.error.tampered", null, backup.toString());
        }
        return m;
    }

    /** The decoded data stream of a sealed backup, bounded in what it may inflate to. */
    private static InputStream data(ZipFile zip, Map<String, String> m, BackupSeal seal) throws IOException {
        InputStream in = new BufferedInputStream(zip.getInputStream(zip.getEntry(DATA_ENTRY)), 1 << 16);
        if (m.containsKey("data.iv")) {
            if (seal == null || !seal.encrypts()) {
                in.close();
                throw new StorageException("backup.error.tampered", null, m.getOrDefault("branch", ""));
            }
            in = new InflaterInputStream(seal.decrypt(in, HexFormat.of().parseHex(m.get("data.iv"))), new java.util.zip.Inflater(), 1 << 16);
        }
        return new BufferedInputStream(new Bounded(in, MAX_DATA_BYTES), 1 << 16);
    }

    private static Origin origin(Map<String, String> m, BackupSeal seal) {
        if (m.containsKey("key.format")) {
            return Origin.ENCRYPTED;
        }
        return seal != null && seal.signer() == BackupSeal.Signer.LOCAL ? Origin.THIS_COMPUTER : Origin.UNVERIFIED;
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
                // not the recovery code: try it as the password below (which names a wrong code as such)
            }
        }
        return info.keyFile().unlock(secret);
    }

    // ---------------------------------------------------------------------------------------------- restoring

    /**
     * Replaces the database in {@code location} with the backup, the data folder locked throughout. The database
     * must be closed. The backup is authenticated, a new file is built from its data and checked, and only then
     * swapped in (see {@link RestoreJournal}). The restored database is encrypted with {@code currentKey} when
     * the data is encrypted now; when it is not and the backup is, it takes the backup's key and key file (so the
     * backup's password opens it).
     *
     * @param secret the backup's password or recovery code, needed only for an encrypted backup made with another key
     */
    public Restored restore(Path backup, DatabaseKey currentKey, String secret) {
        return restore(backup, currentKey, secret, null);
    }

    /**
     * As {@link #restore(Path, DatabaseKey, String)}; {@code newKeyFile}, when given, is put in place together with
     * the new file (putting a password on a register).
     */
    public Restored restore(Path backup, DatabaseKey currentKey, String secret, KeyFile newKeyFile) {
        return restore(backup, currentKey, secret, newKeyFile, null);
    }

    /**
     * The clerk's restore: as {@link #restore(Path, DatabaseKey, String)}, and the restored register's change log
     * gets a line saying so, written into it before the swap (so it is there exactly when the restore happened):
     * the backup restored and what it replaced ({@code replaced}: the backup of the register taken just before,
     * with its counts; null when there was none). The lines logged after the backup was made are not in the
     * restored log; they stay in {@code replaced}.
     */
    public Restored restoreReplacing(Path backup, DatabaseKey currentKey, String secret, Info replaced) {
        return restore(backup, currentKey, secret, null, new RestoreLine(replaced, LocalDateTime.now(clock)));
    }

    /** What the change-log line of a restore says about the replaced data. */
    private record RestoreLine(Info replaced, LocalDateTime at) {
    }

    private Restored restore(Path backup, DatabaseKey currentKey, String secret, KeyFile newKeyFile, RestoreLine line) {
        DataLocation location = folder();
        try (DataLock lock = DataLock.acquire(location)) {
            Info info = read(backup, location);
            DatabaseKey backupKey = keyFor(info, currentKey, secret);
            DatabaseKey targetKey = currentKey != null ? currentKey : backupKey;
            KeyFile installKey = newKeyFile != null ? newKeyFile : currentKey == null && backupKey != null ? info.keyFile() : null;
            Path fresh = RestoreJournal.freshFile(location);
            deleteQuietly(fresh);
            deleteQuietly(RestoreJournal.pendingKey(location));
            try {
                Info built = build(location, info, backupKey, targetKey, line);
                RestoreJournal.stepHook.accept("built");
                if (installKey != null) {
                    installKey.write(RestoreJournal.pendingKey(location));
                }
                RestoreJournal.swap(location, backup.getFileName().toString(), STAMP.format(LocalDateTime.now(clock)));
                return new Restored(built, targetKey);
            } catch (IOException | SQLException e) {
                deleteQuietly(fresh);
                deleteQuietly(RestoreJournal.pendingKey(location));
                if (Database.inUse(e)) {
                    throw new StorageException("storage.error.inUse", e);
                }
                throw new StorageException(diskFull(e) ? "backup.error.diskFull" : "backup.error.restore", e, backup.toString());
            } catch (RuntimeException e) {
                deleteQuietly(fresh);
                deleteQuietly(RestoreJournal.pendingKey(location));
                throw e;
            }
        }
    }

    /** One side of the restore line: the register's counts and the backup that holds it. */
    private static String restoreSide(Info info, LocalDateTime created) {
        Map<String, Object> side = new LinkedHashMap<>();
        if (info != null) {
            for (String table : List.of("member", "member_event", "meeting", "congress", "audit_log")) {
                side.put(table, info.count(table));
            }
            side.put("backup", info.file().getFileName().toString());
        }
        if (created != null) {
            side.put("created", created.withNano(0).toString());
        }
        return AuditJson.of(side);
    }

    /** Restores a plain or same-key backup (see {@link #restore(Path, DatabaseKey, String)}). */
    public Info restore(Path backup) {
        return restore(backup, null, null).info();
    }

    private DataLocation folder() {
        if (here == null) {
            throw new IllegalStateException("no data folder to restore into");
        }
        return here;
    }

    /**
     * Builds {@code sochibo-restoring.mv.db} from the backup: migrated to the backup's schema version, filled with
     * its rows as data, checked against its manifest, then migrated to this program's version, and closed.
     */
    private static Info build(DataLocation location, Info info, DatabaseKey backupKey, DatabaseKey targetKey, RestoreLine line)
            throws IOException, SQLException {
        // no WRITE_DELAY=0 here: the file is forced to disk once, whole, before it replaces anything
        Path base = RestoreJournal.freshBase(location);
        String url = Database.fileUrl(base, targetKey) + ";TRACE_LEVEL_FILE=0";
        String password = ""; // an encrypted file's key is held in memory by Database.fileUrl, not sent here
        Info checked;
        // the key is let go when the build ends, however it ends (also when H2 never opened the file)
        try (AesFilePath.Hold keyHold = targetKey == null ? () -> { } : AesFilePath.hold(base);
                Connection c = DriverManager.getConnection(url, "sa", password)) {
            checked = load(c, info, backupKey, location, () -> DriverManager.getConnection(url, "sa", password));
            flyway(c, null).migrate(); // an older backup's schema brought up to date
            if (line != null) {
                AuditLog.recordRestore(c, line.at(), info.file().getFileName().toString(), restoreSide(line.replaced(), null),
                        restoreSide(info, info.created()));
            }
            try (Statement st = c.createStatement()) {
                st.execute("SHUTDOWN COMPACT"); // written compactly (a bulk insert leaves H2's file many times larger)
            } catch (SQLException | RuntimeException | AssertionError e) {
                org.slf4j.LoggerFactory.getLogger(Backups.class).warn("Compacting the restored file failed; it stays larger", e);
            }
        }
        RestoreJournal.force(RestoreJournal.freshFile(location)); // whole on disk before the swap begins
        return checked;
    }

    /**
     * Authenticates the backup, then migrates the empty database {@code c} to the backup's schema version and
     * loads the backup's rows into it, checked against the manifest. Nothing is read from the data before the
     * seal (or, for the first format, the whole script's statements) has been checked.
     */
    private static Info load(Connection c, Info info, DatabaseKey backupKey, DataLocation here, BackupLoader.Connections more)
            throws IOException, SQLException {
        Path backup = info.file();
        if (info.format() == 1) {
            return loadLegacy(c, info, backupKey);
        }
        // a plain backup from another computer has no seal anything here can check: read as data all the same
        BackupSeal seal = info.encrypted() ? BackupSeal.of(backupKey)
                : info.origin() == Origin.THIS_COMPUTER ? BackupSeal.localIfAny(here.directory()) : null;
        try (ZipFile zip = open(backup)) {
            Map<String, String> m = authenticated(zip, backup, seal);
            checkNotNewer(m.get("schema"), backup);
            flyway(c, m.get("schema")).migrate();
            TableStream.Totals totals;
            // a sealed backup was written by this program from one consistent moment of a register: its keys held
            boolean sealed = seal != null;
            try (BackupLoader loader = new BackupLoader(c, !sealed, more, LOAD_THREADS); InputStream data = data(zip, m, seal)) {
                totals = TableStream.read(data, loader);
                loader.finish();
            }
            c.setAutoCommit(true);
            // the stream's checksum proves the values are the backup's, and each row went in through an INSERT that
            // stored it or failed: the counts show that none is missing (reading every row back proved no more)
            if (!totals.checksum().equals(info.checksum()) || !rowCounts(c).equals(info.counts())) {
                throw new StorageException("backup.error.damaged", null, backup.toString());
            }
            return info;
        } catch (BackupLoader.BackupFormatException e) {
            throw new StorageException("backup.error.tampered", e, backup.toString());
        }
    }

    /**
     * Rewrites a plain backup as one encrypted with {@code key} (same name, time, reason and contents), checked
     * before it replaces the plain one. Used when the clerk sets a password, so no readable copy stays behind.
     */
    public Info encrypt(Path backup, DatabaseKey key, KeyFile keyFile) {
        DataLocation location = here;
        Info info = read(backup, location);
        if (info.encrypted()) {
            return info;
        }
        String url = "jdbc:h2:mem:encrypt-" + UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            load(c, info, null, location, null);
            Path rewritten = backup.resolveSibling(backup.getFileName() + ".enc");
            Info done = write(c, rewritten, info.created(), info.reason(), BackupSeal.of(key), keyFile, location);
            RestoreJournal.move(rewritten, backup);
            return withFile(done, backup);
        } catch (SQLException | IOException e) {
            throw new StorageException("backup.error.create", e, backup.toString());
        }
    }

    private static Flyway flyway(Connection c, String target) {
        var config = Flyway.configure()
                .dataSource(new SingleConnection(c))
                .locations("classpath:" + SchemaVersion.LOCATION)
                .loggers("slf4j");
        if (target != null && !target.isEmpty()) {
            config.target(target);
        }
        return config.load();
    }

    // ---------------------------------------------------------------------------------------------- the first format

    private static Info readLegacyManifest(Path backup, ZipFile zip) throws IOException {
        Map<String, String> m = manifest(zip, backup);
        return info(backup, m, 1, m.containsKey("key.format") ? Origin.ENCRYPTED : Origin.UNVERIFIED);
    }

    private static Info verifyLegacy(Info info, DatabaseKey key) {
        DatabaseKey scriptKey = scriptKey(info, key);
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:verify-" + UUID.randomUUID(), "sa", "")) {
            return loadLegacy(c, info, scriptKey);
        } catch (SQLException | IOException e) {
            throw new StorageException("backup.error.damaged", e, info.file().toString());
        }
    }

    /**
     * Loads a first-format backup: its script is read twice as data, first to check every statement and find the
     * schema version, then to insert its rows; the result is checked with that format's checksum.
     */
    private static Info loadLegacy(Connection c, Info info, DatabaseKey key) throws IOException, SQLException {
        Path backup = info.file();
        String[] version = {null};
        try {
            try (Reader script = legacyScript(backup, key)) {
                LegacyScript.read(script, (table, columns, values) -> {
                    if (table.equalsIgnoreCase("flyway_schema_history") && values.size() > 1
                            && values.get(1).type() == LegacyScript.Type.STRING) {
                        version[0] = newer(version[0], values.get(1).text());
                    }
                });
            }
            checkNotNewer(version[0], backup);
            flyway(c, version[0]).migrate();
            try (BackupLoader loader = new BackupLoader(c, true); Reader script = legacyScript(backup, key)) {
                LegacyScript.Into into = new LegacyScript.Into(loader, TableStream.tables(c));
                LegacyScript.read(script, into);
                into.end();
                loader.finish();
            }
            c.setAutoCommit(true);
        } catch (LegacyScript.RefusedStatement | BackupLoader.BackupFormatException e) {
            throw new StorageException("backup.error.tampered", e, backup.toString());
        }
        if (!info.counts().equals(rowCounts(c)) || !info.checksum().equals(legacyChecksum(c))) {
            throw new StorageException("backup.error.damaged", null, backup.toString());
        }
        return new Info(info.file(), info.created(), info.reason(), info.branch(), info.counts(), info.checksum(),
                info.keyFile(), 1, version[0], info.origin());
    }

    private static String newer(String a, String b) {
        return a == null || compareVersions(b, a) > 0 ? b : a;
    }

    /** A backup from a newer version of the program cannot be restored by this one: said plainly. */
    private static void checkNotNewer(String schema, Path backup) {
        if (schema == null || schema.isEmpty()) {
            return;
        }
        String newest = null;
        for (List<java.math.BigInteger> v : SchemaVersion.carried()) {
            String text = v.stream().map(Object::toString).collect(java.util.stream.Collectors.joining("."));
            newest = newer(newest, text);
        }
        if (newest != null && compareVersions(schema, newest) > 0) {
            throw new StorageException("backup.error.newerVersion", null, backup.toString());
        }
    }

    private static int compareVersions(String a, String b) {
        List<java.math.BigInteger> x = SchemaVersion.parse(a);
        List<java.math.BigInteger> y = SchemaVersion.parse(b);
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            java.math.BigInteger p = i < x.size() ? x.get(i) : java.math.BigInteger.ZERO;
            java.math.BigInteger q = i < y.size() ? y.get(i) : java.math.BigInteger.ZERO;
            if (p.compareTo(q) != 0) {
                return p.compareTo(q);
            }
        }
        return 0;
    }

    /**
     * The first format's script as text. An encrypted one is decrypted with H2's own script cipher (the key it was
     * written with), reading only: nothing in it is run.
     */
    private static Reader legacyScript(Path backup, DatabaseKey key) throws IOException {
        ZipFile zip = open(backup);
        try {
            ZipEntry entry = zip.getEntry(LEGACY_SCRIPT_ENTRY);
            if (key == null) {
                InputStream in = new Bounded(zip.getInputStream(entry), MAX_DATA_BYTES);
                return new InputStreamReader(new ClosingBoth(in, zip), StandardCharsets.UTF_8);
            }
            Path cipherText = Files.createTempFile(backup.toAbsolutePath().getParent(), ".sochibo-legacy", ".tmp");
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, cipherText, java.nio.file.StandardCopyOption.REPLACE_EXISTING); // still encrypted
            } finally {
                zip.close();
            }
            org.h2.store.FileStore store = org.h2.store.FileStore.open(null, cipherText.toString(), "r", "AES",
                    org.h2.security.SHA256.getKeyPasswordHash("script", key.filePassword().toCharArray()));
            store.init();
            InputStream plain = new Bounded(new org.h2.store.FileStoreInputStream(store, true, true), MAX_DATA_BYTES);
            return new InputStreamReader(new InputStream() {
                @Override
                public int read() throws IOException {
                    return plain.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return plain.read(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    try {
                        plain.close();
                    } finally {
                        deleteQuietly(cipherText);
                    }
                }
            }, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // already failing
            }
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    /** Rows per application table (the first format counted them the same way). */
    private static Map<String, Long> rowCounts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TableStream.Table t : TableStream.tables(c)) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + t.name() + "\"")) {
                rs.next();
                counts.put(t.name().toLowerCase(Locale.ROOT), rs.getLong(1));
            }
        }
        return counts;
    }

    /** The first format's checksum: SHA-256 over every value's text, tables by name, rows by their first column. */
    private static String legacyChecksum(Connection c) throws SQLException {
        MessageDigest digest = TableStream.sha256();
        for (TableStream.Table t : TableStream.tables(c)) {
            digest.update(t.name().getBytes(StandardCharsets.UTF_8));
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + t.name() + "\" ORDER BY 1")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        digest.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0x1f);
                    }
                    digest.update((byte) 0x1e);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Finishes or undoes a restore an earlier run left half done, and removes leftover working files (see
     * {@link RestoreJournal}).
     */
    public void recover() {
        RestoreJournal.recover(folder());
    }

    /** What the last {@link #recover} did about an interrupted restore, as a message for the clerk, once; else null. */
    public static vn.sochibo.common.Problem takeRecoveryNotice() {
        RestoreJournal.Notice notice = RestoreJournal.takeNotice();
        if (notice == null) {
            return null;
        }
        return vn.sochibo.common.Problem.warning(null, notice.outcome() == RestoreJournal.Outcome.COMPLETED
                ? "backup.recovered.completed" : "backup.recovered.rolledBack", notice.backup());
    }

    // ---------------------------------------------------------------------------------------------- folders

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

    /**
     * Applies the retention rule to the automatic backups in {@code folder} and returns how many were deleted: the
     * newest {@code keep} are kept, and of the older ones the last of each day, so every day's final state stays
     * until the clerk deletes it. Backups the clerk made by hand are never deleted here.
     */
    public static int prune(Path folder, int keep) {
        List<Path> all = list(folder);
        Set<LocalDate> daysKept = new HashSet<>();
        int deleted = 0;
        for (int i = 0; i < all.size(); i++) {
            Path p = all.get(i);
            String name = p.getFileName().toString();
            LocalDate day = dayOf(name);
            if (i < keep || day == null || !automatic(name)) {
                if (day != null) {
                    daysKept.add(day);
                }
                continue;
            }
            if (daysKept.add(day)) {
                continue; // the newest (so the last) backup of that day
            }
            deleteQuietly(p);
            deleted++;
        }
        return deleted;
    }

    /** Deletes one backup the clerk chose to delete. */
    public static void delete(Path backup) {
        if (!backup.getFileName().toString().endsWith(SUFFIX)) {
            throw new IllegalArgumentException("not a backup: " + backup);
        }
        try {
            Files.deleteIfExists(backup);
        } catch (IOException e) {
            throw new StorageException("backup.error.delete", e, backup.toString());
        }
    }

    private static LocalDate dayOf(String name) {
        try {
            return LocalDate.parse(name.substring("sochibo-".length(), "sochibo-".length() + 8), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean automatic(String name) {
        for (String reason : AUTOMATIC) {
            if (name.contains("-" + reason + SUFFIX) || name.contains("-" + reason + "-")) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- fingerprints

    /**
     * The row counts per table and the checksum of every row, as a backup's manifest records them: equal
     * fingerprints mean equal data. Tests use it to show that refused input changed nothing.
     */
    public static String fingerprint(Database database) {
        try (Connection c = database.connection()) {
            TableStream.Totals totals = TableStream.totals(c);
            return totals.counts() + " " + totals.checksum();
        } catch (SQLException e) {
            throw new StorageException("storage.error.open", e, e.getMessage());
        }
    }

    /** Rows per application table (the migration history excluded). */
    public static Map<String, Long> counts(Connection c) throws SQLException {
        return TableStream.totals(c).counts();
    }

    /** SHA-256 over every row of every application table (see {@link TableStream}). */
    public static String checksum(Connection c) throws SQLException {
        return TableStream.totals(c).checksum();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static ZipFile open(Path backup) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(backup.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            // named like a backup but not a whole zip: cut short (a copy interrupted, a bad USB stick) or damaged
            throw new StorageException(backup.getFileName().toString().endsWith(SUFFIX) ? "backup.error.truncated"
                    : "backup.error.notBackup", e, backup.toString());
        }
        Set<String> names = new HashSet<>();
        zip.stream().forEach(e -> names.add(e.getName()));
        boolean current = names.equals(Set.of(MANIFEST_ENTRY, DATA_ENTRY));
        boolean legacy = names.equals(Set.of(MANIFEST_ENTRY, LEGACY_SCRIPT_ENTRY));
        if (!current && !legacy || zip.size() != 2) {
            zip.close();
            throw new StorageException(names.contains(MANIFEST_ENTRY) ? "backup.error.tampered" : "backup.error.notBackup",
                    null, backup.toString());
        }
        return zip;
    }

    private static Map<String, String> manifest(ZipFile zip, Path backup) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST_ENTRY);
        Properties p = new Properties();
        try (InputStream in = new Bounded(zip.getInputStream(entry), MAX_MANIFEST)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new StorageException("backup.error.notBackup", e, backup.toString());
        }
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    private static Info info(Path backup, Map<String, String> m, int format, Origin origin) {
        if (format == 2 && !FORMAT.equals(m.get("format"))) {
            throw new StorageException("backup.error.newerFormat", null, backup.toString());
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        m.keySet().stream().filter(k -> k.startsWith("count.")).sorted()
                .forEach(k -> counts.put(k.substring("count.".length()), Long.parseLong(m.get(k))));
        KeyFile keyFile = null;
        if (m.containsKey("key.format")) {
            Properties p = new Properties();
            p.putAll(m);
            keyFile = KeyFile.fromProperties(p, KEY_PREFIX);
        }
        return new Info(backup, LocalDateTime.parse(m.get("created")), m.get("reason"), m.get("branch"), counts,
                m.get("checksum"), keyFile, format, m.get("schema"), origin);
    }

    private static Info withFile(Info info, Path file) {
        return new Info(file, info.created(), info.reason(), info.branch(), info.counts(), info.checksum(),
                info.keyFile(), info.format(), info.schema(), info.origin());
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

    private static String branchName(Connection c) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT BRANCH_NAME FROM BRANCH_PROFILE WHERE ID = 1")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    /** The newest migration applied to the database (the schema its rows fit). */
    private static String schemaVersion(Connection c) throws SQLException {
        String newest = null;
        try (ResultSet t = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            if (!t.next()) {
                return null;
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rs.next()) {
                newest = newer(newest, rs.getString(1));
            }
        }
        return newest;
    }

    /** True when the failure is a full disk (the message then says so and what to do). */
    static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("not enough space on the disk")
                    || m.contains("There is not enough space"))) {
                return true;
            }
        }
        return false;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort: a leftover temp file is removed at the next start
        }
    }

    /** Lets a wrapped stream be closed (finishing a cipher or a deflater) without closing the zip under it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** Fails once more than {@code max} bytes have been read: what a file really inflates to, not what it says. */
    private static final class Bounded extends java.io.FilterInputStream {
        private final long max;
        private long read;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                throw new IOException("inflates beyond " + max + " bytes");
            }
        }
    }

    /** Closes the zip file with the stream read from it. */
    private static final class ClosingBoth extends java.io.FilterInputStream {
        private final ZipFile zip;

        ClosingBoth(InputStream in, ZipFile zip) {
            super(in);
            this.zip = zip;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                zip.close();
            }
        }
    }

    /** Flyway over the one connection that is building the new file (it must not open or close others). */
    private static final class SingleConnection implements javax.sql.DataSource {
        private final Connection c;

        SingleConnection(Connection c) {
            this.c = c;
        }

        @Override
        public Connection getConnection() {
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            return null;
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String user, String password) {
            return getConnection();
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
