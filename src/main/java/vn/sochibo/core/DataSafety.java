package vn.sochibo.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import vn.sochibo.storage.Backups;
import vn.sochibo.common.Problem;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.storage.DataLock;
import vn.sochibo.storage.DatabaseKey;
import vn.sochibo.storage.KeyFile;
import vn.sochibo.storage.RecoveryCode;
import vn.sochibo.storage.StorageException;

/**
 * Password, encryption and restore, above the storage layer and below any screen: the app's first-run and
 * unlock steps, the settings page and the command line all use these. Slow (key derivation, whole-database
 * copies): call off the FX thread.
 */
public final class DataSafety {

    /** How a data folder is protected. */
    public enum State {
        /** Nothing there yet: the clerk chooses a password or explicitly none. */
        NEW,
        /** A database without a password. */
        PLAIN,
        /** An encrypted database: the password (or the recovery code) is needed. */
        ENCRYPTED
    }

    /**
     * Finishes or undoes a restore that an earlier run left half done (killed, power cut) and removes leftover
     * working files, so the register opens whole; {@link #takeRestoreNotice} then says which. Does nothing while
     * another program uses the folder.
     */
    public static void finishInterruptedRestore(DataLocation location) {
        Backups.recover(location);
    }

    /**
     * The message for the clerk about an interrupted restore found at this start (key and the backup's name), once;
     * null when there was none.
     */
    public static Problem takeRestoreNotice() {
        return Backups.takeRecoveryNotice();
    }

    /** A new key and the recovery code to show the clerk once. */
    public record Setup(DatabaseKey key, String recoveryCode) {
    }

    private DataSafety() {
    }

    /**
     * How the data folder is protected, after finishing or undoing a restore that an earlier run left half done
     * (see {@link #finishInterruptedRestore}).
     */
    public static State state(DataLocation location) {
        finishInterruptedRestore(location);
        if (Files.exists(location.keyFile())) {
            return State.ENCRYPTED;
        }
        return Files.exists(location.databaseFile()) ? State.PLAIN : State.NEW;
    }

    /**
     * Creates the key for a new data folder protected by {@code password} and writes its key file. The database
     * created next with this key is encrypted from its first byte.
     */
    public static Setup protectNew(DataLocation location, String password) {
        return protectNew(location, password, KeyFile.DEFAULT_ITERATIONS);
    }

    /** As {@link #protectNew(DataLocation, String)} with a chosen key-derivation cost (tests use less). */
    public static Setup protectNew(DataLocation location, String password, int iterations) {
        checkPassword(password);
        if (state(location) != State.NEW) {
            throw new StorageException("security.error.notNew", null, location.directory().toString());
        }
        location.ensureExists();
        DatabaseKey key = DatabaseKey.generate();
        String code = RecoveryCode.generate();
        KeyFile.create(key, password, code, iterations).write(location.keyFile());
        return new Setup(key, code);
    }

    /** The database key from the password; a wrong one is a clear error and changes nothing. */
    public static DatabaseKey unlock(DataLocation location, String password) {
        return keyFile(location).unlock(password);
    }

    /**
     * Opens with the recovery code when the password is forgotten, and sets {@code newPassword} at once (the key
     * is re-wrapped; the database file is not rewritten). The recovery code stays valid.
     */
    public static DatabaseKey recover(DataLocation location, String recoveryCode, String newPassword) {
        checkPassword(newPassword);
        KeyFile file = keyFile(location);
        DatabaseKey key = file.unlockWithRecoveryCode(recoveryCode);
        file.withPassword(key, newPassword).write(location.keyFile());
        return key;
    }

    /** Changes the password: the old one must be right; only the key file changes. */
    public static void changePassword(DataLocation location, String oldPassword, String newPassword) {
        checkPassword(newPassword);
        KeyFile file = keyFile(location);
        DatabaseKey key = file.unlock(oldPassword);
        file.withPassword(key, newPassword).write(location.keyFile());
    }

    /**
     * Puts a password on a register that has none: a verified backup of the plain database, then an encrypted
     * database built from it and verified, swapped in; the plain file and every plain automatic backup are then
     * replaced by encrypted ones, so no readable copy stays in the data folder. {@code services} is closed;
     * open the data again with the returned key.
     */
    public static Setup protectExisting(Services services, String password, int iterations, Clock clock) {
        checkPassword(password);
        DataLocation location = services.location();
        if (services.database().encrypted() || state(location) != State.PLAIN) {
            throw new StorageException("security.error.alreadyProtected", null);
        }
        Path work = location.directory().resolve(".encrypting");
        try (DataLock lock = DataLock.acquire(location)) {
            Backups.Info plain = Backups.create(services.database(), work, "before-encryption", clock);
            services.close();
            DatabaseKey key = DatabaseKey.generate();
            String code = RecoveryCode.generate();
            KeyFile keyFile = KeyFile.create(key, password, code, iterations);
            // the encrypted register and its key file take their places together (an encrypted file without its key,
            // or a key file beside a plain register, could never be opened)
            Backups.restore(location, plain.file(), key, null, clock, keyFile);
            deleteQuietly(plain.file());
            deleteQuietly(work);
            for (Path backup : Backups.list(location.backupDirectory())) {
                try {
                    Backups.encrypt(backup, key, keyFile, location);
                } catch (RuntimeException e) {
                    // the register is already encrypted: one old backup that cannot be rewritten must not stop the
                    // clerk from opening it; it stays as it was and is pruned in time
                    continue;
                }
            }
            return new Setup(key, code);
        }
    }

    /**
     * Restores a backup in place of the register: a verified backup of the current state first, then the
     * verified swap. {@code services} is closed; open again with the returned key.
     *
     * @param secret the password or recovery code of an encrypted backup made with another key, else null
     */
    public static Restore restore(Services services, Path backup, String secret, Clock clock) {
        DataLocation location = services.location();
        DatabaseKey current = services.key();
        // the folder stays locked from here to the end of the swap: nothing another program writes meanwhile is lost
        try (DataLock lock = DataLock.acquire(location)) {
            Backups.keyFor(Backups.read(backup, location), current, secret); // a wrong password fails here, before anything
            Backups.Info saferCopy = services.safetyBackup("before-restore");
            services.close();
            // the new file is built from the backup and checked against its manifest before it replaces the register
            return new Restore(Backups.restoreReplacing(location, backup, current, secret, clock, saferCopy), saferCopy);
        }
    }

    /** A finished restore and the backup of the state it replaced. */
    public record Restore(Backups.Restored restored, Backups.Info saferCopy) {
        public DatabaseKey key() {
            return restored.key();
        }
    }

    private static KeyFile keyFile(DataLocation location) {
        KeyFile file = KeyFile.find(location);
        if (file == null) {
            throw new StorageException("security.error.keyFileMissing", null);
        }
        return file;
    }

    private static void checkPassword(String password) {
        String problem = KeyFile.passwordProblem(password, password);
        if (problem != null) {
            throw new StorageException(problem, null, KeyFile.MIN_PASSWORD_LENGTH);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            if (Files.isDirectory(p)) {
                try (var children = Files.list(p)) {
                    children.forEach(DataSafety::deleteQuietly);
                }
            }
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort
        }
    }
}
