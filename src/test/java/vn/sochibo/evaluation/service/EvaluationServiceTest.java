package vn.sochibo.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.audit.AuditEntry;
import vn.sochibo.audit.AuditFilter;
import vn.sochibo.common.Messages;
import vn.sochibo.common.Problem;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.common.ValidationException;
import vn.sochibo.core.Services;
import vn.sochibo.evaluation.ChecklistItem;
import vn.sochibo.evaluation.Discipline;
import vn.sochibo.evaluation.EntryDraft;
import vn.sochibo.evaluation.EvaluationTexts;
import vn.sochibo.evaluation.FormKind;
import vn.sochibo.evaluation.Grade;
import vn.sochibo.evaluation.GradeVote;
import vn.sochibo.evaluation.Participation;
import vn.sochibo.evaluation.Score;
import vn.sochibo.evaluation.ScoreMode;
import vn.sochibo.evaluation.TaskFigures;
import vn.sochibo.evaluation.Violations;
import vn.sochibo.evaluation.YearHeader;
import vn.sochibo.evaluation.YearRecord;
import vn.sochibo.meeting.MeetingSummary;
import vn.sochibo.member.EventDraft;
import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.MemberEventType;

/** The evaluation year on real H2 with the real migrations and the sample branch (its 2025 and 2026 evaluations). */
class EvaluationServiceTest {

    private static final String OFFICE = "Chi bộ Văn phòng";
    private static final String IT = "Chi bộ Trung tâm Công nghệ thông tin";
    private static final Messages VI = Messages.forLanguage("vi");

    private Services services;
    private EvaluationService evaluations;

