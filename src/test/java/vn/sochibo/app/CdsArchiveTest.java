package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When an installed copy makes its own start-up archive: only without a usable one, only with the class list
 * shipped, only where it may write, and once per folder and JVM (a failing dump is not retried at every start).
 * The dump itself runs in the build on the real app-image (PackagedCliIT checks the archive maps).
 */
class CdsArchiveTest {

    @TempDir
    Path appDir;

    @Test
    void aCopyWithoutAUsableArchiveMakesItOnceForItsFolder() throws Exception {
        assertThat(CdsArchive.needed(appDir, false)).as("no class list shipped").isFalse();
        Files.writeString(appDir.resolve(CdsArchive.CLASS_LIST), "java/lang/Object\n");
        assertThat(CdsArchive.needed(appDir, true)).as("the archive maps already").isFalse();
        assertThat(CdsArchive.needed(appDir, false)).isTrue();
        assertThat(CdsArchive.needed(null, false)).as("not a packaged app").isFalse();

        Files.writeString(appDir.resolve(CdsArchive.ATTEMPT), CdsArchive.attemptKey(appDir), StandardCharsets.UTF_8);
        assertThat(CdsArchive.needed(appDir, false)).as("tried here already").isFalse();

        // the same files moved to another folder (a reinstall elsewhere): that folder gets its own attempt
        Files.writeString(appDir.resolve(CdsArchive.ATTEMPT), CdsArchive.attemptKey(appDir.resolve("elsewhere")),
                StandardCharsets.UTF_8);
        assertThat(CdsArchive.needed(appDir, false)).isTrue();
    }

    @Test
    void aFolderTheUserMayNotWriteIsLeftToTheInstaller() throws Exception {
        Files.writeString(appDir.resolve(CdsArchive.CLASS_LIST), "java/lang/Object\n");
        assertThat(appDir.toFile().setWritable(false, false)).isTrue();
        // an administrator (CI runs as root) writes anyway: the folder is then made immutable, which stops root too
        boolean immutable = Files.isWritable(appDir) && chattr("+i");
        try {
            // whoever runs the tests, the decision follows what they may really do in the folder
            boolean mayWrite = Files.isWritable(appDir);
            assertThat(CdsArchive.needed(appDir, false))
                    .as(mayWrite ? "a user who may write there builds it" : "left to the installer").isEqualTo(mayWrite);
            if (immutable) {
                assertThat(mayWrite).as("an immutable folder stops an administrator too").isFalse();
            }
        } finally {
            if (immutable) {
                chattr("-i");
            }
            appDir.toFile().setWritable(true, false);
        }
    }

    /** Sets or clears the folder's immutable flag; false where the tool or the right to use it is missing. */
    private boolean chattr(String flag) {
        try {
            Process p = new ProcessBuilder("chattr", flag, appDir.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void theDumpOptionsNameFilesRelativeToTheAppFolder() {
        // relative: no spaces or non-ASCII user names inside _JAVA_OPTIONS (it is split at spaces)
        assertThat(CdsArchive.dumpOptions("sochibo.jsa.tmp"))
                .containsExactly("-Xshare:dump", "-XX:SharedClassListFile=sochibo.classlist", "-XX:SharedArchiveFile=sochibo.jsa.tmp")
                .allSatisfy(option -> assertThat(option).doesNotContain(" ", "/", "\\"));
    }

    @Test
    void outsideAPackagedImageThereIsNoAppFolder() {
        // tests run from target/classes without the jpackage launcher
        assertThat(CdsArchive.appDirectory()).isNull();
    }
}
