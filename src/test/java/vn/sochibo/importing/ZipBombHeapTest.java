package vn.sochibo.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, point 8: zip bombs whose central directory lies about the size of the shared strings (1 GB of
 * strings, or one 300 MB string, declared as 1,000 bytes) are refused by counting what really inflates, in a
 * JVM with a 64 MB heap: no OutOfMemoryError, a clear refusal. The files are made in 1 MB steps here.
 */
class ZipBombHeapTest {

    @TempDir
    Path dir;

    @Test
    void lyingZipBombsAreRefusedInASmallHeap() throws Exception {
        Path many = BadInputCorpusTest.lyingBomb(dir, "bom-khai-gian.xlsx", false);
        Path one = BadInputCorpusTest.lyingBomb(dir, "chuoi-khong-lo.xlsx", true);
        Path good = BadInputCorpusTest.members(dir, "tot.xlsx", BadInputCorpusTest.good(1), BadInputCorpusTest.good(2));
        Process child = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error", "-cp", System.getProperty("java.class.path"),
                SmallHeapImport.class.getName(), many.toString(), one.toString(), good.toString())
                .redirectErrorStream(true).start();
        child.getOutputStream().close();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(out).isZero();
        assertThat(out).doesNotContain("OutOfMemoryError")
                .containsSubsequence("REFUSED import.error.tooLarge", "REFUSED import.error.tooLarge", "READ 2")
                .contains("MAX HEAP ");
        long heap = Long.parseLong(out.substring(out.indexOf("MAX HEAP ") + 9).strip());
        assertThat(heap).isLessThan(100L << 20);
    }
}
