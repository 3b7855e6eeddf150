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
 * Password, encryption and restore of one data folder, above the storage layer and below any screen: the app's
 * first-run and unlock steps, the settings page and the command line all use it. It needs only the folder, its
 * backups and the key-derivation cost, so it exists before the register is opened (to unlock it); the
 * whole-register changes take the open register, close it, and say which key to open it again with. Slow (key
 * derivation, whole-database copies): call off the FX thread.
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

    /** A new key and the recovery code to show the clerk once. */
    public record Setup(DatabaseKey key, String recoveryCode) {
    }

    private final DataLocation location;
    private final Backups backups;
    private final int iterations;

    /**
     * @param location   the data folder
     * @param backups    the folder's backups (restores go through them)
     * @param iterations the key-derivation cost of new passwords ({@link KeyFile#DEFAULT_ITERATIONS}; tests use less)
     */
    public DataSafety(DataLocation location, Backups backups, int iterations) {
        this.location = location;
        this.backups = backups;
        this.iterations = iterations;
    }

    /** The data safety of {@code location}, with the usual key-derivation cost. */
    public static DataSafety of(DataLocation location, Clock clock) {
        return new DataSafety(location, new Backups(location, clock), KeyFile.DEFAULT_ITERATIONS);
    }

    /**
     * Finishes or undoes a restore that an earlier run left half done (killed, power cut) and removes leftover
     * working files, so the register opens whole; {@link #takeRestoreNotice} then says which. Does nothing while
     * another program uses the folder.
     */
    public void finishInterruptedRestore() {
        backups.recover();
    }

    /**
     * The message for the clerk about an interrupted restore found at this start (key and the backup's name), once;
     * null when there was none.
     */
    public Problem takeRestoreNotice() {
        return Backups.takeRecoveryNotice();
    }

    /**
     * How the data folder is protected, after finishing or undoing a restore that an earlier run left half done
     * (see {@link #finishInterruptedRestore}).
     */
    public State state() {
        finishInterruptedRestore();
        if (Files.exists(location.keyFile())) {
            return State.ENCRYPTED;
        }
        return Files.exists(location.databaseFile()) ? State.PLAIN : State.NEW;
    }

    /**
     * Creates the key for a new data folder protected by {@code password} and writes its key file. The database
     * created next with this key is encrypted from its first byte.
     */
    public Setup protectNew(String password) {
        checkPassword(password);
        if (state() != State.NEW) {
            throw new StorageException("security.error.notNew", null, location.directory().toString());
        }
        location.ensureExists();
        DatabaseKey key = DatabaseKey.generate();
        String code = RecoveryCode.generate();
        KeyFile.create(key, password, code, iterations).write(location.keyFile());
        return new Setup(key, code);
    }

    /** The database key from the password; a wrong one is a clear error and changes nothing. */
    public DatabaseKey unlock(String password) {
        return keyFile().unlock(password);
    }

    /**
     * Opens with the recovery code when the password is forgotten, and sets {@code newPassword} at once (the key
     * is re-wrapped; the database file is not rewritten). The recovery code stays valid.
     */
    public DatabaseKey recover(String recoveryCode, String newPassword) {
        checkPassword(newPassword);
        KeyFile file = keyFile();
        DatabaseKey key = file.unlockWithRecoveryCode(recoveryCode);
        file.withPassword(key, newPassword).write(location.keyFile());
        return key;
    }

    /** Changes the password: the old one must be right; only the key file changes. */
    public void changePassword(String oldPassword, String newPassword) {
        checkPassword(newPassword);
        KeyFile file = keyFile();
        DatabaseKey key = file.unlock(oldPassword);
        file.withPassword(key, newPassword).write(location.keyFile());
    }

    /**
     * Puts a password on a register that has none: a verified backup of the plain database, then an encrypted
     * database built from it and verified, swapped in; the plain file and every plain automatic backup are then
     * replaced by encrypted ones, so no readable copy stays in the data folder. {@code register} (open on this
     * folder) is closed; open the data again with the returned key.
     */
    public Setup protectExisting(Services register, String password) {
        checkPassword(password);
        if (register.database().encrypted() || state() != State.PLAIN) {
            throw new StorageException("security.error.alreadyProtected", null);
        }
        Path work = location.directory().resolve(".encrypting");
        try (DataLock lock = DataLock.acquire(location)) {
            Backups.Info plain = backups.create(register.database(), work, "before-encryption");
            register.close();
            DatabaseKey key = DatabaseKey.generate();
            String code = RecoveryCode.generate();
            KeyFile keyFile = KeyFile.create(key, password, code, iterations);
            // the encrypted register and its key file take their places together (an encrypted file without its key,
            // or a key file beside a plain register, could never be opened)
            backups.restore(plain.file(), key, null, keyFile);
            deleteQuietly(plain.file());
            deleteQuietly(work);
            for (Path backup : Backups.list(location.backupDirectory())) {
                try {
                    backups.encrypt(backup, key, keyFile);
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
     * verified swap. {@code register} (open on this folder) is closed; open again with the returned key.
     *
     * @param secret the password or recovery code of an encrypted backup made with another key, else null
     */
    public Restore restore(Services register, Path backup, String secret) {
        DatabaseKey current = register.key();
        // the folder stays locked from here to the end of the swap: nothing another program writes meanwhile is lost
        try (DataLock lock = DataLock.acquire(location)) {
            Backups.keyFor(backups.read(backup), current, secret); // a wrong password fails here, before anything
            Backups.Info saferCopy = register.backups().safetyBackup("before-restore");
            register.close();
            // the new file is built from the backup and checked against its manifest before it replaces the register
            return new Restore(backups.restoreReplacing(backup, current, secret, saferCopy), saferCopy);
        }
    }

    /** A finished restore and the backup of the state it replaced. */
    public record Restore(Backups.Restored restored, Backups.Info saferCopy) {
        public DatabaseKey key() {
            return restored.key();
        }
    }

    private KeyFile keyFile() {
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
