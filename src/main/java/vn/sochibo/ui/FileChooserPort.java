package vn.sochibo.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Choosing files, as a port: the app shows the system dialog, tests answer with a path. Called on the FX thread. */
public interface FileChooserPort {

    /** A workbook to open (.xlsx, .xls); empty when the user cancelled. */
    Optional<Path> openWorkbook(String title);

    /** Where to save a workbook, suggesting {@code fileName}; empty when the user cancelled. */
    Optional<Path> saveWorkbook(String title, String fileName);
}
