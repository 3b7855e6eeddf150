package vn.sochibo.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {

    @TempDir
    Path dir;

    @Test
    void bigLogsAreRotatedAndOnlyThreeOldOnesKept() throws Exception {
        Path log = dir.resolve("sochibo.log");
        for (int round = 1; round <= 5; round++) {
            Files.write(log, new byte[(int) LogFiles.MAX_BYTES + round]);
            LogFiles.rotate(log);
        }
        assertThat(log).doesNotExist();
        assertThat(dir.resolve("sochibo.log.1")).hasSize(LogFiles.MAX_BYTES + 5);
        assertThat(dir.resolve("sochibo.log.3")).hasSize(LogFiles.MAX_BYTES + 3);
        assertThat(dir.resolve("sochibo.log.4")).doesNotExist();
    }

    @Test
    void smallLogsStay() throws Exception {
        Path log = dir.resolve("sochibo.log");
        Files.writeString(log, "a few lines");
        LogFiles.rotate(log);
        assertThat(log).hasContent("a few lines");
    }

    @Test
    void thePreviousSessionsLogIsKeptBecauseTheLoggerTruncatesItsFile() throws Exception {
        Path log = dir.resolve("sochibo.log");
        Files.writeString(log, "the window's session");
        LogFiles.keepPreviousSession(log);
        assertThat(log).doesNotExist();
        assertThat(dir.resolve("sochibo.log.1")).hasContent("the window's session");

        Files.writeString(log, "");
        LogFiles.keepPreviousSession(log);
        assertThat(log).as("an empty log pushes nothing out").exists();
        assertThat(dir.resolve("sochibo.log.1")).hasContent("the window's session");
    }
}
