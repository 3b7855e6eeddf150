package vn.sochibo.election.engine;

import vn.sochibo.vote.VoteBase;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Worked example T7 (src/site/rules.md, "Bầu cử tại đại hội chi bộ"): the secretary gets at most three rounds.
 */
class SecretaryRoundsTest {

    static final VoteBase BASE = new VoteBase(38, 2, 1, 1, 1);
    static final String NAME = "Nguyễn Văn An";
    static final List<Candidate> LIST = List.of(Candidate.named(NAME));

    @Test
    @DisplayName("T7: 16, 15, 16 votes of N = 33 in three rounds: no fourth round, the upper committee appoints")
    void secretaryFailingThreeRoundsIsAppointedByTheUpperCommittee() {
        Election election = new Election(Office.SECRETARY, 1, 0, BASE);

        vote(election, 16);
        assertThat(election.next()).isEqualTo(Election.NextStep.DECIDE_VOTE_AGAIN_OR_STOP);
        election.voteAgain();
        vote(election, 15);
        assertThat(election.next()).isEqualTo(Election.NextStep.DECIDE_VOTE_AGAIN_OR_STOP);
        election.voteAgain();
        vote(election, 16);

        assertThat(election.next()).isEqualTo(Election.NextStep.UPPER_COMMITTEE_APPOINTS);
        assertThat(election.upperCommitteeAppoints()).isTrue();
        assertThat(election.elected()).isEmpty();
        assertThat(election.rounds()).extracting(Round::kind)
                .containsExactly(Round.Kind.FIRST, Round.Kind.FURTHER, Round.Kind.FURTHER);
        assertThat(election.rounds()).extracting(round -> round.result().candidates().get(0).votes())
                .containsExactly(16, 15, 16);
        assertThat(election.rounds()).extracting(Round::decision)
                .containsExactly(Round.Decision.VOTE_AGAIN, Round.Decision.VOTE_AGAIN, null);
        assertThatThrownBy(() -> election.nextContest(LIST)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(election::voteAgain).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("T7: a secretary who reaches 17 in the third round is elected")
    void secretaryElectedInTheThirdRoundCompletesTheElection() {
        Election election = new Election(Office.SECRETARY, 1, 0, BASE);
        vote(election, 16);
        election.voteAgain();
        vote(election, 15);
        election.voteAgain();
        vote(election, 17);

        assertThat(election.next()).isEqualTo(Election.NextStep.COMPLETE);
        assertThat(election.upperCommitteeAppoints()).isFalse();
        assertThat(election.elected()).extracting(Candidate::name).containsExactly(NAME);
    }

    @Test
    @DisplayName("a further round needs the congress's decision first, and a deputy has no round limit")
    void furtherRoundWaitsForTheDecisionAndTheDeputyHasNoRoundLimit() {
        Election deputy = new Election(Office.DEPUTY, 1, 0, BASE);
        deputy.record(Tally.count(deputy.nextContest(LIST), 32, BallotSets.singleName(NAME, 10, 22)));
        TallyResult undecided = Tally.count(Contest.of(Office.DEPUTY, 1, 0, LIST, BASE), 32,
                BallotSets.singleName(NAME, 20, 12));

        assertThatThrownBy(() -> deputy.record(undecided)).isInstanceOf(IllegalStateException.class);
        for (int round = 2; round <= 4; round++) {
            deputy.voteAgain();
            deputy.record(Tally.count(deputy.nextContest(LIST), 32, BallotSets.singleName(NAME, 10, 22)));
        }
        assertThat(deputy.rounds()).hasSize(4);
        assertThat(deputy.next()).isEqualTo(Election.NextStep.DECIDE_VOTE_AGAIN_OR_STOP);
        deputy.stop();
        assertThat(deputy.next()).isEqualTo(Election.NextStep.STOPPED);
    }

    static void vote(Election election, int agree) {
        Contest contest = election.nextContest(LIST);
        election.record(Tally.count(contest, 32, BallotSets.singleName(NAME, agree, 32 - agree)));
    }
}
