package vn.sochibo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sochibo.common.Problem;
import vn.sochibo.evaluation.service.EvaluationSettings;
import vn.sochibo.rulebook.service.DatedSettingService;

/** What refuses or warns about a member's entry. */
class EntryRulesTest {

    private static final GradeSettings SETTINGS = EvaluationSettings.read(DatedSettingService.loadDefaults(), 2025);

    private static EntryDraft draft(Score score, Grade proposed, String reason, GradeVote vote) {
        return new EntryDraft(null, FormKind.FORM_2B, score, new TaskFigures(null, new BigDecimal("100"), null, true),
                Violations.NONE, null, null, proposed, reason, vote, null, null, null);
    }

    private static List<String> keys(EntryDraft d, Participation roll, Integer voters) {
        GradeResult computed = GradeRules.grade(GradeRules.Input.member(d.score(), d.tasks(), d.violations()), SETTINGS);
        return EntryRules.problems(d, roll, 2025, SETTINGS, computed, voters).stream().map(Problem::messageKey).toList();
    }

    private static Score score(String common, String tasks) {
        return Score.totals(new BigDecimal(common), new BigDecimal(tasks));
    }

    @Test
    void partsAboveTheirMaximumOrWithThreeDecimalsAreRefused() {
        assertThat(keys(draft(score("31", "60"), null, null, null), Participation.EVALUATED, null))
                .contains("evaluation.problem.range");
        assertThat(keys(draft(score("25.125", "60"), null, null, null), Participation.EVALUATED, null))
                .contains("evaluation.problem.decimals");
        assertThat(keys(draft(score("30", "70"), null, null, null), Participation.EVALUATED, null)).isEmpty();
    }

    @Test
    void aProposalOtherThanTheComputedGradeNeedsAReason() {
        assertThat(keys(draft(score("25", "60"), Grade.HT, null, null), Participation.EVALUATED, null))
                .contains("evaluation.problem.overrideReason");
        assertThat(keys(draft(score("25", "60"), Grade.HT, "Chi bộ biểu quyết hạ một mức", null), Participation.EVALUATED, null))
                .doesNotContain("evaluation.problem.overrideReason");
        assertThat(keys(draft(score("25", "60"), Grade.HTT, null, null), Participation.EVALUATED, null)).isEmpty();
    }

    @Test
    void exemptMembersGetNoGradeAndTheClerkMayLeaveSomeoneOutWithAReason() {
        assertThat(keys(draft(score("25", "60"), Grade.HTT, null, null), Participation.EXEMPT, null))
                .containsExactly("evaluation.problem.notEvaluated");
        assertThat(keys(EntryDraft.EMPTY, Participation.EXEMPT, null)).isEmpty();
        EntryDraft excluded = new EntryDraft("Chuyển đến ngày 20/12, đã đánh giá ở chi bộ cũ", null, Score.NONE,
                TaskFigures.NONE, Violations.NONE, null, null, null, null, null, null, null, null);
        assertThat(excluded.participation(Participation.EVALUATED)).isEqualTo(Participation.EXCLUDED);
        assertThat(excluded.participation(Participation.EXEMPT)).isEqualTo(Participation.EXEMPT);
    }

    @Test
    void aMemberAwayNeedsTheHostsCommentsAsAWarning() {
        List<String> away = keys(draft(score("25", "60"), null, null, null), Participation.AWAY, null);
        assertThat(away).containsExactly("evaluation.problem.hostComment");
    }

    @Test
    void votesNeedAProposalAndNoMoreHandsThanVoters() {
        assertThat(keys(draft(score("25", "60"), null, null, new GradeVote(5, 0, 0)), Participation.EVALUATED, 9))
                .contains("evaluation.problem.votes.noProposal");
        assertThat(keys(draft(score("25", "60"), Grade.HTT, null, new GradeVote(8, 1, 1)), Participation.EVALUATED, 9))
                .contains("evaluation.problem.votes.tooMany");
        assertThat(new GradeVote(5, 4, 0).passed(9)).isTrue();
        assertThat(new GradeVote(5, 5, 0).passed(10)).isFalse();
        assertThat(new GradeVote(0, 0, 0).passed(0)).isFalse();
    }

    @Test
    void disciplineMustBeDatedInTheYear() {
        Violations wrongYear = new Violations(Discipline.WARNING, LocalDate.of(2024, 12, 30), null, false, false);
        assertThat(wrongYear.problems(2025)).extracting(Problem::messageKey).containsExactly("evaluation.problem.discipline.year");
        assertThat(new Violations(Discipline.WARNING, null, null, false, false).problems(2025))
                .extracting(Problem::messageKey).containsExactly("evaluation.problem.discipline.date");
    }

    @Test
    void twoYearsRunningAreFlagged() {
        List<RepeatViolations.MemberYear> years = List.of(
                new RepeatViolations.MemberYear(1, "Bùi Minh Đạt", 2025, true),
                new RepeatViolations.MemberYear(1, "Bùi Minh Đạt", 2026, true),
                new RepeatViolations.MemberYear(2, "Đặng Thu Hà", 2024, true),
                new RepeatViolations.MemberYear(2, "Đặng Thu Hà", 2026, true),
                new RepeatViolations.MemberYear(3, "Hoàng Văn Ân", 2025, true),
                new RepeatViolations.MemberYear(3, "Hoàng Văn Ân", 2026, false));
        assertThat(RepeatViolations.flags(years, 2026)).extracting(RepeatViolations.Flag::fullName).containsExactly("Bùi Minh Đạt");
        assertThat(RepeatViolations.failed(Grade.KHT, Violations.NONE)).isTrue();
        assertThat(RepeatViolations.failed(Grade.HT, new Violations(Discipline.REPRIMAND, LocalDate.of(2025, 1, 2), null, false, false))).isTrue();
        assertThat(RepeatViolations.failed(Grade.HT, Violations.NONE)).isFalse();
    }
}
