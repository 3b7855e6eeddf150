package vn.sochibo.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the data folder private to the user who runs the program: on POSIX file systems the folder and every
 * folder in it is {@code rwx------} (0700) and every file {@code rw-------} (0600), whatever the process umask
 * gave the files that H2 (the database and its trace file), slf4j-simple (the log) or we ourselves created.
 *
 * <p>On Windows, and on any file system without a POSIX attribute view, every method here does nothing: the
 * default data folder lies in {@code %APPDATA%}, whose inherited ACL already grants access only to the user,
 * SYSTEM and the administrators, and rewriting ACLs ourselves could only lose entries the user set on purpose.
 *
 * <p>Failures to change a mode are ignored (a file on a stick formatted FAT, a file owned by another user that
 * the process may read but not chmod): tightening is a hardening step, never a reason to refuse to start.
 * Symbolic links are never followed, so a link in the folder cannot make us change a file elsewhere.
 */
public final class FileModes {

    /** rwx------ */
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    /** rw------- */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private FileModes() {
    }

    /** True when {@code path}'s file system has POSIX permissions (Linux, macOS; not Windows). */
    public static boolean posix(Path path) {
        FileSystem fs = path.getFileSystem();
        return fs.supportedFileAttributeViews().contains("posix");
    }

    /** Makes an existing folder 0700 (nothing on Windows); returns it. */
    public static Path privateFolder(Path folder) {
        set(folder, FOLDER);
        return folder;
    }

    /** Makes an existing file 0600 (nothing on Windows); returns it. */
    public static Path privateFile(Path file) {
        set(file, FILE);
        return file;
    }

    /**
     * Creates folders like {@link Files#createDirectories} and makes the last one 0700 (nothing more on Windows).
     *
     * @throws IOException when the folder cannot be created
     */
    public static Path createPrivateFolders(Path folder) throws IOException {
        Files.createDirectories(folder);
        return privateFolder(folder);
    }

    /**
     * Creates a new, empty file that only the user can read and write: on POSIX it is created with mode 0600
     * from the first instant (no window in which another user could open it); elsewhere a plain new file,
     * protected by the folder's ACL. Fails if the file exists, as {@link Files#createFile} does.
     *
     * @return {@code file}
     * @throws FileAlreadyExistsException when the file already exists
     * @throws IOException when it cannot be created
     */
    public static Path createPrivateFile(Path file) throws IOException {
        if (posix(file)) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        }
        return Files.createFile(file);
    }

    /**
     * Tightens the whole data folder: the folder itself, every folder below it 0700, every regular file 0600.
     * Cheap (a few dozen files); called when the folder is created or opened and after the files other
     * libraries create have appeared.
     */
    public static void tighten(DataLocation location) {
        tighten(location.directory());
    }

    /** As {@link #tighten(DataLocation)} for any folder. */
    public static void tighten(Path folder) {
        if (!Files.isDirectory(folder) || !posix(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder.toRealPath())) { // the folder itself may be a link; nothing below is followed
            all.forEach(p -> {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    set(p, FOLDER);
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    set(p, FILE);
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // a file vanished while we walked (a rotated log, a finished temp file): the rest stays as it was
        }
    }

    private static void set(Path path, Set<PosixFilePermission> mode) {
        if (!posix(path) || Files.isSymbolicLink(path)) {
            return;
        }
        try {
            if (!mode.equals(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS))) {
                Files.setPosixFilePermissions(path, mode);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // best effort, see the class comment
        }
    }
}
