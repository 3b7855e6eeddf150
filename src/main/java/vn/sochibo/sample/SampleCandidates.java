package vn.sochibo.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.sochibo.admission.Acceptance;
import vn.sochibo.admission.AcceptableCheck;
import vn.sochibo.admission.AdmissionVote;
import vn.sochibo.admission.Candidate;
import vn.sochibo.admission.CandidateProfile;
import vn.sochibo.admission.Introducer;
import vn.sochibo.admission.IntroducerRoute;
import vn.sochibo.admission.Step;
import vn.sochibo.admission.StepRecord;
import vn.sochibo.admission.Verification;
import vn.sochibo.admission.VotePurpose;
import vn.sochibo.admission.service.AdmissionService;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.meeting.AttendanceFigures;
import vn.sochibo.meeting.MeetingService;
import vn.sochibo.meeting.MeetingSummary;
import vn.sochibo.member.MemberSummary;

/**
 * The sample branch's candidates ({@code samples/ket-nap-mau.json}): candidates at several stages (just listed, a
 * file in progress with a late verification reply, voted and waiting for the decision with an old certificate
 * accepted, decided and waiting for the ceremony, dropped) and the probation of the register's probationary
 * members (one of them late).
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
    private final MeetingService meetingService;

    SampleCandidates(AdmissionService admissions, MeetingService meetingService) {
        this.admissions = admissions;
        this.meetingService = meetingService;
    }

    /**
     * Stores the sample candidates as whole files in one go ({@link AdmissionService#addFiles}: quick at first start);
     * {@code issuers} are the chi bộ the meetings screen offers, {@code meetings} the sample meetings already stored
     * (votes and listings link to them, N is taken from their roll calls). The sample's consistency with the rules is
     * checked by the tests.
     */
    void load(File file, List<String> issuers, List<MemberSummary> members, List<MeetingSummary> meetings) {
        Map<String, MemberSummary> byName = members.stream().collect(Collectors.toMap(MemberSummary::fullName, Function.identity(), (a, b) -> a));
        Function<String, MemberSummary> member = name -> {
            MemberSummary m = byName.get(name);
            if (m == null) {
                throw new UserFacingException("sample.error.read", name);
            }
            return m;
        };
        List<Candidate> files = new ArrayList<>();
        for (SampleCandidate s : file.candidates()) {
            String issuer = issuers.contains(s.issuer()) || issuers.isEmpty() ? s.issuer() : issuers.get(0);
            CandidateProfile profile = new CandidateProfile(issuer, s.fullName(), s.gender(), s.birthDate(), s.homeTown(),
                    s.residence(), s.occupation(), s.education(), s.ethnicity(), s.religion(), null);
            Map<Step, StepRecord> steps = new EnumMap<>(Step.class);
            for (SampleStep step : list(s.steps())) {
                steps.put(Step.valueOf(step.step()), step(step, issuer, meetings));
            }
            for (SampleStep step : list(s.after())) {
                steps.put(Step.valueOf(step.step()), step(step, issuer, meetings));
            }
            List<Introducer> introducers = new ArrayList<>();
            for (SampleIntroducer i : list(s.introducers())) {
                introducers.add(new Introducer(0, member.apply(i.name()).id(), i.name(), i.since(), i.on(), false));
            }
            List<Verification> verifications = new ArrayList<>();
            for (SampleVerification v : list(s.verifications())) {
                verifications.add(new Verification(0, v.subject(), v.addressee(), v.abroad(), v.received(), v.replied(), v.result()));
            }
            List<Acceptance> acceptances = new ArrayList<>();
            for (SampleAcceptance a : list(s.accept())) {
                acceptances.add(new Acceptance(AcceptableCheck.valueOf(a.check()), a.reason(), null));
            }
            List<AdmissionVote> votes = new ArrayList<>();
            for (SampleVote v : list(s.votes())) {
                MeetingSummary m = meeting(meetings, issuer, v.meetingDate());
                AttendanceFigures f = meetingService.find(m.id()).figures();
                votes.add(new AdmissionVote(0, VotePurpose.valueOf(v.purpose()), m.id(), m.date(), f.voteBase(),
                        f.votingPresent() - v.against() - v.other(), v.against(), v.other()));
            }
            files.add(new Candidate(0, profile, IntroducerRoute.valueOf(s.route()), s.helper() == null ? null : member.apply(s.helper()).id(),
                    s.helper(), null, steps, introducers, verifications, votes, acceptances));
        }
        for (Follow f : file.follow()) {
            MemberSummary m = member.apply(f.name());
            String issuer = m.subBranch() != null && issuers.contains(m.subBranch()) ? m.subBranch() : issuers.isEmpty() ? m.subBranch() : issuers.get(0);
            CandidateProfile profile = new CandidateProfile(issuer, m.fullName(), m.gender() == null ? null : m.gender().name(),
                    m.birthDate(), m.homeTown(), null, null, null, null, null, null);
            Map<Step, StepRecord> steps = new EnumMap<>(Step.class);
            if (m.admissionDecisionDate() != null) {
                steps.put(Step.DECISION, new StepRecord(Step.DECISION, m.admissionDecisionDate(), null, null, null));
            }
            steps.put(Step.CEREMONY, new StepRecord(Step.CEREMONY, m.joinedDate(), null, null, null));
            for (SampleStep step : f.steps()) {
                steps.put(Step.valueOf(step.step()), step(step, issuer, meetings));
            }
            files.add(new Candidate(0, profile, IntroducerRoute.TWO_MEMBERS, f.helper() == null ? null : member.apply(f.helper()).id(),
                    f.helper(), m.id(), steps, List.of(), List.of(), List.of(), List.of()));
        }
        admissions.addFiles(files);
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
