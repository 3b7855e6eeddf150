package vn.sochibo.settings;

import java.nio.file.Path;
import java.util.Optional;

/** Asks for a folder to back up into and for a backup file to restore; a port so tests answer with paths. FX thread. */
public interface BackupFiles {
    Optional<Path> chooseFolder(String title);

    Optional<Path> chooseBackup(String title);
}
