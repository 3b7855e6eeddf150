package vn.sochibo.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.sochibo.admission.service.AdmissionPipeline;
import vn.sochibo.admission.service.AdmissionService;
import vn.sochibo.audit.AuditFilter;
import vn.sochibo.common.Messages;
import vn.sochibo.common.ValidationException;
import vn.sochibo.meeting.Meeting;
import vn.sochibo.meeting.MeetingType;
import vn.sochibo.member.Member;
import vn.sochibo.member.MemberDetails;
import vn.sochibo.member.MemberEventType;
import vn.sochibo.member.MemberStatus;
import vn.sochibo.member.Reminder;

/**
 * The whole path on the real register with the real migrations: the worked examples T-A1 (full pipeline) and T-A2
 * (late vote on full membership), and the refusals on the way (src/site/rules.md, "Kết nạp đảng viên").
 */
class AdmissionPipelineTest {

    private static final Messages VI = Messages.forLanguage("vi");
    private AdmissionFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private static LocalDate d(int day, int month, int year) {
        return LocalDate.of(year, month, day);
    }

    /** T-A1 up to the ceremony: vote 06/05/2026 (13 of N = 18), decision 15/06, received 17/06, ceremony 10/07/2026. */
    private long admitted(AdmissionService admissions, AdmissionPipeline pipeline) {
        long id = fixture.readyCandidate();
        long may = fixture.meeting(d(6, 5, 2026));
        AdmissionVote vote = pipeline.recordVote(id, VotePurpose.ADMISSION, may, 13, 4, 1);
        assertThat(vote.voteBase()).isEqualTo(18);
        assertThat(vote.votesNeeded()).isEqualTo(12);
        assertThat(vote.passed()).isTrue();
        CandidateFile file = admissions.file(id);
        assertThat(file.candidate().stage()).isEqualTo(CandidateStage.PROPOSED);
        Checklist.Line decision = file.checklist().line(CheckItem.DECISION).orElseThrow();
        assertThat(decision.due()).isEqualTo(d(8, 7, 2026));
        assertThat(VI.describe(decision.notes().get(0))).contains("08/07/2026", "29/07/2026");
        admissions.recordStep(id, new StepRecord(Step.FILE_SENT, d(8, 5, 2026), null, null, null));
        admissions.recordStep(id, new StepRecord(Step.DECISION, d(15, 6, 2026), "Số 120-QĐ/ĐU", null, null));
        admissions.recordStep(id, new StepRecord(Step.DECISION_RECEIVED, d(17, 6, 2026), null, null, null));
        assertThat(admissions.file(id).checklist().line(CheckItem.CEREMONY).orElseThrow().due()).isEqualTo(d(29, 7, 2026));
        return id;
    }

    @Test
    @DisplayName("T-A1: vote 06/05/2026 → decision due 08/07 (29/07 extended); received 17/06 → ceremony by 29/07; held 10/07/2026;"
            + " Party years from 15/06/2026; official 10/07/2027; vote from 11/07 by 20/08/2027; held 15/07 → decision by 26/08/2027")
    void fullPipeline() {
        fixture = new AdmissionFixture(d(10, 9, 2027));
        AdmissionService admissions = fixture.services.admissions();
        AdmissionPipeline pipeline = fixture.services.admissionPipeline();
        long id = admitted(admissions, pipeline);

        long memberId = pipeline.holdCeremony(id, d(10, 7, 2026), "Tại phòng họp tầng 3");
        MemberDetails member = fixture.services.members().details(memberId);
        assertThat(member.member().status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(member.member().data().admissionDecisionDate()).as("Party years count from the decision").isEqualTo(d(15, 6, 2026));
        assertThat(member.member().data().joinedDate()).as("date joined = the ceremony").isEqualTo(d(10, 7, 2026));
        assertThat(member.member().data().subBranch()).isNull();
        assertThat(member.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(MemberEventType.ADMITTED);
            assertThat(e.documentRef()).isEqualTo("Số 120-QĐ/ĐU");
        });

        CandidateFile file = admissions.file(id);
        assertThat(file.candidate().stage()).isEqualTo(CandidateStage.PROBATION);
        assertThat(file.probationEnd()).isEqualTo(d(10, 7, 2027));
        assertThat(file.fullVoteDue()).isEqualTo(d(20, 8, 2027));
        assertThat(file.checklist().general()).extracting(p -> VI.describe(p)).anySatisfy(t -> assertThat(t).contains("2027"));

        long tooEarly = fixture.meeting(d(10, 7, 2027));
        assertThatThrownBy(() -> pipeline.recordVote(id, VotePurpose.FULL_MEMBERSHIP, tooEarly, 15, 0, 0))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(VI.describe(e)).contains("10/07/2027", "từ ngày 11/07/2027"));

