package vn.sochibo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.sochibo.common.Messages;
import vn.sochibo.common.Problem;
import vn.sochibo.evaluation.service.EvaluationSettings;
import vn.sochibo.rulebook.service.DatedSettingService;

/** The grade rules with the shipped dated settings of 2025 (366-QĐ/TW): worked examples T-B1 … T-B4 and T12. */
class GradeRulesTest {

    private static final GradeSettings SETTINGS = EvaluationSettings.read(DatedSettingService.loadDefaults(), 2025);
    private static final TaskFigures ALL_MET = new TaskFigures(d("100"), d("100"), d("35"), true);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static GradeResult member(String common, String tasks, TaskFigures figures, Violations violations) {
        return GradeRules.grade(GradeRules.Input.member(Score.totals(d(common), d(tasks)), figures, violations), SETTINGS);
    }

    private static GradeResult total(String total, TaskFigures figures) {
        return GradeRules.grade(new GradeRules.Input(d(total), figures, Violations.NONE, false, 0), SETTINGS);
    }

    @Test
    @DisplayName("T-B1: 27 + 64 = 91 with 35% exceeding and shortcomings fixed is a top-grade candidate; 25% is HTT")
    void workedExampleB1() {
        GradeResult top = member("27", "64", ALL_MET, Violations.NONE);
        assertThat(top.grade()).isEqualTo(Grade.HTXS);
        assertThat(Score.totals(d("27"), d("64")).total()).isEqualByComparingTo("91");
        GradeResult fewer = member("27", "64", new TaskFigures(d("100"), d("100"), d("25"), true), Violations.NONE);
        assertThat(fewer.grade()).isEqualTo(Grade.HTT);
        Messages vi = Messages.forLanguage("vi");
        assertThat(EvaluationTexts.render(vi, fewer.explanation()))
                .contains("91").contains("25% < 30%").contains("Hoàn thành tốt nhiệm vụ");
    }

    @Test
    @DisplayName("T-B2 and T12: 89.5 is HTT, compared exactly, never rounded up to 90")
    void workedExampleB2() {
        GradeResult result = total("89.5", ALL_MET);
        assertThat(result.grade()).isEqualTo(Grade.HTT);
        assertThat(total("89.99", ALL_MET).grade()).isEqualTo(Grade.HTT);
        assertThat(EvaluationTexts.render(Messages.forLanguage("vi"), result.explanation())).contains("89,5");
    }

    @ParameterizedTest(name = "T-B3: {0} points → {1}")
    @CsvSource({"70, HTT", "69.99, HT", "50, HT", "49.5, KHT", "49.99, KHT", "0, KHT", "100, HTXS", "90, HTXS"})
    void workedExampleB3(String points, Grade grade) {
        assertThat(total(points, ALL_MET).grade()).isEqualTo(grade);
    }

    @Test
    @DisplayName("T-B4: 95 points with a reprimand in the year is flagged for review, and is not the top grade")
    void workedExampleB4() {
        Violations reprimand = new Violations(Discipline.REPRIMAND, LocalDate.of(2025, 6, 2), "QĐ 12-QĐ/ĐU", false, false);
        GradeResult result = member("28", "67", ALL_MET, reprimand);
        assertThat(result.grade()).isEqualTo(Grade.HTT);
        assertThat(result.flags()).extracting(Problem::messageKey).containsExactly("evaluation.flag.discipline");
        assertThat(result.flags()).allMatch(p -> !p.isError());
        assertThat(EvaluationTexts.render(Messages.forLanguage("vi"), result.flags().get(0))).contains("Khiển trách");
    }

    @Test
    @DisplayName("T12: 90 points with every condition met is a top-grade candidate")
    void ninetyWithEveryConditionIsTheTopGrade() {
        assertThat(total("90", ALL_MET).grade()).isEqualTo(Grade.HTXS);
        assertThat(total("90", ALL_MET).flags()).isEmpty();
    }

