package vn.sochibo.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import vn.sochibo.storage.DataLocation;
import vn.sochibo.storage.FileModes;

/**
 * The app's log file: {@code logs/sochibo.log} in the data folder, one per start of the window or the command
 * line that logged anything; the previous ones are kept as sochibo.log.1 … .3 (and a log over 1 MB is moved
 * there too). Must run before the first logger is created. The folder and the log files are the user's alone on
 * POSIX (0700/0600, see {@link FileModes}).
 */
public final class LogFiles {

    static final long MAX_BYTES = 1_000_000;
    static final int KEEP = 3;

    private LogFiles() {
    }

    /** True once a log file has been chosen for this process (the Launcher does it first, with the data folder). */
    public static boolean configured() {
        return System.getProperty("org.slf4j.simpleLogger.logFile") != null;
    }

    /** The log file this process writes to, or null when it logs to the console (tests) or nowhere. */
    public static Path file() {
        String chosen = System.getProperty("org.slf4j.simpleLogger.logFile");
        if (chosen == null || chosen.equals("System.err") || chosen.equals("System.out")) {
            return null;
        }
        return Path.of(chosen);
    }

    /** Points slf4j-simple at the log file (unless a log file was chosen explicitly) and rotates old logs. */
    public static Path configure(DataLocation location) {
        Path dir = location.logDirectory();
        Path log = dir.resolve("sochibo.log");
        try {
            FileModes.createPrivateFolders(dir);
            rotate(log);
            keepPreviousSession(log);
            // slf4j-simple appends to the file with the process umask; made here first, it stays 0600
            if (!Files.exists(log)) {
                FileModes.createPrivateFile(log);
            }
            FileModes.tighten(dir);
        } catch (IOException e) {
            return null; // no log file is better than no app: stderr still gets the messages
        }
        if (System.getProperty("org.slf4j.simpleLogger.logFile") == null) {
            System.setProperty("org.slf4j.simpleLogger.logFile", log.toString());
            System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
            System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss");
        }
        return log;
    }

    /**
     * slf4j-simple truncates its log file when the first logger is made, so a start would wipe what the previous
     * one logged (the trace a command line's "chi tiết trong tệp nhật ký" points to, or the window's last
     * session). A non-empty log is therefore moved to {@code sochibo.log.1} first, shifting the older ones.
     */
    static void keepPreviousSession(Path log) throws IOException {
        if (Files.exists(log) && Files.size(log) > 0) {
            shift(log);
        }
    }

    static void rotate(Path log) throws IOException {
        if (!Files.exists(log) || Files.size(log) < MAX_BYTES) {
            return;
        }
        shift(log);
    }

    private static void shift(Path log) throws IOException {
        Files.deleteIfExists(log.resolveSibling(log.getFileName() + "." + KEEP));
        for (int i = KEEP - 1; i >= 1; i--) {
            Path older = log.resolveSibling(log.getFileName() + "." + i);
            if (Files.exists(older)) {
                Files.move(older, log.resolveSibling(log.getFileName() + "." + (i + 1)), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
    }
}
