package vn.sochibo.storage;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The swap at the end of a restore, safe against a kill at any instant. The new register is built whole beside
 * the old one ({@code sochibo-restoring.mv.db}); then a journal is written and forced to disk, and only then are
 * files renamed: the old register aside, the new one into its place, the new key file (if any) into its place.
 * The journal goes last. A start that finds a journal finishes the swap when the old register had already been
 * moved aside, and otherwise undoes it; either way the register is whole, and {@link #lastNotice} says which.
 * Leftover working files of an earlier run are removed at the same time.
 */
final class RestoreJournal {

    static final String JOURNAL = "restore.journal";
    static final String FRESH = "sochibo-restoring";
    private static final String FRESH_FILE = FRESH + ".mv.db";
    private static final String KEY_PENDING = "sochibo.key.restoring";

    /** What a start found and did about an interrupted restore. */
    enum Outcome {
        /** The restore had replaced the old register: it was finished, the restored register is open. */
        COMPLETED,
        /** The restore stopped before replacing anything: the register is the one from before. */
        ROLLED_BACK
    }

    /** An interrupted restore dealt with at a start, and the backup it came from. */
    record Notice(Outcome outcome, String backup) {
    }

    private static final AtomicReference<Notice> LAST = new AtomicReference<>();

    /** Test hook: called with each step's name just before that step (a test may stop the process there). */
    static volatile Consumer<String> stepHook = step -> { };

    private RestoreJournal() {
    }

    static Path freshBase(DataLocation location) {
        return location.directory().resolve(FRESH);
    }

    static Path freshFile(DataLocation location) {
        return location.directory().resolve(FRESH_FILE);
    }

    static Path pendingKey(DataLocation location) {
        return location.directory().resolve(KEY_PENDING);
    }

    /**
     * Puts the built register in place of the current one. The new file is closed and on disk; a new key file, if
     * the restored register needs one, is already written at {@link #pendingKey}. The replaced file is deleted at
     * the end (a verified backup of it was taken before the restore began).
     */
    static void swap(DataLocation location, String backupName, String stamp) throws IOException {
        Path dir = location.directory();
        Path current = location.databaseFile();
        Path aside = dir.resolve("sochibo-before-restore-" + stamp + ".mv.db");
        Properties journal = new Properties();
        journal.setProperty("backup", backupName);
        journal.setProperty("aside", aside.getFileName().toString());
        journal.setProperty("hadCurrent", Boolean.toString(Files.exists(current)));
        step("journal");
        Path file = dir.resolve(JOURNAL);
        Path temp = dir.resolve(JOURNAL + ".tmp");
        Files.deleteIfExists(temp);
        FileModes.createPrivateFile(temp);
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            journal.store(w, "So Chi bo restore in progress");
        }
        force(temp);
        move(temp, file);
        forceDirectory(dir);
        step("move-old");
        if (Files.exists(current)) {
            move(current, aside);
            forceDirectory(dir);
        }
        step("move-new");
        finish(location, journal);
    }

    /**
     * Deals with what an earlier run left: an interrupted swap (finished or undone, see {@link Notice}) and working
     * files. Does nothing while another program holds the data folder (it may be restoring right now).
     */
    static void recover(DataLocation location) {
        if (!Files.isDirectory(location.directory()) || DataLock.heldHere(location)) {
            return; // nothing there, or this program is using the folder (perhaps restoring into it right now)
        }
        try (DataLock lock = DataLock.tryAcquire(location)) {
            if (lock == null) {
                return;
            }
            Path dir = location.directory();
            Path file = dir.resolve(JOURNAL);
            if (Files.exists(file)) {
                Properties journal = new Properties();
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    journal.load(r);
                }
                Path aside = dir.resolve(journal.getProperty("aside", "-"));
                boolean oldMovedAside = Files.exists(aside) || !Boolean.parseBoolean(journal.getProperty("hadCurrent"));
                boolean freshLeft = Files.exists(freshFile(location));
                if (freshLeft && Files.exists(location.databaseFile()) && !oldMovedAside) {
                    // stopped before anything was replaced: the old register stays
                    Files.deleteIfExists(freshFile(location));
                    Files.deleteIfExists(pendingKey(location));
                    Files.deleteIfExists(file);
                    forceDirectory(dir);
                    LAST.set(new Notice(Outcome.ROLLED_BACK, journal.getProperty("backup")));
                } else {
                    finish(location, journal);
                    LAST.set(new Notice(Outcome.COMPLETED, journal.getProperty("backup")));
                }
            }
            removeLeftovers(location);
        } catch (IOException e) {
            throw new StorageException("backup.error.recover", e, location.directory().toString());
        }
    }

    /** The interrupted restore the last start dealt with, once (then null). */
    static Notice takeNotice() {
        return LAST.getAndSet(null);
    }

    private static void finish(DataLocation location, Properties journal) throws IOException {
        Path dir = location.directory();
        Path fresh = freshFile(location);
        if (Files.exists(fresh)) {
            move(fresh, location.databaseFile());
        }
        step("move-key");
        if (Files.exists(pendingKey(location))) {
            move(pendingKey(location), location.keyFile());
        }
        forceDirectory(dir);
        step("clean");
        Files.deleteIfExists(dir.resolve(journal.getProperty("aside", "-")));
        Files.deleteIfExists(dir.resolve(JOURNAL));
        forceDirectory(dir);
    }

    /** Working files no run is using (the lock is held): a half-built register, old swaps' files, temp files. */
    private static void removeLeftovers(DataLocation location) throws IOException {
        Path dir = location.directory();
        Files.deleteIfExists(freshFile(location));
        Files.deleteIfExists(dir.resolve(FRESH + ".trace.db"));
        Files.deleteIfExists(pendingKey(location));
        Files.deleteIfExists(dir.resolve(JOURNAL + ".tmp"));
        deleteMatching(dir, "sochibo-before-restore-*.mv.db");
        deleteMatching(dir, ".sochibo-*.tmp");
        Path backups = location.backupDirectory();
        if (Files.isDirectory(backups)) {
            deleteMatching(backups, ".sochibo-*.tmp");
            deleteMatching(backups, "*" + Backups.SUFFIX + ".tmp");
        }
    }

    private static void deleteMatching(Path folder, String glob) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
            for (Path p : files) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void step(String name) {
        stepHook.accept(name);
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Flushes a written file to the device. */
    static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes renames in {@code folder} durable where the system allows it (Linux); elsewhere a no-op. */
    static void forceDirectory(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
    }
}
