package vn.sochibo.election.engine;

import vn.sochibo.common.Messages;
import vn.sochibo.common.ValidationException;
import vn.sochibo.vote.VoteRule;

import vn.sochibo.vote.VoteBase;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Worked example T3 (src/site/rules.md, "Bầu cử tại đại hội chi bộ") and properties of the "more than half of N" and "two thirds" rules
 * (src/site/rules.md, "Biểu quyết và bầu cử: số N và ngưỡng").
 */
class ThresholdTest {

    @ParameterizedTest(name = "N = {0} needs {1}")
    @CsvSource({"34, 18", "1, 1", "2, 2", "9, 5", "10, 6", "11, 6", "33, 17"})
    @DisplayName("T3: votes needed at the edge values of N")
    void votesNeededIsTheSmallestCountAboveHalfOfN(int base, int needed) {
        assertThat(VoteRule.MORE_THAN_HALF.votesNeeded(base)).isEqualTo(needed);
        assertThat(VoteRule.MORE_THAN_HALF.passes(needed, base)).isTrue();
        assertThat(VoteRule.MORE_THAN_HALF.passes(needed - 1, base)).isFalse();
    }

    @Test
    @DisplayName("T3: with N = 34 exactly half (17) fails")
    void exactlyHalfOfAnEvenBaseFails() {
        assertThat(VoteRule.MORE_THAN_HALF.passes(17, 34)).isFalse();
        assertThat(VoteRule.MORE_THAN_HALF.passes(18, 34)).isTrue();
    }

    @Test
    @DisplayName("T3, the official answer: 11 official members, one absent; 5 votes fail whether or not the reason was accepted")
    void fiveVotesFailWithElevenOfficialMembersWhetherOrNotTheAbsenceWasAccepted() {
        VoteBase accepted = new VoteBase(11, 0, 0, 0, 1);
        VoteBase notAccepted = new VoteBase(11, 0, 0, 0, 0);

        assertThat(accepted.n()).isEqualTo(10);
        assertThat(accepted.votesNeeded()).isEqualTo(6);
        assertThat(notAccepted.n()).isEqualTo(11);
        assertThat(notAccepted.votesNeeded()).isEqualTo(6);
        assertThat(accepted.isMajority(5)).isFalse();
        assertThat(notAccepted.isMajority(5)).isFalse();
        assertThat(accepted.isMajority(6)).isTrue();
    }

    @Test
    @DisplayName("T3, the official answer: a secretary with 5 of the 10 ballots present is not elected")
    void secretaryWithFiveOfTenBallotsIsNotElected() {
        Contest contest = Contest.of(Office.SECRETARY, 1, 0, List.of(Candidate.named("Nguyễn Văn An")),
                new VoteBase(11, 0, 0, 0, 1));

        TallyResult result = Tally.count(contest, 10, BallotSets.singleName("Nguyễn Văn An", 5, 5));

        assertThat(result.valid()).isEqualTo(10);
        assertThat(result.candidates().get(0).votes()).isEqualTo(5);
        assertThat(result.candidates().get(0).percentOfBase()).isEqualByComparingTo("50.00");
        assertThat(result.candidates().get(0).passed()).isFalse();
        assertThat(result.elected()).isEmpty();
        assertThat(result.seatsUnfilled()).isEqualTo(1);
    }

    @Test
    @DisplayName("property: for every N up to 5000, 2v > N exactly when v ≥ votesNeeded(N)")
    void majorityHoldsExactlyFromVotesNeededForOddAndEvenBases() {
        for (int base = 1; base <= 5000; base++) {
            int needed = VoteRule.MORE_THAN_HALF.votesNeeded(base);
            assertThat(2L * needed).as("N=%d", base).isGreaterThan(base);
            assertThat(2L * (needed - 1)).as("N=%d", base).isLessThanOrEqualTo(base);
            if (base % 2 == 0) {
                assertThat(VoteRule.MORE_THAN_HALF.passes(base / 2, base)).as("half of even N=%d fails", base).isFalse();
            } else {
                assertThat(VoteRule.MORE_THAN_HALF.passes((base + 1) / 2, base)).as("odd N=%d", base).isTrue();
            }
            for (int votes = Math.max(0, needed - 3); votes <= needed + 3; votes++) {
                assertThat(VoteRule.MORE_THAN_HALF.passes(votes, base)).as("N=%d v=%d", base, votes)
                        .isEqualTo(votes >= needed);
            }
        }
    }

    @Test
    @DisplayName("property: for every N up to 5000, 3v ≥ 2N exactly when v ≥ ⌈2N/3⌉")
    void twoThirdsHoldsExactlyFromTheRoundedUpTwoThirds() {
        for (int base = 1; base <= 5000; base++) {
            int needed = VoteRule.TWO_THIRDS.votesNeeded(base);
            assertThat(needed).isEqualTo((int) Math.ceil(2.0 * base / 3));
            for (int votes = Math.max(0, needed - 3); votes <= needed + 3; votes++) {
                assertThat(VoteRule.TWO_THIRDS.passes(votes, base)).as("N=%d v=%d", base, votes)
                        .isEqualTo(votes >= needed);
            }
        }
    }

    @Test
    @DisplayName("thresholds reject negative figures")
    void negativeFiguresAreRejected() {
        assertThatThrownBy(() -> VoteRule.MORE_THAN_HALF.votesNeeded(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VoteRule.MORE_THAN_HALF.passes(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VoteBase(3, 2, 2, 0, 0)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(Messages.forLanguage("vi").describe(e))
                        .contains("lớn hơn số đảng viên chính thức"));
        assertThatThrownBy(() -> new VoteBase(3, -1, 0, 0, 0)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(Messages.forLanguage("en").describe(e)).contains("negative"));
    }
}
