package vn.sochibo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.core.Services;
import vn.sochibo.member.MemberService;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.storage.DatabaseKey;

/**
 * Only the figure of issue 12 that encryption decides: opening the 100,000-member register and reading the member
 * list, plain and encrypted in turns (so that a busy machine weighs on both alike), several times each.
 */
@Tag("bench")
class EncryptedOpenBenchmarkTest {

    private static final int MEMBERS = 100_000;
    private static final int TURNS = 7;

    @TempDir
    Path dir;

    @Test
    void openPlainAndEncryptedInTurns() {
        List<MemberService.NewMember> generated = MemberGenerator.members(MEMBERS, 42);
        DataLocation plain = DataLocation.at(dir.resolve("plain"));
        DataLocation secret = DataLocation.at(dir.resolve("secret"));
        DatabaseKey key = DatabaseKey.generate();
        for (DataLocation location : List.of(plain, secret)) {
            try (Services s = Services.open(location, location == secret ? key : null, TestClocks.FIXED)) {
                s.members().createAllWithHistory(generated);
            }
        }
        List<Long> plainTimes = new ArrayList<>();
        List<Long> secretTimes = new ArrayList<>();
        for (int turn = 0; turn < TURNS; turn++) {
            plainTimes.add(openAndRead(plain, null));
            secretTimes.add(openAndRead(secret, key));
        }
        long p = median(plainTimes.subList(1, TURNS)); // the first turn warms up
        long e = median(secretTimes.subList(1, TURNS));
        System.out.printf("BENCH open %,d-member register + read the list, %d turns (h2.maxMemoryRows %s): plain %s ms,"
                + " encrypted %s ms; medians after the first: plain %d ms, encrypted %d ms, ratio %.2f%n", MEMBERS, TURNS,
                System.getProperty("h2.maxMemoryRows", "default"), plainTimes, secretTimes, p, e, (double) e / p);
    }

    private static long openAndRead(DataLocation location, DatabaseKey key) {
        long t = System.nanoTime();
        try (Services s = Services.open(location, key, TestClocks.FIXED)) {
            assertThat(s.members().list()).hasSize(MEMBERS);
            return (System.nanoTime() - t) / 1_000_000;
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
