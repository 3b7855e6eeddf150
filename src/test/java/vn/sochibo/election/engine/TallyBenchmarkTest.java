package vn.sochibo.election.engine;

import vn.sochibo.vote.VoteBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Timing of entering and tallying ballots ("500 ballots for 9 candidates stays instant"). Not part
 * of the normal build; run with {@code ./mvnw -B -Pbench test -Dtest=TallyBenchmarkTest}. Prints medians of
 * several runs after warm-up.
 */
@Tag("bench")
class TallyBenchmarkTest {

    static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
        "Hoàng Văn Đức", "Võ Thị Giang", "Đặng Văn Hải", "Bùi Thị Lan", "Đỗ Văn Minh"};

    @Test
    void enteringAndTallyingFiveHundredAndOneHundredThousandBallots() {
        report(500, 30, 21);
        report(100_000, 3, 9);
    }

    static void report(int ballotCount, int warmUps, int runs) {
        Contest contest = contest(ballotCount);
        List<Ballot> ballots = ballots(contest, ballotCount, new Random(42));

        double enterAndTally = medianMillis(warmUps, runs, () -> Tally.count(contest, ballotCount, ballots));
        double withEntryAndResultEachBallot = ballotCount > 1000 ? Double.NaN : medianMillis(warmUps, runs, () -> {
            Tally tally = new Tally(contest);
            TallyResult last = null;
            for (Ballot ballot : ballots) {
                tally.enter(ballot);
                last = tally.result(ballotCount);
            }
            return last;
        });
        double buildAndTally = medianMillis(warmUps, runs,
                () -> Tally.count(contest, ballotCount, ballots(contest, ballotCount, new Random(42))));

        TallyResult result = Tally.count(contest, ballotCount, ballots);
        assertThat(result.ballotsCollected()).isEqualTo(ballotCount);
        assertThat(result.problems()).isEmpty();
        System.out.printf(Locale.ROOT, "%,d ballots x %d candidates (median of %d runs after %d warm-ups):%n"
                + "  enter + tally: %.3f ms%n  create ballot objects + enter + tally: %.3f ms%n", ballotCount,
                NAMES.length, runs, warmUps, enterAndTally, buildAndTally);
        if (!Double.isNaN(withEntryAndResultEachBallot)) {
            System.out.printf(Locale.ROOT, "  enter with the full result recomputed after every ballot: %.3f ms%n",
                    withEntryAndResultEachBallot);
        }
    }

    static Contest contest(int ballotCount) {
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            list.add(new Candidate(NAMES[i], 10 + i));
        }
        return Contest.of(Office.COMMITTEE, 7, 0, list, new VoteBase(ballotCount + 20, 5, 5, 0, 5));
    }

    /** Ballots crossing 2 to 4 names, one in fifty ruled invalid by the board. */
    static List<Ballot> ballots(Contest contest, int count, Random random) {
        List<Ballot> ballots = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (random.nextInt(50) == 0) {
                ballots.add(Ballot.invalid("Không có dấu của Ban kiểm phiếu"));
                continue;
            }
            List<String> crossed = new ArrayList<>();
            int toCross = 2 + random.nextInt(3);
            while (crossed.size() < toCross) {
                String name = contest.candidates().get(random.nextInt(contest.candidates().size())).name();
                if (!crossed.contains(name)) {
                    crossed.add(name);
                }
            }
            ballots.add(new Ballot.CrossingOut(crossed));
        }
        return ballots;
    }

    static double medianMillis(int warmUps, int runs, Supplier<TallyResult> work) {
        for (int i = 0; i < warmUps; i++) {
            work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            TallyResult result = work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
            assertThat(result).isNotNull();
        }
        Arrays.sort(millis);
        return millis[runs / 2];
    }
}
