package vn.sochibo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.core.Services;
import vn.sochibo.io.word.MinutesContent;
import vn.sochibo.io.word.MinutesDocumentWriter;

/**
 * Generating one meeting's minutes after warm-up (goal: under 300 ms). Run with
 * {@code ./mvnw -B -o -Pbench test -Dtest=MinutesBenchmarkTest}.
 */
@Tag("bench")
class MinutesBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void oneMeetingsMinutesTakeUnder300MillisecondsAfterWarmUp() throws IOException {
        try (Services services = Services.inMemory(TestClocks.FIXED)) {
            services.samples().load(true);
            long id = services.meetings().list().get(1).id();
            Path out = dir.resolve("bien-ban.docx");
            for (int i = 0; i < 20; i++) {
                services.minutes().writeMinutes(id, out);
            }
            int runs = 50;
            long[] total = new long[runs];
            long[] render = new long[runs];
            MinutesContent content = services.minutes().content(id);
            MinutesDocumentWriter writer = new MinutesDocumentWriter();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                services.minutes().writeMinutes(id, out);
                total[i] = System.nanoTime() - t0;
                long t1 = System.nanoTime();
                writer.write(content, null, new ByteArrayOutputStream());
                render[i] = System.nanoTime() - t1;
            }
            print("minutes.total (load meeting from H2 + compose + poi-tl render + write file)", total);
            print("minutes.render (poi-tl render to memory only)", render);
            System.out.println("BENCH minutes.size.bytes " + Files.size(out));
            Arrays.sort(total);
            assertThat(total[runs / 2] / 1_000_000.0).isLessThan(300.0);
        }
    }

    private static void print(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCH %s median=%.1f ms p90=%.1f ms max=%.1f ms (n=%d)%n", name, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.9)] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}