    @BeforeEach
    void open() {
        services = Services.inMemory(TestClocks.FIXED);
        services.samples().load(true);
        evaluations = services.evaluations();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private long yearOf(String issuer, int year) {
        return evaluations.years(issuer).stream().filter(y -> y.year() == year).findFirst().map(YearRecord::id).orElseThrow();
    }

    private EntryState entry(long yearId, String name) {
        return evaluations.detail(yearId).entries().stream().filter(e -> e.entry().fullName().equals(name)).findFirst()
                .orElseThrow();
    }

    private static EntryDraft graded(String common, String tasks, TaskFigures figures, Grade proposed, String reason) {
        return new EntryDraft(null, FormKind.FORM_2B, Score.totals(d(common), d(tasks)), figures, Violations.NONE, null,
                null, proposed, reason, null, null, null, null);
    }

    private static final TaskFigures ALL_MET = new TaskFigures(d("100"), d("100"), d("35"), true);

    @Test
    @DisplayName("the sample has a finished 2025 (1 HTXS, 8 HTT, 1 HT, the exempt member not evaluated) and 2026 in progress")
    void sampleHasAFinishedYearAndOneInProgress() {
        assertThat(evaluations.years(OFFICE)).extracting(YearRecord::year).containsExactly(2026, 2025);
        YearDetail done = evaluations.detail(yearOf(OFFICE, 2025));
        assertThat(done.entries()).hasSize(11);
        assertThat(entry(done.year().id(), "Nguyễn Văn Thắng").entry().participation()).isEqualTo(Participation.EXEMPT);
        assertThat(done.tally().evaluated()).isEqualTo(10);
        assertThat(done.tally().count(Grade.HTXS)).isEqualTo(1);
        assertThat(done.tally().count(Grade.HTT)).isEqualTo(8);
        assertThat(done.tally().count(Grade.HT)).isEqualTo(1);
        assertThat(done.warnings()).isEmpty();
        assertThat(done.cap().exceeded()).isFalse();
        assertThat(done.entries()).filteredOn(e -> e.entry().participation().evaluated())
                .allMatch(e -> Boolean.TRUE.equals(e.votePassed()))
                .allMatch(e -> e.computed().grade() == e.entry().draft().proposed());
        assertThat(EvaluationTexts.sentence(VI, done.tally().sentence()))
                .contains("100% hoàn thành nhiệm vụ trở lên, 90% hoàn thành tốt nhiệm vụ trở lên");
        assertThat(done.branchComputed().grade()).isEqualTo(Grade.HTXS);
        assertThat(ChecklistItem.outcome(done.checklist())).isEqualTo(ChecklistItem.Outcome.ACHIEVED);
        EntryState byGroups = entry(done.year().id(), "Đặng Thu Hà");
        assertThat(byGroups.entry().draft().score().mode()).isEqualTo(ScoreMode.GROUPS);
        assertThat(byGroups.entry().draft().score().total()).isEqualByComparingTo("83.5");

        YearDetail current = evaluations.detail(yearOf(OFFICE, 2026));
        assertThat(current.year().header().rollDate()).isEqualTo(TestClocks.TODAY);
        assertThat(current.tally().ungraded()).isEqualTo(current.tally().evaluated());
        assertThat(current.entries()).filteredOn(e -> e.computed().grade() == Grade.HTXS).hasSize(2);
    }

    @Test
    void openingAYearReadsTheRollOfTheChiBoFromTheRegister() {
        long id = evaluations.open(IT, 2026);
        assertThat(evaluations.open(IT, 2026)).isEqualTo(id);
        YearDetail detail = evaluations.detail(id);
        assertThat(detail.entries()).extracting(e -> e.entry().fullName())
                .contains("Nguyễn Ngọc Mai").doesNotContain("Vũ Đình Khánh", "Lê Đình Hùng");
        assertThat(entry(id, "Trần Văn Nam").entry().roll()).isEqualTo(Participation.AWAY);
        assertThat(detail.checklist()).hasSize(4).allMatch(i -> i.achieved() == null);
        assertThatThrownBy(() -> evaluations.open(IT, 2027)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(VI.describe(e)).contains("2027").contains("2026"));
        assertThatThrownBy(() -> evaluations.open("Chi bộ không có", 2026)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(VI.describe(e)).startsWith("Chi bộ: “Chi bộ không có” không phải chi bộ"));
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndChangesNothing() {
        long id = evaluations.open(IT, 2026);
        long entryId = entry(id, "Nguyễn Đức Long").entry().id();
        assertThatThrownBy(() -> evaluations.saveEntry(entryId, graded("31", "64", ALL_MET, null, null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(VI.describe(e)).isEqualTo("Điểm tiêu chí chung: “31” phải từ 0 đến 30."));
        assertThatThrownBy(() -> evaluations.saveEntry(entryId, graded("27.125", "64", ALL_MET, null, null)))
                .satisfies(e -> assertThat(EvaluationTexts.render(VI, ((ValidationException) e).problems().get(0)))
                        .contains("27,125").contains("không làm tròn"));
        assertThat(entry(id, "Nguyễn Đức Long").entry().draft().score().empty()).isTrue();

        assertThatThrownBy(() -> evaluations.saveEntry(entryId, graded("27", "64", ALL_MET, Grade.HT, null)))
                .satisfies(e -> assertThat(VI.describe(e)).contains("hãy ghi lý do"));
        evaluations.saveEntry(entryId, graded("27", "64", ALL_MET, Grade.HTT, "Chi bộ đề nghị hạ một mức"));
        EntryState saved = entry(id, "Nguyễn Đức Long");
        assertThat(saved.computed().grade()).isEqualTo(Grade.HTXS);
        assertThat(saved.entry().draft().proposed()).isEqualTo(Grade.HTT);
        assertThat(saved.entry().draft().score().total()).isEqualByComparingTo("91");
    }

    @Test
    @DisplayName("T-B4 through the service: a reprimand in the year is flagged for review, never the top grade")
    void disciplineInTheYearIsFlagged() {
        long id = evaluations.open(IT, 2026);
        long entryId = entry(id, "Hà Văn Khiêm").entry().id();
        EntryDraft reprimanded = new EntryDraft(null, FormKind.FORM_2B, Score.totals(d("28"), d("67")), ALL_MET,
                new Violations(Discipline.REPRIMAND, LocalDate.of(2026, 5, 4), "15-QĐ/ĐU", false, false), null, null,
                Grade.HTT, null, null, null, null, null);
        evaluations.saveEntry(entryId, reprimanded);
        EntryState view = entry(id, "Hà Văn Khiêm");
        assertThat(view.computed().grade()).isEqualTo(Grade.HTT);
        assertThat(view.problems()).extracting(Problem::messageKey).contains("evaluation.flag.discipline");
        assertThat(evaluations.detail(id).branchComputed().explanation()).isNotEmpty();
    }

    @Test
    void aMemberAwayIsEvaluatedAtHomeAndExemptMembersCannotBeGraded() {
        long id = evaluations.open(IT, 2026);
        long away = entry(id, "Trần Văn Nam").entry().id();
        evaluations.saveEntry(away, graded("26", "58", ALL_MET, Grade.HTT, null));
        assertThat(entry(id, "Trần Văn Nam").problems()).extracting(Problem::messageKey).contains("evaluation.problem.hostComment");

        long exempt = entry(yearOf(OFFICE, 2025), "Nguyễn Văn Thắng").entry().id();
        assertThatThrownBy(() -> evaluations.saveEntry(exempt, graded("26", "58", ALL_MET, Grade.HTT, null)))
                .satisfies(e -> assertThat(VI.describe(e)).contains("miễn công tác và sinh hoạt đảng"));
        long left = entry(id, "Lê Thị Hòa").entry().id();
        evaluations.saveEntry(left, new EntryDraft("Nghỉ chế độ thai sản cả năm, chi bộ thống nhất không đánh giá", null,
                Score.NONE, TaskFigures.NONE, Violations.NONE, null, null, null, null, null, null, null, null));
        assertThat(entry(id, "Lê Thị Hòa").entry().participation()).isEqualTo(Participation.EXCLUDED);
        assertThat(evaluations.detail(id).tally().notEvaluated()).containsEntry(Participation.EXCLUDED, 1);
    }

    @Test
    void votesAreCountedAgainstNOfTheReviewMeeting() {
        long id = yearOf(OFFICE, 2026);
        MeetingSummary november = evaluations.reviewMeetings(OFFICE, 2026).get(0);
        assertThat(november.date()).isEqualTo(LocalDate.of(2026, 11, 5));
        YearHeader h = evaluations.detail(id).year().header();
        evaluations.saveHeader(id, new YearHeader(h.rollDate(), november.id(), null, 99, null, null));
        YearDetail detail = evaluations.detail(id);
        assertThat(detail.year().header().reviewDate()).isEqualTo(november.date());
        assertThat(detail.year().header().voteBase()).isNull();
        assertThat(detail.voteBase()).isEqualTo(services.meetings().find(november.id()).figures().voteBase());

        long entryId = entry(id, "Nguyễn Thị Hồng Thúy").entry().id();
        EntryDraft base = entry(id, "Nguyễn Thị Hồng Thúy").entry().draft();
        int n = detail.voteBase();
        EntryDraft tooMany = withVote(base, Grade.HTT, new GradeVote(n, 1, detail.voters()));
        assertThatThrownBy(() -> evaluations.saveEntry(entryId, tooMany))
                .satisfies(e -> assertThat(VI.describe(e)).contains("lớn hơn số đảng viên được biểu quyết"));
        evaluations.saveEntry(entryId, withVote(base, Grade.HTT, new GradeVote(n / 2, 0, 0)));
        assertThat(entry(id, "Nguyễn Thị Hồng Thúy").votePassed()).isFalse();
        assertThat(evaluations.detail(id).warnings()).extracting(Problem::messageKey).contains("evaluation.warning.voteFailed");

        long other = evaluations.open(IT, 2026);
        YearHeader ih = evaluations.detail(other).year().header();
        assertThatThrownBy(() -> evaluations.saveHeader(other, new YearHeader(ih.rollDate(), november.id(), null, null, null, null)))
                .satisfies(e -> assertThat(VI.describe(e)).contains("không phải của chi bộ đang đánh giá"));
    }

    private static EntryDraft withVote(EntryDraft d, Grade proposed, GradeVote vote) {
        return new EntryDraft(d.excludedReason(), d.formKind(), d.score(), d.tasks(), d.violations(), d.hostComment(),
                d.branchComment(), proposed, d.overrideReason(), vote, d.decided(), d.decidedDate(), d.decidedRef());
    }

    @Test
    void aCapOverrunIsWarnedUntilTheReasonIsRecorded() {
        long id = yearOf(OFFICE, 2026);
        for (String name : List.of("Lê Đình Hùng", "Trần Quốc Bảo")) {
            EntryDraft d = entry(id, name).entry().draft();
            evaluations.saveEntry(entry(id, name).entry().id(), withVote(d, Grade.HTXS, null));
        }
        EntryDraft thuy = entry(id, "Nguyễn Thị Hồng Thúy").entry().draft();
        evaluations.saveEntry(entry(id, "Nguyễn Thị Hồng Thúy").entry().id(), withVote(thuy, Grade.HTT, null));
        YearDetail detail = evaluations.detail(id);
        assertThat(detail.cap().exceeded()).isTrue();
        assertThat(detail.warnings()).extracting(Problem::messageKey).contains("evaluation.warning.cap");
        assertThat(EvaluationTexts.render(VI, detail.warnings().get(0))).contains("tối đa 0").contains("chưa được xác nhận");
        YearHeader h = detail.year().header();
        evaluations.saveHeader(id, new YearHeader(h.rollDate(), null, null, null, null, "Đảng ủy đồng ý giữ nguyên"));
        assertThat(evaluations.detail(id).warnings()).extracting(Problem::messageKey)
                .contains("evaluation.warning.capKept").doesNotContain("evaluation.warning.cap");
    }

    @Test
    void failingTwoYearsRunningIsFlagged() {
        long y2025 = yearOf(OFFICE, 2025);
        EntryDraft d25 = entry(y2025, "Bùi Minh Đạt").entry().draft();
        evaluations.saveEntry(entry(y2025, "Bùi Minh Đạt").entry().id(), new EntryDraft(null, d25.formKind(), d25.score(),
                d25.tasks(), d25.violations(), null, d25.branchComment(), d25.proposed(), null, d25.vote(), Grade.KHT,
                d25.decidedDate(), d25.decidedRef()));
        long y2026 = yearOf(OFFICE, 2026);
        EntryDraft d26 = entry(y2026, "Bùi Minh Đạt").entry().draft();
        evaluations.saveEntry(entry(y2026, "Bùi Minh Đạt").entry().id(), new EntryDraft(null, d26.formKind(), d26.score(),
                d26.tasks(), d26.violations(), null, null, Grade.KHT, "Vắng sinh hoạt không lý do 3 lần", null, null, null, null));
        YearDetail detail = evaluations.detail(y2026);
        assertThat(detail.repeat()).extracting(f -> f.fullName()).containsExactly("Bùi Minh Đạt");
        assertThat(EvaluationTexts.render(VI, detail.warnings().stream()
                .filter(p -> p.messageKey().equals("evaluation.warning.twoYears")).findFirst().orElseThrow()))
                .contains("2025 và 2026").contains("xóa tên");
    }

    @Test
    void theRollIsReadAgainAfterTheRegisterChanged() {
        long id = evaluations.open(IT, 2026);
        long khiem = services.members().list().stream().filter(m -> m.fullName().equals("Hà Văn Khiêm")).findFirst().orElseThrow().id();
        services.members().recordEvent(khiem, new EventDraft(MemberEventType.EXEMPTED, LocalDate.of(2026, 11, 1), null, "20-QĐ/ĐU", null));
        services.members().create(new MemberDraft("Phan Thị Thu", null, Gender.NU, null, 1995, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, LocalDate.of(2026, 6, 1), null, IT, null, null));
        EvaluationService.RollChange change = evaluations.refreshRoll(id);
        assertThat(change.added()).containsExactly("Phan Thị Thu");
        assertThat(entry(id, "Hà Văn Khiêm").entry().roll()).isEqualTo(Participation.EXEMPT);
        assertThat(entry(id, "Phan Thị Thu")).isNotNull();
    }

    @Test
    void aMemberOnAnEvaluationRollIsNeverDeleted() {
        evaluations.open(IT, 2026);
        long mai = services.members().list().stream().filter(m -> m.fullName().equals("Nguyễn Ngọc Mai")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> services.corrections().deleteMember(mai, "Nhập nhầm"))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(VI.describe(e)).contains("danh sách đánh giá, xếp loại của 1 năm"));
    }

    @Test
    void aYearOpenedByMistakeIsDeletedWithItsReasonInTheChangeLog() {
        long id = evaluations.open(IT, 2026);
        assertThatThrownBy(() -> evaluations.deleteYear(id, "  ")).isInstanceOf(ValidationException.class);
        evaluations.deleteYear(id, "Mở nhầm chi bộ");
        assertThat(evaluations.years(IT)).isEmpty();
        List<AuditEntry> log = services.audit().page(AuditFilter.ALL, null, 50).entries();
        assertThat(log).anyMatch(e -> e.table().equals("evaluation_year") && "audit.op.evaluation.delete".equals(e.operation())
                && e.operationDetail().contains("Mở nhầm chi bộ"));
    }

    @Test
    void everySaveIsInTheChangeLogUnderTheMembersName() {
        long id = evaluations.open(IT, 2026);
        long entryId = entry(id, "Ngô Thị Huyền").entry().id();
        evaluations.saveEntry(entryId, graded("26", "58", ALL_MET, Grade.HTT, null));
        List<AuditEntry> log = services.audit().page(AuditFilter.ALL, null, 20).entries();
        assertThat(log.get(0).table()).isEqualTo("evaluation_entry");
        assertThat(log.get(0).summary()).contains("Ngô Thị Huyền");
        assertThat(log.get(0).operation()).isEqualTo("audit.op.evaluation.entry");
    }

    @Test
    void aYearBeforeTheHundredPointScoreIsGradedByHand() {
        long id = evaluations.open(OFFICE, 2024);
        YearDetail detail = evaluations.detail(id);
        assertThat(detail.settings()).isNull();
        assertThat(detail.warnings()).extracting(Problem::messageKey).containsExactly("evaluation.explain.noRules");
        long entryId = detail.entries().get(0).entry().id();
        evaluations.saveEntry(entryId, new EntryDraft(null, null, Score.NONE, TaskFigures.NONE, Violations.NONE, null, null,
                Grade.HTT, null, null, Grade.HTT, LocalDate.of(2025, 1, 10), null));
        assertThat(evaluations.detail(id).tally().count(Grade.HTT)).isEqualTo(1);
    }
}
