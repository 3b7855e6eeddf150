package vn.sochibo.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.sochibo.admission.AcceptableCheck;
import vn.sochibo.admission.CandidateProfile;
import vn.sochibo.admission.IntroducerRoute;
import vn.sochibo.admission.Step;
import vn.sochibo.admission.StepRecord;
import vn.sochibo.admission.VotePurpose;
import vn.sochibo.admission.service.AdmissionPipeline;
import vn.sochibo.admission.service.AdmissionService;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.meeting.MeetingService;
import vn.sochibo.meeting.MeetingSummary;
import vn.sochibo.member.MemberSummary;

/**
 * The sample branch's candidates ({@code samples/ket-nap-mau.json}): candidates at several stages (just listed, a
 * file in progress with a late verification reply, voted and waiting for the decision with an old certificate
 * accepted, decided and waiting for the ceremony, dropped) and the probation of the register's probationary
 * members (one of them late). Entered through the admission services, so every rule is checked as for the clerk.
 */
final class SampleCandidates {

    static final String RESOURCE = "/samples/ket-nap-mau.json";

    /** The file as Jackson reads it. */
    record File(List<SampleCandidate> candidates, List<Follow> follow) {
    }

    record SampleCandidate(String issuer, String fullName, String gender, LocalDate birthDate, String homeTown,
                           String residence, String occupation, String education, String ethnicity, String religion,
                           String route, String helper, List<SampleStep> steps, List<SampleIntroducer> introducers,
                           List<SampleVerification> verifications, List<SampleAcceptance> accept, List<SampleVote> votes,
                           List<SampleStep> after) {
    }

    record SampleStep(String step, LocalDate date, boolean atMeeting, String ref, String content) {
    }

    record SampleIntroducer(String name, LocalDate since, LocalDate on) {
    }

    record SampleVerification(String subject, String addressee, boolean abroad, LocalDate received, LocalDate replied,
                              String result) {
    }

    record SampleAcceptance(String check, String reason) {
    }

    /** A vote at the meeting of that date: everyone present who votes is counted, {@code against} and {@code other} aside. */
    record SampleVote(String purpose, LocalDate meetingDate, int against, int other) {
    }

    record Follow(String name, String helper, List<SampleStep> steps) {
    }

    private final AdmissionService admissions;
    private final AdmissionPipeline pipeline;
    private final MeetingService meetingService;

    SampleCandidates(AdmissionService admissions, AdmissionPipeline pipeline, MeetingService meetingService) {
        this.admissions = admissions;
        this.pipeline = pipeline;
        this.meetingService = meetingService;
    }

    /**
     * Enters the sample candidates; {@code issuers} are the chi bộ the meetings screen offers, {@code meetings} the
     * sample meetings already stored (votes and listings link to them).
     */
    void load(File file, List<String> issuers, List<MemberSummary> members, List<MeetingSummary> meetings) {
        Map<String, Long> byName = members.stream().collect(Collectors.toMap(MemberSummary::fullName, MemberSummary::id, (a, b) -> a));
        Function<String, Long> member = name -> {
            Long id = byName.get(name);
            if (id == null) {
                throw new UserFacingException("sample.error.read", name);
            }
            return id;
        };
        for (SampleCandidate s : file.candidates()) {
            String issuer = issuers.contains(s.issuer()) || issuers.isEmpty() ? s.issuer() : issuers.get(0);
            CandidateProfile profile = new CandidateProfile(issuer, s.fullName(), s.gender(), s.birthDate(), s.homeTown(),
                    s.residence(), s.occupation(), s.education(), s.ethnicity(), s.religion(), null);
            long id = admissions.add(profile, IntroducerRoute.valueOf(s.route()), s.helper() == null ? null : member.apply(s.helper()),
                    null, null);
            for (SampleStep step : s.steps()) {
                admissions.recordStep(id, step(step, issuer, meetings));
            }
            for (SampleIntroducer i : list(s.introducers())) {
                admissions.addIntroducer(id, member.apply(i.name()), i.since(), i.on(), false);
            }
            for (SampleVerification v : list(s.verifications())) {
                long vid = admissions.addVerification(id, v.subject(), v.addressee(), v.abroad(), v.received());
                if (v.replied() != null) {
                    admissions.recordReply(id, vid, v.replied(), v.result());
                }
            }
            for (SampleAcceptance a : list(s.accept())) {
                admissions.accept(id, AcceptableCheck.valueOf(a.check()), a.reason());
            }
            for (SampleVote v : list(s.votes())) {
                long meetingId = meeting(meetings, issuer, v.meetingDate()).id();
                int present = meetingService.find(meetingId).figures().votingPresent();
                pipeline.recordVote(id, VotePurpose.valueOf(v.purpose()), meetingId, present - v.against() - v.other(),
                        v.against(), v.other());
            }
            for (SampleStep step : list(s.after())) {
                admissions.recordStep(id, step(step, issuer, meetings));
            }
        }
        for (Follow f : file.follow()) {
            long id = pipeline.followProbation(member.apply(f.name()));
            String issuer = admissions.find(id).profile().issuer();
            if (f.helper() != null) {
                admissions.setRouteAndHelper(id, IntroducerRoute.TWO_MEMBERS, member.apply(f.helper()));
            }
            for (SampleStep step : f.steps()) {
                admissions.recordStep(id, step(step, issuer, meetings));
            }
        }
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static StepRecord step(SampleStep s, String issuer, List<MeetingSummary> meetings) {
        Long meetingId = s.atMeeting() ? meeting(meetings, issuer, s.date()).id() : null;
        return new StepRecord(Step.valueOf(s.step()), s.date(), s.ref(), s.content(), meetingId);
    }

    private static MeetingSummary meeting(List<MeetingSummary> meetings, String issuer, LocalDate date) {
        return meetings.stream().filter(m -> m.issuer().equals(issuer) && m.date().equals(date)).findFirst()
                .orElseThrow(() -> new UserFacingException("sample.error.read", issuer + " " + date));
    }
}
