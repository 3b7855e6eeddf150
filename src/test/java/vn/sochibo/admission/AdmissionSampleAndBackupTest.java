package vn.sochibo.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.core.Services;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.DataLocation;

/**
 * The sample branch's candidates at their stages (what the clerk sees at first start), and every admission table
 * through a backup and a restore, row for row.
 */
class AdmissionSampleAndBackupTest {

    @TempDir
    Path dir;

    private static final List<String> TABLES = List.of("admission_candidate", "admission_step", "admission_introducer",
            "admission_verification", "admission_vote", "admission_acceptance");

    @Test
    @DisplayName("the sample branch shows candidates at several stages, one verification late and one probation late")
    void sampleCandidates() {
        try (Services services = Services.inMemory(TestClocks.FIXED)) {
            services.samples().load(true);
            List<CandidateSummary> rows = services.admissions().list();
            assertThat(rows).extracting(CandidateSummary::stage).containsExactlyInAnyOrder(CandidateStage.SOURCE, CandidateStage.DOSSIER,
                    CandidateStage.PROPOSED, CandidateStage.DECIDED, CandidateStage.DROPPED, CandidateStage.PROBATION, CandidateStage.PROBATION, CandidateStage.PROBATION);
            assertThat(rows).extracting(CandidateSummary::fullName).startsWith("Hoàng Đức Anh").contains("Lê Quang Huy");
            CandidateSummary tuan = rows.stream().filter(r -> r.fullName().equals("Trần Minh Tuấn")).findFirst().orElseThrow();
            assertThat(tuan.late()).isEqualTo(1);
            CandidateSummary huy = rows.stream().filter(r -> r.fullName().equals("Lê Quang Huy")).findFirst().orElseThrow();
            assertThat(services.admissions().file(huy.id()).checklist().line(CheckItem.FULL_VOTE).orElseThrow().state())
                    .isEqualTo(CheckItem.State.LATE);
            CandidateSummary hau = rows.stream().filter(r -> r.fullName().equals("Lê Văn Hậu")).findFirst().orElseThrow();
            assertThat(services.admissions().file(hau.id()).checklist().line(CheckItem.CLASS_CERTIFICATE).orElseThrow().state())
                    .isEqualTo(CheckItem.State.ACCEPTED);
            assertThat(services.members().list()).as("the sample adds no member").hasSize(36);
            assertThat(services.admissionReminders().reminders(TestClocks.TODAY)).isNotEmpty();
            // the sample is stored as whole files: its admission votes must hold by the rules, as if entered by hand
            AdmissionRules rules = services.admissions().rules();
            java.util.Set<Long> official = new java.util.HashSet<>();
            services.members().list().stream().filter(m -> m.status() == vn.sochibo.member.MemberStatus.OFFICIAL)
                    .forEach(m -> official.add(m.id()));
            for (CandidateFile f : services.admissions().files()) {
                Candidate c = f.candidate();
                c.passedVote(VotePurpose.ADMISSION).ifPresent(v -> {
                    java.util.Map<Step, StepRecord> before = new java.util.EnumMap<>(Step.class);
                    c.steps().forEach((k, s) -> {
                        if (!s.date().isAfter(v.date())) {
                            before.put(k, s);
                        }
                    });
                    Candidate atVote = new Candidate(c.id(), c.profile(), c.route(), c.helperMemberId(), c.helperName(), null,
                            before, c.introducers(), c.verifications(), List.of(), c.acceptances());
                    assertThat(Eligibility.beforeAdmissionVote(atVote, v.date(), rules, (id, day) -> official.contains(id)))
                            .as(c.profile().fullName()).noneMatch(Finding::stops);
                });
                c.steps().values().forEach(s -> assertThat(s.date()).isBeforeOrEqualTo(TestClocks.TODAY));
            }
        }
    }

    @Test
    @DisplayName("a backup holds every admission table and the restore gives the same rows")
    void backupRoundTrip() throws Exception {
        DataLocation source = DataLocation.at(dir.resolve("source"));
        Backups.Info backup;
        String checksum;
        List<CandidateSummary> before;
        try (Services services = Services.open(source, TestClocks.FIXED)) {
            services.samples().load(true);
            before = services.admissions().list();
            backup = new Backups(source, TestClocks.FIXED).create(services.database(), dir.resolve("usb"), "manual");
            try (Connection c = services.database().connection()) {
                checksum = Backups.checksum(c);
            }
        }
        for (String table : TABLES) {
            assertThat(backup.count(table)).as(table).isPositive();
        }
        DataLocation target = DataLocation.at(dir.resolve("target"));
        try (Services empty = Services.open(target, TestClocks.FIXED)) {
            assertThat(empty.admissions().list()).isEmpty();
        }
        new Backups(target, TestClocks.FIXED).restore(backup.file());
        try (Services restored = Services.open(target, TestClocks.FIXED); Connection c = restored.database().connection()) {
            assertThat(Backups.checksum(c)).isEqualTo(checksum);
            assertThat(restored.admissions().list()).isEqualTo(before);
        }
    }
}