        admissions.recordStep(id, new StepRecord(Step.SELF_REVIEW, d(12, 7, 2027), null, null, null));
        long july = fixture.meeting(d(15, 7, 2027));
        AdmissionVote full = pipeline.recordVote(id, VotePurpose.FULL_MEMBERSHIP, july, 14, 3, 1);
        assertThat(full.voteBase()).as("the probationary member is on the roll but not in N").isEqualTo(18);
        assertThat(full.passed()).isTrue();
        assertThat(admissions.file(id).checklist().line(CheckItem.OFFICIAL_DECISION).orElseThrow().due()).isEqualTo(d(26, 8, 2027));
        assertThat(admissions.file(id).checklist().line(CheckItem.LATE_EXPLANATION)).isEmpty();

        LocalDate official = pipeline.recognise(id, "Số 301-QĐ/ĐU", d(20, 8, 2027));
        assertThat(official).isEqualTo(d(10, 7, 2027));
        Member now = fixture.services.members().details(memberId).member();
        assertThat(now.status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(now.data().officialDate()).isEqualTo(d(10, 7, 2027));
        assertThat(admissions.find(id).stage()).isEqualTo(CandidateStage.OFFICIAL);

        // every step is in the change log, named by the clerk's action
        assertThat(fixture.services.audit().page(AuditFilter.ALL, null, 500).entries())
                .extracting(e -> e.operation() == null ? "" : e.operation())
                .contains("audit.op.admission.vote", "audit.op.admission.ceremony", "audit.op.admission.official");
    }

    @Test
    @DisplayName("T-A2: a full-membership vote on 03/09/2027 is late: explanation required; the official date stays 10/07/2027")
    void lateFullMembershipVote() {
        fixture = new AdmissionFixture(d(20, 9, 2027));
        AdmissionService admissions = fixture.services.admissions();
        AdmissionPipeline pipeline = fixture.services.admissionPipeline();
        long id = admitted(admissions, pipeline);
        long memberId = pipeline.holdCeremony(id, d(10, 7, 2026), null);

        Checklist.Line overdue = admissions.file(id).checklist().line(CheckItem.FULL_VOTE).orElseThrow();
        assertThat(overdue.state()).isEqualTo(CheckItem.State.LATE);
        assertThat(admissions.file(id).checklist().line(CheckItem.LATE_EXPLANATION).orElseThrow().state())
                .isEqualTo(CheckItem.State.LATE);

        long september = fixture.meeting(d(3, 9, 2027));
        List<Finding> findings = pipeline.checkVote(id, VotePurpose.FULL_MEMBERSHIP, d(3, 9, 2027));
        assertThat(findings).filteredOn(f -> f.problem().messageKey().equals("admission.check.full.late")).singleElement()
                .satisfies(f -> {
                    assertThat(f.stops()).as("flagged, not blocked").isFalse();
                    assertThat(VI.describe(f.problem())).contains("20/08/2027", "giải trình", "10/07/2027");
                });
        pipeline.recordVote(id, VotePurpose.FULL_MEMBERSHIP, september, 15, 2, 1);
        admissions.recordStep(id, new StepRecord(Step.LATE_EXPLANATION, d(3, 9, 2027), null,
                "Đồng chí bí thư đi công tác dài ngày; chi bộ họp ngay khi đủ thành phần.", null));
        assertThat(admissions.file(id).checklist().line(CheckItem.LATE_EXPLANATION).orElseThrow().state()).isEqualTo(CheckItem.State.DONE);
        assertThat(pipeline.recognise(id, "Số 355-QĐ/ĐU", d(15, 9, 2027))).isEqualTo(d(10, 7, 2027));
        assertThat(fixture.services.members().details(memberId).member().data().officialDate()).isEqualTo(d(10, 7, 2027));
    }