    @Test
    void eachMissingConditionOfTheTopGradeIsSaidAndGivesHtt() {
        for (TaskFigures missing : List.of(new TaskFigures(d("100"), d("99.99"), d("35"), true),
                new TaskFigures(d("100"), null, d("35"), true), new TaskFigures(d("100"), d("100"), null, true),
                new TaskFigures(d("100"), d("100"), d("35"), false), new TaskFigures(d("100"), d("100"), d("35"), null))) {
            GradeResult result = total("96", missing);
            assertThat(result.grade()).as(missing.toString()).isEqualTo(missing.onTimePercent() != null
                    && missing.onTimePercent().compareTo(d("100")) < 0 ? Grade.HT : Grade.HTT);
            assertThat(result.explanation()).extracting(Line::key).contains("evaluation.explain.excellent.notMet");
        }
        assertThat(total("96", new TaskFigures(null, null, d("30"), true)).flags())
                .extracting(Problem::messageKey).containsExactly("evaluation.flag.onTimeMissing");
    }

    @Test
    void httNeedsEveryTaskOnTimeAndTheKhtListIsOnlyFlagged() {
        assertThat(total("80", new TaskFigures(d("100"), d("90"), null, null)).grade()).isEqualTo(Grade.HT);
        GradeResult halfDone = total("75", new TaskFigures(d("40"), d("40"), null, null));
        assertThat(halfDone.grade()).isEqualTo(Grade.HT);
        assertThat(halfDone.flags()).extracting(Problem::messageKey).containsExactly("evaluation.flag.completedBelow");
        GradeResult degraded = member("25", "50", TaskFigures.NONE, new Violations(Discipline.NONE, null, null, true, true));
        assertThat(degraded.grade()).isEqualTo(Grade.HTT);
        assertThat(degraded.flags()).extracting(Problem::messageKey)
                .contains("evaluation.flag.degraded", "evaluation.flag.prohibitions");
    }

    @Test
    void aCollectiveWithADisciplinedMemberOrTooManyLateTasksFallsBack() {
        GradeSettings s = SETTINGS;
        GradeResult disciplined = GradeRules.grade(GradeRules.Input.collective(d("92"), ALL_MET, 1), s);
        assertThat(disciplined.grade()).isEqualTo(Grade.HTT);
        GradeResult clean = GradeRules.grade(GradeRules.Input.collective(d("92"), ALL_MET, 0), s);
        assertThat(clean.grade()).isEqualTo(Grade.HTXS);
        GradeResult late = GradeRules.grade(GradeRules.Input.collective(d("60"), new TaskFigures(d("100"), d("79.5"), null, null), 0), s);
        assertThat(late.grade()).isEqualTo(Grade.KHT);
        GradeResult justEnough = GradeRules.grade(GradeRules.Input.collective(d("60"), new TaskFigures(d("100"), d("80"), null, null), 0), s);
        assertThat(justEnough.grade()).isEqualTo(Grade.HT);
    }

    @Test
    void noPointsNoGrade() {
        assertThat(GradeRules.grade(GradeRules.Input.member(Score.totals(d("27"), null), ALL_MET, Violations.NONE), SETTINGS).grade())
                .isNull();
    }

    @Test
    void theCutOffsAreDatedSettingsNotConstants() {
        var book = DatedSettingService.loadDefaults();
        assertThat(EvaluationSettings.find(book, 2024)).isEmpty();
        GradeSettings s = EvaluationSettings.read(book, 2026);
        GradeSettings stricter = new GradeSettings(s.commonMax(), s.tasksMax(), d("95"), s.goodFrom(), s.doneFrom(),
                s.excellentOnTime(), s.excellentExceeding(), s.goodOnTime(), s.collectiveLateMax(),
                s.notDoneBelowCompleted(), s.capPercent());
        assertThat(GradeRules.grade(new GradeRules.Input(d("92"), ALL_MET, Violations.NONE, false, 0), stricter).grade())
                .isEqualTo(Grade.HTT);
    }
}
