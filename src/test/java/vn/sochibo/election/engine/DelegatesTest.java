package vn.sochibo.election.engine;

import vn.sochibo.vote.VoteBase;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked example T8 (src/site/rules.md, "Bầu cử tại đại hội chi bộ"): delegates and alternates from one list, ties and the keep limit.
 */
class DelegatesTest {

    static final Candidate V = new Candidate("Lê Văn Vinh", 30);
    static final Candidate W = new Candidate("Phạm Thị Xuân", 25);
    static final Candidate X = new Candidate("Nguyễn Văn Long", 20);
    static final Candidate Y = new Candidate("Trần Thị Mai", 8);
    static final Candidate Z = new Candidate("Hoàng Văn Nam", 12);
    static final List<Candidate> LIST = List.of(V, W, X, Y, Z);
    static final VoteBase BASE = new VoteBase(38, 2, 1, 1, 1);

    static TallyResult count(Contest contest, int y, int z) {
        return Tally.count(contest, 32, BallotSets.crossingOut(contest.candidates(), 32,
                Map.of(V.name(), 30, W.name(), 25, X.name(), 21, Y.name(), y, Z.name(), z)));
    }

    @Test
    @DisplayName("T8: 3 official + 1 alternate, list of 5: V, W, X are delegates, Y the alternate, Z not elected")
    void officialsAreFilledFirstThenTheAlternateFromTheSameList() {
        Contest contest = Contest.of(Office.DELEGATES, 3, 1, LIST, BASE);
        assertThat(contest.keepLimit()).as("the default keep limit: officials + alternates").isEqualTo(4);

        TallyResult result = count(contest, 19, 12);

        assertThat(result.votesNeeded()).isEqualTo(17);
        assertThat(result.elected()).containsExactly(V, W, X);
        assertThat(result.alternates()).containsExactly(Y);
        assertThat(result.candidate(Z.name()).orElseThrow().outcome()).isEqualTo(CandidateResult.Outcome.NOT_ELECTED);
        assertThat(result.candidate(Y.name()).orElseThrow().outcome()).isEqualTo(CandidateResult.Outcome.ALTERNATE);
        assertThat(result.tied()).isEmpty();
        assertThat(result.isComplete()).isTrue();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    @DisplayName("T8: Y and Z with 19 each tie for the one alternate place; nobody is alternate yet")
    void tieForTheOnlyAlternatePlaceIsFlaggedAndLeadsToATieBreak() {
        Election election = new Election(Office.DELEGATES, 3, 1, BASE);
        TallyResult result = count(election.nextContest(LIST), 19, 19);
        election.record(result);

        assertThat(result.elected()).containsExactly(V, W, X);
        assertThat(result.alternates()).isEmpty();
        assertThat(result.tied()).containsExactly(Y, Z);
        assertThat(result.tieForAlternates()).isTrue();
        assertThat(result.alternatesUnfilled()).isEqualTo(1);
        assertThat(election.next()).isEqualTo(Election.NextStep.TIE_BREAK_ROUND);
        Contest tieBreak = election.nextContest(List.of(Z, Y));
        assertThat(tieBreak.seats()).isZero();
        assertThat(tieBreak.alternates()).isEqualTo(1);
        assertThat(tieBreak.keepLimit()).isEqualTo(1);
        election.record(Tally.count(tieBreak, 32,
                BallotSets.crossingOut(tieBreak.candidates(), 32, Map.of(Y.name(), 14, Z.name(), 18))));
        assertThat(election.alternates()).containsExactly(Z);
        assertThat(election.next()).isEqualTo(Election.NextStep.COMPLETE);
    }

    @Test
    @DisplayName("T8: alternates with equal votes are ordered by Party years, then ABC order")
    void alternatesWithEqualVotesAreOrderedByPartyYears() {
        Candidate sameYearsAsZ = new Candidate("Đỗ Văn Bảo", 12);
        Contest contest = Contest.of(Office.DELEGATES, 3, 3, List.of(V, W, X, Y, Z, sameYearsAsZ), BASE);

        TallyResult result = Tally.count(contest, 32, BallotSets.crossingOut(contest.candidates(), 32,
                Map.of(V.name(), 30, W.name(), 25, X.name(), 21, Y.name(), 19, Z.name(), 19,
                        sameYearsAsZ.name(), 19)));

        assertThat(result.alternates()).containsExactly(sameYearsAsZ, Z, Y);
        assertThat(result.candidates()).extracting(CandidateResult::name).containsExactly(V.name(), W.name(),
                X.name(), sameYearsAsZ.name(), Y.name(), Z.name());
    }

    @Test
    @DisplayName("a tie for the last official place holds the alternates until the tie-break")
    void tieForTheLastOfficialPlaceLeavesTheAlternatesOpen() {
        Contest contest = Contest.of(Office.DELEGATES, 3, 1, LIST, BASE);

        TallyResult result = Tally.count(contest, 32, BallotSets.crossingOut(contest.candidates(), 32,
                Map.of(V.name(), 30, W.name(), 25, X.name(), 21, Y.name(), 21, Z.name(), 19)));

        assertThat(result.elected()).containsExactly(V, W);
        assertThat(result.tied()).containsExactly(X, Y);
        assertThat(result.tieForAlternates()).isFalse();
        assertThat(result.seatsUnfilled()).isEqualTo(1);
        assertThat(result.alternates()).isEmpty();
        assertThat(result.alternatesUnfilled()).isEqualTo(1);
    }

    @Test
    @DisplayName("keep limit: with the limit set to officials only, a ballot keeping 4 names is invalid")
    void keepLimitIsASettingOfTheElection() {
        Election officialsOnly = new Election(Office.DELEGATES, 3, 1, BASE, KeepLimitRule.OFFICIALS_ONLY);
        Contest contest = officialsOnly.nextContest(LIST);

        BallotRuling ruling = new BallotRules(contest).rule(Ballot.crossing(Z.name()));

        assertThat(contest.keepLimit()).isEqualTo(3);
        assertThat(ruling.valid()).isFalse();
        assertThat(new BallotRules(Contest.of(Office.DELEGATES, 3, 1, LIST, BASE)).rule(Ballot.crossing(Z.name()))
                .valid()).isTrue();
    }
}