    @Test
    @DisplayName("a vote the rules stop is refused with a clear message and changes nothing; counts above those present too")
    void refusedVotesChangeNothing() {
        fixture = new AdmissionFixture(d(22, 11, 2026));
        AdmissionService admissions = fixture.services.admissions();
        AdmissionPipeline pipeline = fixture.services.admissionPipeline();
        long id = fixture.readyCandidate();
        admissions.recordStep(id, new StepRecord(Step.CLASS_CERTIFICATE, d(15, 3, 2021), null, null, null));
        long may = fixture.meeting(d(20, 5, 2026));
        assertThatThrownBy(() -> pipeline.recordVote(id, VotePurpose.ADMISSION, may, 15, 0, 0))
                .satisfies(e -> assertThat(VI.describe(e)).contains("hết hạn ngày 15/03/2026"));
        assertThat(admissions.find(id).votes()).isEmpty();
        assertThatThrownBy(() -> pipeline.recordVote(id, VotePurpose.ADMISSION, may, 19, 0, 0))
                .satisfies(e -> assertThat(VI.describe(e)).contains("19"));
        // accepted with the reason, the vote goes through; the reason stays in the file
        fixture.services.admissionDossier().accept(id, AcceptableCheck.CERTIFICATE_EXPIRED, "Đảng ủy đồng ý (CV 15-CV/ĐU)");
        assertThat(pipeline.recordVote(id, VotePurpose.ADMISSION, may, 11, 7, 0).passed()).as("11 of 18 < 12").isFalse();
        assertThat(pipeline.recordVote(id, VotePurpose.ADMISSION, fixture.meeting(d(3, 6, 2026)), 12, 6, 0).passed()).isTrue();
        assertThat(admissions.find(id).accepted(AcceptableCheck.CERTIFICATE_EXPIRED).orElseThrow().reason()).contains("15-CV/ĐU");
        // a meeting of another chi bộ is refused
        assertThatThrownBy(() -> admissions.recordStep(id, new StepRecord(Step.LISTED, d(3, 6, 2026), null, null, -1L)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    @DisplayName("three failed votes on full membership: no fourth, the case goes up; removal can be proposed with a reason")
    void threeFailedVotes() {
        fixture = new AdmissionFixture(d(30, 9, 2027));
        AdmissionService admissions = fixture.services.admissions();
        AdmissionPipeline pipeline = fixture.services.admissionPipeline();
        long id = admitted(admissions, pipeline);
        pipeline.holdCeremony(id, d(10, 7, 2026), null);
        for (LocalDate day : List.of(d(12, 7, 2027), d(19, 7, 2027), d(26, 7, 2027))) {
            assertThat(pipeline.recordVote(id, VotePurpose.FULL_MEMBERSHIP, fixture.meeting(day), 10, 8, 0).passed()).isFalse();
        }
        long fourth = fixture.meeting(d(2, 8, 2027));
        assertThatThrownBy(() -> pipeline.recordVote(id, VotePurpose.FULL_MEMBERSHIP, fourth, 15, 3, 0))
                .satisfies(e -> assertThat(VI.describe(e)).contains("3 lần", "cấp ủy cấp trên"));
        assertThat(admissions.file(id).checklist().line(CheckItem.FULL_VOTE).orElseThrow().state()).isEqualTo(CheckItem.State.PROBLEM);
        admissions.recordStep(id, new StepRecord(Step.REFERRED_UP, d(3, 8, 2027), "Báo cáo số 12-BC/CB", null, null));
        assertThat(admissions.find(id).stage()).isEqualTo(CandidateStage.REFERRED_UP);
        assertThatThrownBy(() -> admissions.recordStep(id, new StepRecord(Step.REMOVAL_PROPOSED, d(4, 8, 2027), null, null, null)))
                .satisfies(e -> assertThat(VI.describe(e)).contains("lý do"));
        admissions.recordStep(id, new StepRecord(Step.REMOVAL_PROPOSED, d(4, 8, 2027), null, "Không đủ tư cách đảng viên.", null));
        assertThat(admissions.find(id).stage()).isEqualTo(CandidateStage.REMOVAL_PROPOSED);
    }

    @Test
    @DisplayName("reminders name what is late and what is due; the next meeting's agenda gets the vote and the ceremony")
    void remindersAndAgenda() {
        fixture = new AdmissionFixture(d(20, 6, 2026));
        AdmissionService admissions = fixture.services.admissions();
        long ready = fixture.readyCandidate();
        long id = admitted(admissions, fixture.services.admissionPipeline());
        List<Reminder> reminders = fixture.services.admissionReminders().reminders(d(20, 6, 2026));
        assertThat(reminders).filteredOn(r -> r.other().id() == id).extracting(r -> VI.get(r.other().textKey(), r.other().textArgs().toArray()))
                .anySatisfy(t -> assertThat(t).contains("Lễ kết nạp", "29/07/2026"));
        Meeting next = fixture.services.meetings().prepare(AdmissionFixture.CHI_BO, MeetingType.REGULAR, d(6, 7, 2026));
        assertThat(next.agenda()).extracting(a -> a.title())
                .contains("Tổ chức lễ kết nạp đảng viên cho quần chúng Lê Thị Hoa", "Xét, đề nghị kết nạp quần chúng Lê Thị Hoa vào Đảng");
        assertThat(next.agenda().get(next.agenda().size() - 1).title()).isEqualTo("Thông qua biên bản");
        assertThat(ready).isNotEqualTo(id);
    }

    @Test
    @DisplayName("a probationary member of the register is followed; a candidate is dropped by a resolution with a reason")
    void followAndDrop() {
        fixture = new AdmissionFixture(d(22, 11, 2026));
        AdmissionService admissions = fixture.services.admissions();
        AdmissionPipeline pipeline = fixture.services.admissionPipeline();
        long member = fixture.services.members().create(vn.sochibo.member.MemberDraft.minimal("Trần Văn Kiên",
                vn.sochibo.member.Gender.NAM, 1996, d(8, 10, 2025)).withOfficialDate(null));
        long followed = pipeline.followProbation(member);
        CandidateFile f = admissions.file(followed);
        assertThat(f.probationEnd()).isEqualTo(d(8, 10, 2026));
        assertThat(f.checklist().line(CheckItem.FULL_VOTE).orElseThrow().state()).as("due 19/11/2026, nobody voted")
                .isEqualTo(CheckItem.State.LATE);
        assertThat(f.checklist().line(CheckItem.APPLICATION)).as("the admission file is not asked of a followed member").isEmpty();
        assertThatThrownBy(() -> pipeline.followProbation(member)).isInstanceOf(ValidationException.class);

        long c = admissions.add(new CandidateProfile(AdmissionFixture.CHI_BO, "Phạm Văn Tú", "NAM", d(1, 1, 2000), null, null, null,
                null, null, null, null), IntroducerRoute.TWO_MEMBERS, null, d(1, 9, 2026), null);
        assertThatThrownBy(() -> admissions.recordStep(c, new StepRecord(Step.DECISION, d(1, 10, 2026), "Số 1", null, null)))
                .satisfies(e -> assertThat(VI.describe(e)).contains("biểu quyết đạt"));
        long october = fixture.meeting(d(5, 10, 2026));
        admissions.recordStep(c, new StepRecord(Step.DROPPED, d(5, 10, 2026), null, "Chuyển công tác.", october));
        assertThat(admissions.find(c).stage()).isEqualTo(CandidateStage.DROPPED);
        assertThatThrownBy(() -> admissions.recordStep(c, new StepRecord(Step.APPLICATION, d(6, 10, 2026), null, null, null)))
                .satisfies(e -> assertThat(VI.describe(e)).contains("đã đóng"));
    }

    @Test
    @DisplayName("bad input is refused with what and where, and nothing is stored")
    void badInputIsRefused() {
        fixture = new AdmissionFixture(d(22, 11, 2026));
        AdmissionService admissions = fixture.services.admissions();
        assertThatThrownBy(() -> admissions.add(new CandidateProfile("Chi bộ Không Có", "Nguyễn 3", "X", d(1, 1, 2030), null, null,
                null, null, null, null, null), IntroducerRoute.TWO_MEMBERS, null, null, null))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(VI.describe(e)).contains("Chi bộ: Không có chi bộ", "Họ và tên:", "Giới tính:", "Ngày sinh:"));
        assertThat(admissions.list()).isEmpty();
        long id = fixture.readyCandidate();
        assertThatThrownBy(() -> fixture.services.admissionDossier().addIntroducer(id, fixture.members.get(3), d(1, 1, 2020), null, false))
                .satisfies(e -> assertThat(VI.describe(e)).contains("đã là người giới thiệu"));
        assertThatThrownBy(() -> admissions.recordStep(id, new StepRecord(Step.APPLICATION, d(1, 1, 2027), null, null, null)))
                .satisfies(e -> assertThat(VI.describe(e)).contains("01/01/2027", "tương lai"));
    }
}
