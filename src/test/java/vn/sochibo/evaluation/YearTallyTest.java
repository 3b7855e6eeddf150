package vn.sochibo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.sochibo.common.Messages;

/** Counting a year, its shares and the report's sentence; T12's exempt member is not evaluated. */
class YearTallyTest {

    private static final Messages VI = Messages.forLanguage("vi");

    private static List<YearTally.Counted> members(int excellent, int good, int done, int notDone) {
        List<YearTally.Counted> all = new ArrayList<>();
        for (int i = 0; i < excellent; i++) {
            all.add(new YearTally.Counted(Participation.EVALUATED, Grade.HTXS));
        }
        for (int i = 0; i < good; i++) {
            all.add(new YearTally.Counted(Participation.EVALUATED, Grade.HTT));
        }
        for (int i = 0; i < done; i++) {
            all.add(new YearTally.Counted(Participation.AWAY, Grade.HT));
        }
        for (int i = 0; i < notDone; i++) {
            all.add(new YearTally.Counted(Participation.EVALUATED, Grade.KHT));
        }
        return all;
    }

    @Test
    @DisplayName("T12: an exempt member is not evaluated and not in the shares")
    void exemptMembersAreNotEvaluated() {
        List<YearTally.Counted> all = members(1, 8, 1, 0);
        all.add(new YearTally.Counted(Participation.EXEMPT, null));
        YearTally tally = YearTally.of(all);
        assertThat(tally.onRoll()).isEqualTo(11);
        assertThat(tally.evaluated()).isEqualTo(10);
        String sentence = EvaluationTexts.sentence(VI, tally.sentence());
        assertThat(sentence).startsWith("Tổng số đảng viên được đánh giá, xếp loại: 10 đồng chí. Không đánh giá: 01 đồng chí (miễn công tác và sinh hoạt đảng).")
                .contains("hoàn thành xuất sắc nhiệm vụ 01 đồng chí (10%); hoàn thành tốt nhiệm vụ 08 đồng chí (80%)")
                .contains("không hoàn thành nhiệm vụ 0 đồng chí (0%)")
                .contains("100% hoàn thành nhiệm vụ trở lên")
                .contains("90% hoàn thành tốt nhiệm vụ trở lên");
    }

    @Test
    void everyoneGoodOrAboveSaysOneHundredPercentAndOneShortNeverDoes() {
        String all = EvaluationTexts.sentence(VI, YearTally.of(members(2, 18, 0, 0)).sentence());
        assertThat(all).contains("100% hoàn thành tốt nhiệm vụ trở lên");
        String oneShort = EvaluationTexts.sentence(VI, YearTally.of(members(2, 197, 1, 0)).sentence());
        assertThat(oneShort).contains("99,5% hoàn thành tốt nhiệm vụ trở lên").doesNotContain("100% hoàn thành tốt");
    }

    @Test
    void aYearNotFinishedSaysHowManyAreUngraded() {
        List<YearTally.Counted> all = members(0, 3, 0, 0);
        all.add(new YearTally.Counted(Participation.EVALUATED, null));
        String sentence = EvaluationTexts.sentence(VI, YearTally.of(all).sentence());
        assertThat(sentence).contains("chưa xếp loại: 01 đồng chí").doesNotContain("trở lên");
    }

    @Test
    void sharesAreHonestAtTheEnds() {
        assertThat(Percent.of(199, 200)).isEqualByComparingTo("99.5");
        assertThat(Percent.of(1999, 2000)).isEqualByComparingTo("99.9");
        assertThat(Percent.of(1, 3000)).isEqualByComparingTo("0.1");
        assertThat(Percent.of(1, 3)).isEqualByComparingTo("33.3");
        assertThat(Percent.of(30, 30)).isEqualByComparingTo("100");
        assertThat(Percent.of(0, 30)).isEqualByComparingTo("0");
        assertThat(Percent.of(0, 0)).isNull();
    }
}
