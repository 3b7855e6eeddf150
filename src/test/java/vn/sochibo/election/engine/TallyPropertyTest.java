package vn.sochibo.election.engine;

import vn.sochibo.vote.VoteBase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property tests: random piles of ballots (fixed seed) checked against a naive recount and against the sums
 * of a count (src/site/rules.md, "Bầu cử tại đại hội chi bộ": the count and its record), plus the checker finding
 * every broken sum.
 */
class TallyPropertyTest {

    static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Dũng", "Đức", "Giang", "Hà", "Hải", "Khoa",
        "Lan", "Minh"};
    static final int RUNS = 3000;

    @Test
    @DisplayName("property: random ballots recount the same, and the sums hold, for odd and even N")
    void randomBallotPilesRecountTheSameAndKeepTheSums() {
        Random random = new Random(20_250_601L);
        int ties = 0;
        int alternateTies = 0;
        int unfilled = 0;
        int evenBases = 0;
        int invalidBallots = 0;
        List<String> failures = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Contest contest = randomContest(random);
            List<Ballot> ballots = randomBallots(random, contest);
            int issued = Math.min(contest.base().officialMembers(), ballots.size() + random.nextInt(3));

            TallyResult result = Tally.count(contest, issued, ballots);

            String where = "run " + run + ": " + contest.seats() + "+" + contest.alternates() + " seats, "
                    + contest.candidates().size() + " names, N=" + contest.base().n();
            Map<String, Integer> expected = naiveRecount(contest, ballots);
            int expectedValid = expected.remove("");
            if (result.valid() != expectedValid
                    || result.invalid() != ballots.size() - expectedValid
                    || result.valid() + result.invalid() != result.ballotsCollected()
                    || result.invalidReasons().stream().mapToInt(TallyResult.ReasonCount::count).sum()
                    != result.invalid()
                    || !result.problems().isEmpty()) {
                failures.add(where + ": ballot counts " + result);
            }
            long kept = 0;
            for (CandidateResult row : result.candidates()) {
                if (row.votes() != expected.get(row.name()) || row.votes() > result.valid()
                        || row.passed() != (2 * row.votes() > result.base())
                        || !row.percentOfBase().equals(hundredths(row.votes(), result.base()))
                        || !row.percentOfValid().equals(hundredths(row.votes(), result.valid()))) {
                    failures.add(where + ": " + row + " expected " + expected.get(row.name()) + " votes");
                }
                kept += row.votes();
            }
            if (kept > (long) result.valid() * contest.keepLimit()) {
                failures.add(where + ": kept " + kept);
            }
            checkSeats(result, where, failures);
            ties += result.tied().isEmpty() ? 0 : 1;
            alternateTies += result.tieForAlternates() ? 1 : 0;
            unfilled += result.seatsUnfilled() > 0 && result.tied().isEmpty() ? 1 : 0;
            evenBases += result.base() % 2 == 0 ? 1 : 0;
            invalidBallots += result.invalid();
        }
        assertThat(failures).isEmpty();
        assertThat(ties).as("runs with a tie at the cut-off").isGreaterThan(50);
        assertThat(alternateTies).as("runs with a tie for alternates").isGreaterThan(5);
        assertThat(unfilled).as("runs with seats unfilled for lack of votes").isGreaterThan(50);
        assertThat(evenBases).as("runs with an even N").isBetween(RUNS / 4, RUNS * 3 / 4);
        assertThat(invalidBallots).as("invalid ballots seen").isGreaterThan(1000);
    }

    @Test
    @DisplayName("property: the sum checker reports each broken sum and nothing when the sums hold")
    void sumCheckerFindsEachBrokenSum() {
        Random random = new Random(7L);
        for (int run = 0; run < RUNS; run++) {
            int keepLimit = 1 + random.nextInt(7);
            int valid = random.nextInt(60);
            int invalid = random.nextInt(5);
            int collected = valid + invalid;
            int issued = collected + random.nextInt(3);
            Map<String, Integer> votes = new LinkedHashMap<>();
            int budget = valid * keepLimit;
            for (int i = 0; i < keepLimit + 2 && budget > 0; i++) {
                int v = random.nextInt(Math.min(valid, budget) + 1);
                votes.put("Người " + i, v);
                budget -= v;
            }
            assertThat(new CountFigures(issued, collected, valid, invalid, keepLimit, votes).problems())
                    .as("consistent run %d", run).isEmpty();

            assertThat(new CountFigures(collected - 1, collected, valid, invalid, keepLimit, votes).problems())
                    .extracting(Vietnamese::problem).anyMatch(problem -> problem.startsWith("Số phiếu thu vào"));
            assertThat(new CountFigures(issued, collected, valid + 1, invalid, keepLimit, votes).problems())
                    .extracting(Vietnamese::problem).anyMatch(problem -> problem.startsWith("Số phiếu hợp lệ"));
            Map<String, Integer> tooMany = new LinkedHashMap<>(votes);
            tooMany.put("Người thừa", valid + 1);
            assertThat(new CountFigures(issued, collected, valid, invalid, keepLimit, tooMany).problems())
                    .extracting(Vietnamese::problem).anyMatch(problem -> problem.contains("nhiều hơn số phiếu hợp lệ"));
            Map<String, Integer> overKept = new LinkedHashMap<>();
            for (int i = 0; i <= keepLimit; i++) {
                overKept.put("Người " + i, valid);
            }
            assertThat(new CountFigures(issued, collected, valid, invalid, keepLimit, overKept).problems())
                    .extracting(Vietnamese::problem).as("run %d", run).matches(problems -> valid == 0
                            || problems.stream().anyMatch(problem -> problem.startsWith("Tổng số tên")));
        }
    }

    @Test
    @DisplayName("percentages are exact and round half-up to two decimals (1 of 32 is 3.13, not 3.12)")
    void percentagesRoundHalfUp() {
        assertThat(CandidateResult.percent(1, 32)).isEqualTo(new BigDecimal("3.13"));
        assertThat(CandidateResult.percent(3, 32)).isEqualTo(new BigDecimal("9.38"));
        assertThat(CandidateResult.percent(2, 3)).isEqualTo(new BigDecimal("66.67"));
        assertThat(CandidateResult.percent(30, 30)).isEqualTo(new BigDecimal("100.00"));
        assertThat(CandidateResult.percent(0, 0)).isEqualTo(new BigDecimal("0.00"));
        for (int whole = 1; whole <= 200; whole++) {
            for (int part = 0; part <= whole; part++) {
                assertThat(CandidateResult.percent(part, whole)).isEqualTo(hundredths(part, whole));
            }
        }
    }

    @Test
    @DisplayName("a tally reports ballots collected beyond those issued and a count that differs from the box")
    void tallyReportsCollectedBeyondIssuedAndAMismatchWithTheBox() {
        Contest contest = Contest.of(Office.SECRETARY, 1, 0, List.of(Candidate.named("Nguyễn Văn An")),
                new VoteBase(10, 0, 0, 0, 0));
        Tally tally = new Tally(contest);
        BallotSets.singleName("Nguyễn Văn An", 6, 3).forEach(tally::enter);

        TallyResult result = tally.result(8, OptionalInt.of(10));

        assertThat(Vietnamese.problems(result.problems())).containsExactly(
                "Số phiếu thu vào (9) nhiều hơn số phiếu phát ra (8).",
                "Đã nhập 9 phiếu nhưng Ban kiểm phiếu báo thu vào 10 phiếu.");
        assertThat(result.electedNames()).containsExactly("Nguyễn Văn An");
    }

    /** Adds a line to {@code failures} for every way the places were given out against the rules of who is elected. */
    static void checkSeats(TallyResult result, String where, List<String> failures) {
        Contest contest = result.contest();
        if (result.elected().size() + result.seatsUnfilled() != contest.seats()
                || result.alternates().size() + result.alternatesUnfilled() != contest.alternates()) {
            failures.add(where + ": places do not add up " + result);
        }
        Map<Candidate, Integer> votes = new LinkedHashMap<>();
        result.candidates().forEach(row -> votes.put(row.candidate(), row.votes()));
        List<Candidate> taken = new ArrayList<>(result.elected());
        taken.addAll(result.alternates());
        taken.addAll(result.tied());
        if (!taken.stream().allMatch(candidate -> 2 * votes.get(candidate) > result.base())) {
            failures.add(where + ": a place went below the threshold " + result);
        }
        for (int i = 1; i < result.elected().size(); i++) {
            if (votes.get(result.elected().get(i)) > votes.get(result.elected().get(i - 1))) {
                failures.add(where + ": elected not in vote order " + result);
            }
        }
        int lowestTaken = taken.stream().mapToInt(votes::get).min().orElse(Integer.MAX_VALUE);
        for (CandidateResult row : result.candidates()) {
            if (!taken.contains(row.candidate()) && row.passed() && row.votes() >= lowestTaken) {
                failures.add(where + ": passed but left out " + row);
            }
        }
        if (!result.tied().isEmpty()) {
            Set<Integer> tiedVotes = new HashSet<>();
            result.tied().forEach(candidate -> tiedVotes.add(votes.get(candidate)));
            int open = result.tieForAlternates() ? result.alternatesUnfilled() : result.seatsUnfilled();
            if (tiedVotes.size() != 1 || result.tied().size() <= open || open == 0) {
                failures.add(where + ": not a tie at the cut-off " + result);
            }
        }
    }

    static Contest randomContest(Random random) {
        boolean delegates = random.nextInt(4) == 0;
        int seats = 1 + random.nextInt(7);
        int alternates = delegates ? random.nextInt(3) : 0;
        int listSize = Math.min(GIVEN.length, seats + alternates + random.nextInt(4) + (random.nextBoolean() ? 1 : 0));
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < listSize; i++) {
            list.add(new Candidate("Nguyễn Văn " + GIVEN[i], random.nextInt(40)));
        }
        int official = 7 + random.nextInt(60);
        int elsewhere = random.nextInt(4);
        VoteBase base = new VoteBase(official, elsewhere, random.nextInt(2), random.nextInt(2), random.nextInt(2));
        return Contest.of(delegates ? Office.DELEGATES : Office.COMMITTEE, seats, alternates, list, base);
    }

    /**
     * A third of the piles are independent random ballots, a third repeat one to three random ballots, and a
     * third are dealt from random vote totals drawn from a small pool of values, so that equal votes and ties
     * at the cut-off are common. About one ballot in twelve is ruled invalid by the board.
     */
    static List<Ballot> randomBallots(Random random, Contest contest) {
        int count = random.nextInt(4) == 0 ? random.nextInt(contest.base().officialMembers() + 1)
                : Math.max(0, contest.base().n() - random.nextInt(4));
        double crossProbability = random.nextDouble();
        int mode = random.nextInt(3);
        List<Ballot> patterns = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); mode == 1 && i > 0; i--) {
            patterns.add(randomBallot(random, contest, crossProbability));
        }
        List<Ballot> dealt = mode == 2 ? dealtBallots(random, contest, count) : List.of();
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (random.nextInt(12) == 0) {
                ballots.add(Ballot.invalid(random.nextBoolean() ? "Không có dấu" : "Có dấu hiệu đánh dấu"));
            } else if (mode == 0) {
                ballots.add(randomBallot(random, contest, crossProbability));
            } else if (mode == 1) {
                ballots.add(patterns.get(random.nextInt(patterns.size())));
            } else {
                ballots.add(dealt.get(i));
            }
        }
        return ballots;
    }

    /** {@code count} valid ballots whose totals come from a pool of one to three values. */
    static List<Ballot> dealtBallots(Random random, Contest contest, int count) {
        List<Candidate> candidates = contest.candidates();
        int[] votes = new int[candidates.size()];
        int[] pool = new int[1 + random.nextInt(3)];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = count / 2 + random.nextInt(count / 2 + 1);
        }
        for (int i = 0; i < votes.length; i++) {
            votes[i] = pool[random.nextInt(pool.length)];
        }
        int anchor = random.nextInt(votes.length);
        votes[anchor] = count;
        while (Arrays.stream(votes).sum() > count * contest.keepLimit()) {
            int other = random.nextInt(votes.length);
            if (other != anchor && votes[other] > 0) {
                votes[other] = random.nextInt(votes[other]);
            }
        }
        List<Set<String>> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            kept.add(new HashSet<>());
        }
        int next = 0;
        for (int c = 0; c < votes.length && count > 0; c++) {
            for (int k = 0; k < votes[c]; k++) {
                kept.get(next).add(candidates.get(c).name());
                next = (next + 1) % count;
            }
        }
        List<Ballot> ballots = new ArrayList<>();
        kept.forEach(names -> ballots.add(ballotKeeping(random, contest, names)));
        return ballots;
    }

    /** Mostly a ballot that keeps 1 to keep-limit names; sometimes one with each name crossed at random. */
    static Ballot randomBallot(Random random, Contest contest, double crossProbability) {
        List<Candidate> candidates = contest.candidates();
        Set<String> keep = new HashSet<>();
        if (random.nextInt(4) == 0) {
            candidates.stream().filter(candidate -> random.nextDouble() >= crossProbability)
                    .forEach(candidate -> keep.add(candidate.name()));
        } else {
            int size = 1 + random.nextInt(Math.min(contest.keepLimit(), candidates.size()));
            while (keep.size() < size) {
                keep.add(candidates.get(random.nextInt(candidates.size())).name());
            }
        }
        return ballotKeeping(random, contest, keep);
    }

    static Ballot ballotKeeping(Random random, Contest contest, Set<String> keep) {
        List<String> crossed = new ArrayList<>();
        Map<String, Mark> marks = new LinkedHashMap<>();
        for (Candidate candidate : contest.candidates()) {
            boolean kept = keep.contains(candidate.name());
            if (!kept) {
                crossed.add(candidate.name());
            }
            marks.put(candidate.name(), kept ? Mark.AGREE : Mark.values()[1 + random.nextInt(3)]);
        }
        return contest.hasSurplus() ? new Ballot.CrossingOut(crossed) : new Ballot.AgreeDisagree(marks);
    }

    /** Counts without the engine; the key "" holds the number of valid ballots. */
    static Map<String, Integer> naiveRecount(Contest contest, List<Ballot> ballots) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        contest.candidates().forEach(candidate -> votes.put(candidate.name(), 0));
        int valid = 0;
        int listSize = contest.candidates().size();
        for (Ballot ballot : ballots) {
            List<String> keptNames = new ArrayList<>();
            if (ballot instanceof Ballot.CrossingOut crossing) {
                contest.candidates().stream().map(Candidate::name)
                        .filter(name -> !crossing.crossed().contains(name)).forEach(keptNames::add);
                if (keptNames.size() > contest.keepLimit() || (keptNames.isEmpty() && listSize > 1)) {
                    continue;
                }
            } else if (ballot instanceof Ballot.AgreeDisagree marks) {
                marks.marks().forEach((name, mark) -> {
                    if (mark == Mark.AGREE) {
                        keptNames.add(name);
                    }
                });
                Mark only = marks.marks().get(contest.candidates().get(0).name());
                if (keptNames.size() > contest.keepLimit()
                        || (listSize == 1 && (only == Mark.BOTH || only == Mark.NONE || only == null))) {
                    continue;
                }
            } else {
                continue;
            }
            valid++;
            keptNames.forEach(name -> votes.merge(name, 1, Integer::sum));
        }
        votes.put("", valid);
        return votes;
    }

    /** votes/whole as a percentage rounded half-up to hundredths, by integer arithmetic only. */
    static BigDecimal hundredths(int votes, int whole) {
        if (whole == 0) {
            return new BigDecimal("0.00");
        }
        long scaled = (20_000L * votes + whole) / (2L * whole);
        return BigDecimal.valueOf(scaled, 2);
    }
}
