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
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(appDir), "running as a user who may write anywhere");
            assertThat(CdsArchive.needed(appDir, false)).isFalse();
        } finally {
            appDir.toFile().setWritable(true, false);
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
