package vn.sochibo.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * Where a branch's data lives: the per-user data folder, never the install folder.
 * Windows {@code %APPDATA%\SoChiBo}; elsewhere {@code $XDG_DATA_HOME/sochibo} or {@code ~/.local/share/sochibo};
 * overridden by {@code --data-dir} or {@code -Dsochibo.dataDir}.
 */
public final class DataLocation {

    public static final String PROPERTY = "sochibo.dataDir";
    private static final String DATABASE_NAME = "sochibo";

    private final Path directory;

    private DataLocation(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** A data location at the given folder. */
    public static DataLocation at(Path directory) {
        return new DataLocation(directory);
    }

    /** The folder chosen by the override, or else the per-user default for this operating system. */
    public static DataLocation resolve(Path override) {
        if (override != null) {
            return at(override);
        }
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return at(Paths.get(property));
        }
        return at(defaultDirectory(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home")));
    }

    static Path defaultDirectory(String osName, Map<String, String> env, String userHome) {
        if (osName.toLowerCase().startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null ? Paths.get(appData, "SoChiBo") : Paths.get(userHome, "AppData", "Roaming", "SoChiBo");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Paths.get(xdg, "sochibo");
        }
        return Paths.get(userHome, ".local", "share", "sochibo");
    }

    public Path directory() {
        return directory;
    }

    /** The H2 file path without the {@code .mv.db} suffix. */
    public Path databaseBase() {
        return directory.resolve(DATABASE_NAME);
    }

    public Path databaseFile() {
        return directory.resolve(DATABASE_NAME + ".mv.db");
    }

    /** The wrapped database key when the data is encrypted (see {@link KeyFile}). */
    public Path keyFile() {
        return directory.resolve(DATABASE_NAME + ".key");
    }

    public Path settingsFile() {
        return directory.resolve("settings.properties");
    }

    /** Where automatic backups go (the clerk can also back up to any folder or USB stick). */
    public Path backupDirectory() {
        return directory.resolve("backups");
    }

    public Path logDirectory() {
        return directory.resolve("logs");
    }

    /** Creates the folder if it does not exist yet; on POSIX it is made private to the user (0700). */
    public DataLocation ensureExists() {
        try {
            FileModes.createPrivateFolders(directory);
        } catch (java.io.IOException e) {
            throw new StorageException("storage.error.dataDir", e, directory.toString());
        }
        return this;
    }
}
