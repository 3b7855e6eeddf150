package vn.sochibo.importing;

import java.nio.file.Path;

import vn.sochibo.TestClocks;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.core.Services;
import vn.sochibo.common.ProgressListener;

/**
 * Child process of {@link ZipBombHeapTest}: imports each file named on the command line into a new register
 * and prints "REFUSED key" or "READ n" per file; an OutOfMemoryError ends it with a non-zero exit code.
 */
public final class SmallHeapImport {

    private SmallHeapImport() {
    }

    public static void main(String[] args) {
        try (Services services = Services.inMemory(TestClocks.FIXED)) {
            for (String file : args) {
                try {
                    ImportResult result = services.imports().importFile(Path.of(file), null,
                            MemberImportService.Mode.DRY_RUN, ProgressListener.NONE);
                    System.out.println("READ " + result.rowsRead());
                } catch (UserFacingException e) {
                    System.out.println("REFUSED " + e.messageKey());
                }
            }
        }
        System.out.println("MAX HEAP " + Runtime.getRuntime().maxMemory());
    }
}
