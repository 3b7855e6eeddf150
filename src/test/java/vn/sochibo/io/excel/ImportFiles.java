package vn.sochibo.io.excel;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The import test files in src/test/resources/import (made with LibreOffice Calc from source/*.fods). */
public final class ImportFiles {

    private ImportFiles() {
    }

    public static Path path(String name) {
        try {
            return Path.of(ImportFiles.class.getResource("/import/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
