package vn.sochibo.storage;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Small settings kept outside the database (language, text size), because they are needed before the
 * database is opened. Written to a temp file and moved into place, so a crash never leaves half a file.
 */
public final class Preferences {

    private final Path file;
    private final Properties values = new Properties();

    private Preferences(Path file) {
        this.file = file;
    }

    /** Loads the file if it exists; a missing or unreadable file means defaults. */
    public static Preferences load(Path file) {
        Preferences preferences = new Preferences(file);
        if (file != null && Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                preferences.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                preferences.values.clear();
            }
        }
        return preferences;
    }

    /** Preferences that live only in memory (tests). */
    public static Preferences inMemory() {
        return new Preferences(null);
    }

    public synchronized String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    /** Sets a value and writes the file. */
    public synchronized void put(String key, String value) {
        values.setProperty(key, value);
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            FileModes.createPrivateFile(temp); // 0600 on POSIX, like every file in the data folder
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                values.store(writer, "So Chi bo settings");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StorageException("storage.error.settings", e, file.toString());
        }
    }
}
