package vn.sochibo.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Asks which existing file to open, as a port so tests answer without a real file chooser. FX thread. */
public interface OpenFiles {

    /**
     * @param title       the chooser's title
     * @param description what the file type is called, e.g. "Word (.docx)"
     * @param extension   the extension without the dot, e.g. "docx"
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> chooseFile(String title, String description, String extension);
}
