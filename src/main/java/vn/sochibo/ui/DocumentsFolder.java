package vn.sochibo.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The user's Documents folder, where save dialogs open (not the program's folder): on Windows and macOS
 * "Documents" in the home folder; on Linux the XDG documents folder of {@code ~/.config/user-dirs.dirs} (localised,
 * e.g. "Tài liệu"), else "Documents"; the home folder when none exists.
 */
public final class DocumentsFolder {

    private DocumentsFolder() {
    }

    /** The folder, or null when not even the home folder is known. */
    public static java.io.File find() {
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank()) {
            return null;
        }
        Path dir = xdg(Path.of(home));
        if (dir == null) {
            dir = Path.of(home, "Documents");
        }
        return (Files.isDirectory(dir) ? dir : Path.of(home)).toFile();
    }

    private static Path xdg(Path home) {
        Path config = home.resolve(".config").resolve("user-dirs.dirs");
        if (!Files.isReadable(config)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(config, StandardCharsets.UTF_8);
            for (String line : lines) {
                String l = line.strip();
                if (l.startsWith("XDG_DOCUMENTS_DIR=")) {
                    String value = l.substring("XDG_DOCUMENTS_DIR=".length()).replace("\"", "");
                    return Path.of(value.replace("$HOME", home.toString()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
