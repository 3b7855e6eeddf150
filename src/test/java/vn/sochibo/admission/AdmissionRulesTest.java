package vn.sochibo.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.sochibo.admission.service.RuleBookRules;
import vn.sochibo.common.Messages;
import vn.sochibo.rulebook.service.DatedSettingService;

/**
 * The worked examples T-A3 … T-A8 of the admission rules (src/site/rules.md, "Kết nạp đảng viên (admission)") on
 * the pure domain, with the program's own dated settings. T-A1 and T-A2 run through the services in
 * {@link AdmissionPipelineTest}.
 */
class AdmissionRulesTest {

    static final AdmissionRules RULES = new RuleBookRules(DatedSettingService.loadDefaults());
    private static final Messages VI = Messages.forLanguage("vi");

    static LocalDate d(int day, int month, int year) {
        return LocalDate.of(year, month, day);
    }

    /** A candidate born on {@code birth} with the given steps, introducers and route; no votes. */
    static Candidate candidate(LocalDate birth, IntroducerRoute route, List<StepRecord> steps, List<Introducer> introducers,
                               List<Acceptance> acceptances) {
        Map<Step, StepRecord> map = new java.util.EnumMap<>(Step.class);
        steps.forEach(s -> map.put(s.step(), s));
        return new Candidate(1, new CandidateProfile("Chi bộ Văn phòng", "Nguyễn Văn An", "NAM", birth, null, null, null, null,
                null, null, null), route, null, null, null, map, introducers, List.of(), List.of(), acceptances);
    }

    static StepRecord step(Step step, LocalDate date) {
        return new StepRecord(step, date, null, null, null);
    }

    private static Candidate born(LocalDate birth) {
        return candidate(birth, IntroducerRoute.TWO_MEMBERS, List.of(), List.of(), List.of());
    }

