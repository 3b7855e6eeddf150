package vn.sochibo.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The file dialogs, as one port: the app shows the system's dialogs ({@link FxFileDialogs}), tests answer with
 * paths. Every method returns empty when the clerk cancelled. Called on the FX thread.
 */
public interface FileDialogs {

    /** An existing file of {@code kind} to open. */
    Optional<Path> open(String title, FileKind kind);

    /** Where to save a file of {@code kind}, offering {@code suggestedName} (with its extension). */
    Optional<Path> save(String title, FileKind kind, String suggestedName);

    /** A folder (a USB stick, another disk), e.g. to put a backup in. */
    Optional<Path> chooseFolder(String title);
}
