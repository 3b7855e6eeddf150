package vn.sochibo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.sochibo.evaluation.service.EvaluationSettings;
import vn.sochibo.rulebook.service.DatedSettingService;

/** The cap on the top grade, with the shipped 20%: T-B5 and T12. */
class TopGradeCapTest {

    private static final BigDecimal CAP = EvaluationSettings.read(DatedSettingService.loadDefaults(), 2025).capPercent();

    @Test
    @DisplayName("T12: 10 members graded HTT → at most 2 HTXS")
    void tenGoodAllowTwo() {
        assertThat(CAP).isEqualByComparingTo("20");
        assertThat(TopGradeCap.maxGivenGood(10, CAP)).isEqualTo(2);
        assertThat(TopGradeCap.check(2, 10, CAP).exceeded()).isFalse();
        assertThat(TopGradeCap.check(3, 10, CAP).exceeded()).isTrue();
    }

    @Test
    @DisplayName("T-B5: 21 members at HTT or above → at most ⌊21/6⌋ = 3 HTXS (3 ≤ 20% of 18, 4 > 20% of 17)")
    void twentyOneAtGoodOrAboveAllowThree() {
        assertThat(TopGradeCap.maxGivenGoodOrAbove(21, CAP)).isEqualTo(3);
        assertThat(TopGradeCap.check(3, 18, CAP).exceeded()).isFalse();
        assertThat(TopGradeCap.check(4, 17, CAP).exceeded()).isTrue();
        for (int total = 0; total <= 300; total++) {
            int max = TopGradeCap.maxGivenGoodOrAbove(total, CAP);
            assertThat(TopGradeCap.check(max, total - max, CAP).exceeded()).isFalse();
            if (max < total) {
                assertThat(TopGradeCap.check(max + 1, total - max - 1, CAP).exceeded()).isTrue();
            }
        }
    }

    @Test
    void exactArithmeticAtTheEdge() {
        assertThat(TopGradeCap.maxGivenGood(4, CAP)).isZero();
        assertThat(TopGradeCap.maxGivenGood(5, CAP)).isEqualTo(1);
        assertThat(TopGradeCap.maxGivenGood(0, CAP)).isZero();
        assertThat(TopGradeCap.maxGivenGood(7, new BigDecimal("15"))).isEqualTo(1);
    }
}