    @Test
    @DisplayName("T-A3: a certificate of 15/03/2021 expires on 15/03/2026; a vote on 20/05/2026 is stopped until a reason is given")
    void certificateValidity() {
        Candidate c = candidate(d(1, 1, 1995), IntroducerRoute.TWO_MEMBERS,
                List.of(step(Step.CLASS_CERTIFICATE, d(15, 3, 2021))), List.of(), List.of());
        List<Finding> findings = Eligibility.certificate(c, d(20, 5, 2026), RULES);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.NEEDS_REASON);
            assertThat(f.check()).isEqualTo(AcceptableCheck.CERTIFICATE_EXPIRED);
            assertThat(f.stops()).isTrue();
            assertThat(VI.describe(f.problem())).contains("15/03/2021", "60 tháng", "hết hạn ngày 15/03/2026", "20/05/2026");
        });
        assertThat(Eligibility.certificate(c, d(15, 3, 2026), RULES)).as("the last day is still valid").isEmpty();
        Candidate accepted = candidate(d(1, 1, 1995), IntroducerRoute.TWO_MEMBERS, List.of(step(Step.CLASS_CERTIFICATE, d(15, 3, 2021))),
                List.of(), List.of(new Acceptance(AcceptableCheck.CERTIFICATE_EXPIRED, "CV 15-CV/ĐU", null)));
        assertThat(Eligibility.certificate(accepted, d(20, 5, 2026), RULES)).singleElement()
                .satisfies(f -> assertThat(f.stops()).as("accepted with a reason").isFalse());
    }

    @Test
    @DisplayName("T-A4: born 12/07/2008 — 10/06/2026 too young, 05/07/2026 flagged (months vs days), 20/07/2026 eligible")
    void ageCountedInMonths() {
        Candidate young = born(d(12, 7, 2008));
        assertThat(Eligibility.age(young, d(10, 6, 2026), RULES)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.BLOCK);
            assertThat(VI.describe(f.problem())).contains("chưa đủ 18 tuổi", "12/07/2008");
        });
        assertThat(Eligibility.age(young, d(5, 7, 2026), RULES)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.NEEDS_REASON);
            assertThat(f.check()).isEqualTo(AcceptableCheck.AGE_MONTH_BOUNDARY);
        });
        assertThat(Eligibility.age(young, d(20, 7, 2026), RULES)).isEmpty();
        assertThat(Eligibility.age(young, d(12, 7, 2026), RULES)).as("the 18th birthday itself").isEmpty();
    }

    @Test
    @DisplayName("T-A4: born 15/03/1966 — over 60 in April 2026, needs the provincial consent; in March by months still 60")
    void overSixtyNeedsConsent() {
        Candidate old = born(d(15, 3, 1966));
        assertThat(Eligibility.age(old, d(10, 4, 2026), RULES)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(AcceptableCheck.AGE_OVER_MAX);
            assertThat(VI.describe(f.problem())).contains("quá 60 tuổi", "tỉnh ủy");
        });
        assertThat(Eligibility.age(old, d(10, 3, 2026), RULES)).isEmpty();
        assertThat(Eligibility.age(old, d(15, 3, 2026), RULES)).isEmpty();
        assertThat(Eligibility.age(old, d(20, 3, 2026), RULES)).singleElement()
                .satisfies(f -> assertThat(f.check()).isEqualTo(AcceptableCheck.AGE_MONTH_BOUNDARY));
    }

    @Test
    @DisplayName("T-A5: two thirds of N: N = 10 → 7, N = 9 → 6, N = 3 → 2, by the one vote rule")
    void votesNeeded() {
        assertThat(VotePurpose.ADMISSION.rule().votesNeeded(10)).isEqualTo(7);
        assertThat(VotePurpose.ADMISSION.rule().votesNeeded(9)).isEqualTo(6);
        assertThat(VotePurpose.FULL_MEMBERSHIP.rule().votesNeeded(3)).isEqualTo(2);
        assertThat(new AdmissionVote(1, VotePurpose.ADMISSION, null, d(6, 5, 2026), 18, 12, 6, 0).passed()).isTrue();
        assertThat(new AdmissionVote(1, VotePurpose.ADMISSION, null, d(6, 5, 2026), 18, 11, 7, 0).passed()).isFalse();
        assertThat(new AdmissionVote(1, VotePurpose.ADMISSION, null, d(6, 5, 2026), 10, 6, 0, 0).passed()).isFalse();
        assertThat(new AdmissionVote(1, VotePurpose.ADMISSION, null, d(6, 5, 2026), 0, 0, 0, 0).passed()).as("N = 0").isFalse();
    }

    @Test
    @DisplayName("T-A6: an introducer in the unit since 01/09/2025 is not valid for a vote on 20/06/2026")
    void introducerTenure() {
        List<Introducer> two = List.of(new Introducer(1, 11L, "Trần Văn Bình", d(1, 9, 2025), d(1, 6, 2026), false),
                new Introducer(2, 12L, "Lê Thị Cúc", d(1, 1, 2020), d(1, 6, 2026), false));
        Candidate c = candidate(d(1, 1, 1995), IntroducerRoute.TWO_MEMBERS, List.of(), two, List.of());
        List<Finding> findings = Eligibility.introducers(c, d(20, 6, 2026), RULES, (id, day) -> true);
        assertThat(findings).extracting(f -> f.problem().messageKey())
                .containsExactly("admission.check.introducer.tenure", "admission.check.introducers.count");
        assertThat(VI.describe(findings.get(0).problem())).contains("Trần Văn Bình", "01/09/2025", "12 tháng", "01/09/2026");
        assertThat(Eligibility.introducers(c, d(1, 9, 2026), RULES, (id, day) -> true)).isEmpty();
        // a replacement assigned by the chi bộ is not held to the 12 months
        Candidate replaced = candidate(d(1, 1, 1995), IntroducerRoute.TWO_MEMBERS, List.of(),
                List.of(new Introducer(1, 11L, "Trần Văn Bình", d(1, 9, 2025), null, true), two.get(1)), List.of());
        assertThat(Eligibility.introducers(replaced, d(20, 6, 2026), RULES, (id, day) -> true)).isEmpty();
        // an introducer who is not an official member that day
        assertThat(Eligibility.introducers(c, d(1, 9, 2026), RULES, (id, day) -> id != 12L)).extracting(f -> f.problem().messageKey())
                .contains("admission.check.introducer.notOfficial");
    }

    @Test
    @DisplayName("T-A7: a verification request received on 02/03/2026 is due on 13/04/2026 (30 working days); abroad 90")
    void verificationReplyDue() {
        Timeline t = new Timeline(born(d(1, 1, 1995)), RULES);
        assertThat(t.replyDue(new Verification(1, "Bản thân", "Đảng ủy phường", false, d(2, 3, 2026), null, null)))
                .isEqualTo(d(13, 4, 2026));
        // 90 working days from 02/03/2026 cross Giỗ Tổ (27/04), 30/04 and 01/05 (holidays of the 2026 setting)
        assertThat(t.replyDue(new Verification(2, "Bố", "Đại sứ quán", true, d(2, 3, 2026), null, null)))
                .isEqualTo(d(9, 7, 2026));
        assertThat(t.unknownHolidayYears()).isEmpty();
    }

    @Test
    @DisplayName("T-A8: a ceremony on 29/02/2024 ends probation on 28/02/2025")
    void probationOfALeapDay() {
        assertThat(Timeline.probationEnd(d(29, 2, 2024), RULES)).isEqualTo(d(28, 2, 2025));
        assertThat(Timeline.probationEnd(d(10, 7, 2026), RULES)).isEqualTo(d(10, 7, 2027));
    }

    @Test
    @DisplayName("the checklist of a fresh candidate lists what is missing; a certified file with a late reply shows it late")
    void checklistShowsMissingAndLate() {
        List<StepRecord> steps = new ArrayList<>(List.of(step(Step.LISTED, d(5, 8, 2026)), step(Step.CLASS_CERTIFICATE, d(15, 9, 2026))));
        Candidate fresh = candidate(d(2, 9, 1997), IntroducerRoute.TWO_MEMBERS, steps, List.of(), List.of());
        Checklist list = Checklist.of(fresh, d(22, 11, 2026), RULES, (id, day) -> true);
        assertThat(list.line(CheckItem.LISTED).orElseThrow().state()).isEqualTo(CheckItem.State.DONE);
        assertThat(list.line(CheckItem.APPLICATION).orElseThrow().state()).isEqualTo(CheckItem.State.OPEN);
        assertThat(list.line(CheckItem.CLASS_CERTIFICATE).orElseThrow().due()).isEqualTo(d(15, 9, 2031));
        assertThat(list.next().orElseThrow().item()).isEqualTo(CheckItem.HELPER);
        Candidate waiting = new Candidate(1, fresh.profile(), IntroducerRoute.TWO_MEMBERS, null, null, null, fresh.steps(), List.of(),
                List.of(new Verification(1, "Mẹ", "Đảng ủy xã", false, d(1, 10, 2026), null, null),
                        new Verification(2, "Bố", "Chi bộ thôn", false, d(15, 10, 2026), null, null)), List.of(), List.of());
        Checklist.Line verification = Checklist.of(waiting, d(22, 11, 2026), RULES, (id, day) -> true)
                .line(CheckItem.VERIFICATION).orElseThrow();
        assertThat(verification.state()).isEqualTo(CheckItem.State.LATE);
        assertThat(verification.due()).isEqualTo(d(12, 11, 2026));
        assertThat(verification.notes()).extracting(p -> VI.describe(p)).anySatisfy(t -> assertThat(t).contains("Quá hạn", "12/11/2026"))
                .anySatisfy(t -> assertThat(t).contains("Chờ trả lời", "26/11/2026"));
    }
}
