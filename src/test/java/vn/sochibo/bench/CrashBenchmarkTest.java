package vn.sochibo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.core.CrashHarness;

/**
 * Benchmark, not a test: ./mvnw -B -o -Pbench test -Dtest=CrashBenchmarkTest [-Dcrash.runs=300] [-Dcrash.seed=…].
 * The crash test of issue 6 (see {@code CrashSafetyTest}) for a few hundred kills on one growing register.
 */
@Tag("bench")
class CrashBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void hundredsOfKills() throws Exception {
        long seed = vn.sochibo.core.CrashHarness.seed();
        CrashHarness harness = new CrashHarness(dir, seed);
        harness.setUp();
        CrashHarness.Figures figures = harness.run(Integer.getInteger("crash.runs", 300), 1500);
        System.out.println("BENCH crash " + figures.line());
        figures.problems().stream().limit(20).forEach(p -> System.out.println("BENCH crash problem: " + p));
        assertThat(figures.problems()).as("seed %d", seed).isEmpty();
    }
}
