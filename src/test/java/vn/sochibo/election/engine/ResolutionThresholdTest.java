package vn.sochibo.election.engine;

import vn.sochibo.vote.VoteRule;

import vn.sochibo.vote.VoteBase;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked example T9 (src/site/rules.md, "Bầu cử tại đại hội chi bộ"): branch resolutions use the same N (Quy định
 * 294-QĐ/TW §9.3.2) with the thresholds of src/site/rules.md, "Biểu quyết và bầu cử: số N và ngưỡng". The meeting
 * feature owns resolutions; this checks the arithmetic of the roll they share.
 */
class ResolutionThresholdTest {

    static CongressRoll t9Roll(int officialPresent) {
        List<Attendee> roll = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            roll.add(Attendee.official("Chính thức " + i, i < officialPresent));
        }
        roll.add(new Attendee("Miễn sinh hoạt", Attendee.Standing.OFFICIAL, Attendee.Situation.EXEMPT, false,
                false));
        roll.add(new Attendee("Sinh hoạt tạm thời nơi khác", Attendee.Standing.OFFICIAL,
                Attendee.Situation.TEMPORARILY_ELSEWHERE, false, false));
        roll.add(new Attendee("Dự bị 1", Attendee.Standing.PROBATIONARY, Attendee.Situation.ACTIVE, true, false));
        roll.add(new Attendee("Dự bị 2", Attendee.Standing.PROBATIONARY, Attendee.Situation.ACTIVE, true, false));
        return CongressRoll.of(roll);
    }

    @Test
    @DisplayName("T9: 20 official members, one exempt and absent, one on temporary activity elsewhere: N = 18")
    void baseOfT9IsEighteen() {
        VoteBase base = t9Roll(18).voteBase();

        assertThat(base.officialMembers()).isEqualTo(20);
        assertThat(base.n()).isEqualTo(18);
    }

    @Test
    @DisplayName("T9: an ordinary resolution needs 10 in favour (⌊18/2⌋ + 1)")
    void ordinaryResolutionNeedsTen() {
        assertThat(VoteRule.MORE_THAN_HALF.votesNeeded(18)).isEqualTo(10);
        assertThat(VoteRule.MORE_THAN_HALF.passes(9, 18)).isFalse();
        assertThat(VoteRule.MORE_THAN_HALF.passes(10, 18)).isTrue();
    }

    @Test
    @DisplayName("T9: full membership needs 12 (⌈2 × 18 / 3⌉); 11 for, 2 against, 1 other of 14 present fails")
    void fullMembershipNeedsTwelveAndElevenOfFourteenPresentIsNotEnough() {
        int present = t9Roll(14).ballotHolders().size();

        assertThat(present).isEqualTo(14);
        assertThat(VoteRule.TWO_THIRDS.votesNeeded(18)).isEqualTo(12);
        assertThat(VoteRule.TWO_THIRDS.passes(11, 18)).isFalse();
        assertThat(VoteRule.TWO_THIRDS.passes(12, 18)).isTrue();
    }

    @Test
    @DisplayName("T9: the 2 probationary members attend but do not vote")
    void probationaryMembersAttendButDoNotVote() {
        CongressRoll roll = t9Roll(18);

        assertThat(roll.ballotHolders()).hasSize(18)
                .noneMatch(holder -> holder.standing() == Attendee.Standing.PROBATIONARY);
        assertThat(BodyToElect.forBranch(roll.officialMembers()).committee()).isTrue();
    }
}
