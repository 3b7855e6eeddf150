package vn.sochibo.storage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files only their owner may read: 0600 files and 0700 folders where the file system has POSIX modes. On Windows
 * the data folder lies in the user's profile, whose ACL already keeps other users out.
 */
public final class FileModes {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private FileModes() {
    }

    /** Creates a new empty file that only the owner can read and write. */
    public static Path createPrivateFile(Path file) throws IOException {
        if (POSIX && file.getFileSystem() == FileSystems.getDefault()) {
            try {
                return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                // a USB stick's FAT file system: no modes to set
            }
        }
        return Files.createFile(file);
    }
}
