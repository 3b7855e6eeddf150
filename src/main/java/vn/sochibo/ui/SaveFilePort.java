package vn.sochibo.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user where to save a file. A port: the app shows a file chooser, tests answer with a path. */
@FunctionalInterface
public interface SaveFilePort {

    /**
     * Asks where to save.
     *
     * @param title         the dialog title
     * @param suggestedName the file name offered, with its extension
     * @return the chosen file, or empty if the user cancelled
     */
    Optional<Path> ask(String title, String suggestedName);
}
