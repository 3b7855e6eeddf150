package vn.sochibo.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save a file, as a port so tests answer without a real file chooser. Called on the FX thread. */
public interface SaveFiles {

    /**
     * @param title         the chooser's title
     * @param suggestedName the file name offered, e.g. "bien-ban-04.docx"
     * @param description   what the file type is called, e.g. "Word (.docx)"
     * @param extension     the extension without the dot, e.g. "docx"
     * @return the chosen path, or empty when the user cancelled
     */
    Optional<Path> chooseSaveTarget(String title, String suggestedName, String description, String extension);
}
