package vn.sochibo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.core.Services;
import vn.sochibo.election.CongressAttendee;
import vn.sochibo.election.CongressDraft;
import vn.sochibo.election.engine.Office;
import vn.sochibo.election.engine.TallyResult;

/** Entering 500 ballots twice through ElectionService on H2 and counting them, 9 candidates for 7 seats. */
@Tag("bench")
class ElectionEntryBenchmarkTest {

    @Test
    void fiveHundredBallotsEnteredTwiceAndCountedStayInstant() {
        try (Services services = Services.inMemory(TestClocks.FIXED)) {
            services.members().createAllWithHistory(MemberGenerator.members(700, 7));
            long congress = services.congresses().create(new CongressDraft("2025-2030", TestClocks.TODAY,
                    "Hội trường", 1, "Nguyễn Văn Kiểm", List.of("Trần Thị Phiếu")));
            int n = services.congresses().voteBase(congress).n();
            long office = services.officeLists().addOffice(congress, Office.COMMITTEE, 7, 0, n / 2 + 1, 0);
            List<CongressAttendee> candidates = services.congresses().roll(congress).stream()
                    .filter(CongressAttendee::mayStand).limit(9).toList();
            candidates.forEach(c -> services.officeLists().nominate(office, c.id()));
            long round = services.elections().openRound(office, 500, false);
            Random random = new Random(11);
            String[] ballots = new String[500];
            for (int i = 0; i < ballots.length; i++) {
                int first = 1 + random.nextInt(9);
                int second = 1 + (first + random.nextInt(8)) % 9;
                ballots[i] = first + " " + second;
            }

            long start = System.nanoTime();
            for (int i = 0; i < ballots.length; i++) {
                services.elections().enterBallot(round, 1, i + 1, ballots[i]);
            }
            long entry1 = System.nanoTime() - start;
            start = System.nanoTime();
            for (int i = 0; i < ballots.length; i++) {
                services.elections().enterBallot(round, 2, i + 1, ballots[i]);
            }
            long entry2 = System.nanoTime() - start;
            start = System.nanoTime();
            int differing = services.elections().disagreements(round).size();
            long compare = System.nanoTime() - start;
            start = System.nanoTime();
            TallyResult result = services.elections().count(round);
            long count = System.nanoTime() - start;

            assertThat(differing).isZero();
            assertThat(result.valid()).isEqualTo(500);
            assertThat(result.candidates().stream().mapToInt(c -> c.votes()).sum()).isEqualTo(500 * 7);
            System.out.printf("BENCH election entry 1: 500 ballots in %.0f ms (%.2f ms per ballot, one transaction each)%n",
                    entry1 / 1e6, entry1 / 1e6 / 500);
            System.out.printf("BENCH election entry 2: 500 ballots in %.0f ms (%.2f ms per ballot)%n",
                    entry2 / 1e6, entry2 / 1e6 / 500);
            System.out.printf("BENCH election disagreements over 1000 entries: %.1f ms%n", compare / 1e6);
            System.out.printf("BENCH election count and keep 500 ballots, 9 candidates: %.1f ms%n", count / 1e6);
        }
    }
}
