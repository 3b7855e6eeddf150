package vn.sochibo.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.branch.BranchKind;
import vn.sochibo.common.Messages;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.core.Services;
import vn.sochibo.member.MemberStatus;
import vn.sochibo.member.MemberSummary;
import vn.sochibo.member.Reminder;
import vn.sochibo.member.Reminders;
import vn.sochibo.member.stats.MemberStatistics;
import vn.sochibo.member.stats.StatisticsViewModel;
import vn.sochibo.ui.StatusBarModel;

class SampleBranchLoaderTest {

    private final Services services = Services.inMemory(TestClocks.FIXED);

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void sampleBranchLoadsWithVariedStatuses() {
        assertThat(services.samples().load(true)).isEqualTo(36);
        List<MemberSummary> all = services.members().list();
        Map<MemberStatus, Long> byStatus = all.stream().collect(Collectors.groupingBy(MemberSummary::status, Collectors.counting()));
        assertThat(byStatus).containsEntry(MemberStatus.OFFICIAL, 28L).containsEntry(MemberStatus.PROBATIONARY, 3L)
                .containsEntry(MemberStatus.TEMPORARILY_AWAY, 1L).containsEntry(MemberStatus.EXEMPT, 1L)
                .containsEntry(MemberStatus.TRANSFERRED_OUT, 1L).containsEntry(MemberStatus.DECEASED, 1L)
                .containsEntry(MemberStatus.REMOVED, 1L);
        assertThat(services.members().subBranches()).hasSize(3);
        assertThat(services.branch().profile()).get().extracting(p -> p.kind()).isEqualTo(BranchKind.DANG_BO_CO_SO);
        assertThat(all).allMatch(m -> Normalizer.isNormalized(m.fullName(), Normalizer.Form.NFC));
    }

    @Test
    void sampleIsOnlyLoadedIntoAnEmptyRegister() {
        services.samples().load(true);
        assertThatThrownBy(() -> services.samples().load(true)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("sample.error.notEmpty");
        assertThat(services.members().list()).hasSize(36);
    }

    @Test
    void statisticsAndHeadlineOfTheSample() {
        services.samples().load(true);
        MemberStatistics s = services.statistics().compute();
        assertThat(s.onRegister()).isEqualTo(33);
        assertThat(s.probationary()).isEqualTo(3);
        assertThat(s.subBranchCount()).isEqualTo(3);
        assertThat(s.byGender().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(33);
        assertThat(s.bySubBranch().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(33);
        Messages vi = Messages.forLanguage("vi");
        String headline = new StatisticsViewModel(services.statistics(), services.branch(), null, vi)
                .headline(s, services.branch().profile().orElseThrow());
        assertThat(headline).startsWith("Đảng bộ có 33 đảng viên (03 dự bị), 03 chi bộ trực thuộc; ")
                .endsWith("% trình độ đại học trở lên");
    }

    @Test
    void remindersFlagProbationEndingAndOverdue() {
        services.samples().load(true);
        List<Reminder> reminders = Reminders.compute(services.members().list(), services.members().allEvents(), TestClocks.TODAY);
        Map<String, Reminder> official = reminders.stream().filter(r -> r.kind() == Reminder.Kind.OFFICIAL_DUE)
                .collect(Collectors.toMap(Reminder::fullName, Function.identity()));
        assertThat(official).hasSize(2); // one overdue, one ending within 60 days
        assertThat(official.values()).anyMatch(r -> r.due().isBefore(TestClocks.TODAY))
                .anyMatch(r -> r.due().isAfter(TestClocks.TODAY));
        assertThat(reminders).anyMatch(r -> r.kind() == Reminder.Kind.BADGE_DUE);
        assertThat(new StatusBarModel().countsProperty().get()).isEmpty();
    }

    @Test
    void underTheClerksOwnChiBoProfileTheSampleMeetingsBookAbsencesAndOpenTasksAreUsable() {
        services.branch().save(new vn.sochibo.branch.BranchProfile("Chi bộ Phòng Hành chính",
                "Đảng bộ Sở Thông tin và Truyền thông", "Thanh Hóa", "2025–2030", BranchKind.CHI_BO));
        services.samples().load(false);

        List<String> issuers = services.meetings().issuers();
        assertThat(issuers).containsExactly("Chi bộ Phòng Hành chính");
        assertThat(services.meetings().list()).isNotEmpty().allSatisfy(m ->
                assertThat(services.meetings().find(m.id()).issuer()).isEqualTo("Chi bộ Phòng Hành chính"));
        java.time.LocalDate december = java.time.LocalDate.of(2026, 12, 4);
        assertThat(services.meetings().openAssignmentsBefore("Chi bộ Phòng Hành chính", december, 0)).isNotEmpty();
        assertThat(services.meetings().earlierUnexcused("Chi bộ Phòng Hành chính", december, 0).values())
                .contains(2);
    }
}
