package vn.sochibo.admission.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.admission.AdmissionRules;
import vn.sochibo.admission.AdmissionVote;
import vn.sochibo.admission.Candidate;
import vn.sochibo.admission.CandidateProfile;
import vn.sochibo.admission.Eligibility;
import vn.sochibo.admission.Finding;
import vn.sochibo.admission.IntroducerRoute;
import vn.sochibo.admission.Step;
import vn.sochibo.admission.StepRecord;
import vn.sochibo.admission.Timeline;
import vn.sochibo.admission.VotePurpose;
import vn.sochibo.common.Problem;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.common.ValidationException;
import vn.sochibo.meeting.AttendanceFigures;
import vn.sochibo.meeting.Meeting;
import vn.sochibo.meeting.Resolution;
import vn.sochibo.meeting.ResolutionKind;
import vn.sochibo.member.EventDraft;
import vn.sochibo.member.Gender;
import vn.sochibo.member.Member;
import vn.sochibo.member.MemberDetails;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.MemberEventType;
import vn.sochibo.member.MemberLifecycle;
import vn.sochibo.storage.Operation;

/**
 * The decisive steps of a candidate's path, each checked by {@link Eligibility} first: the chi bộ votes at a
 * meeting (N from that meeting's roll call, two thirds by the one vote rule), the ceremony that makes the candidate
 * a probationary member in the register, the decision on full membership that makes them official from the end of
 * probation, and following the probation of a member already in the register. Each is one audited transaction.
 * See src/site/rules.md, "Kết nạp đảng viên (admission)".
 */
public final class AdmissionPipeline {

    private final AdmissionService admissions;

    public AdmissionPipeline(AdmissionService admissions) {
        this.admissions = admissions;
    }

    /**
     * What stands in the way of a vote on {@code date} (for the window before the clerk enters the counts): the
     * findings of {@link Eligibility} for the purpose.
     */
    public List<Finding> checkVote(long id, VotePurpose purpose, LocalDate date) {
        Candidate c = admissions.find(id);
        AdmissionRules rules = admissions.rules();
        if (purpose == VotePurpose.ADMISSION) {
            RegisterFacts register = new RegisterFacts(admissions.members());
            return Eligibility.beforeAdmissionVote(c, date, rules, register::officialOn);
        }
        return Eligibility.beforeFullVote(c, date, rules);
    }

    /**
     * Records the chi bộ's vote at a meeting of the candidate's chi bộ: N is that meeting's vote base (its roll
     * call), the counts may not exceed the members present who vote, and the step is refused while a check stops
     * it. A failed vote is recorded too (it is reported up with its counts).
     *
     * @return the vote as stored, with whether it passed
     */
    public AdmissionVote recordVote(long id, VotePurpose purpose, long meetingId, int votesFor, int votesAgainst, int votesOther) {
        Candidate c = admissions.find(id);
        Meeting meeting = admissions.meetings().find(meetingId);
        LocalDate date = meeting.header().date();
        List<Problem> problems = new ArrayList<>();
        if (!meeting.issuer().equals(c.profile().issuer())) {
            problems.add(Problem.error("meeting", "admission.problem.meeting.otherIssuer", meeting.issuer(), c.profile().issuer()));
        }
        if (date.isAfter(admissions.today())) {
            problems.add(Problem.error("meeting", "admission.problem.vote.future", date));
        }
        if (c.votes(purpose).stream().anyMatch(v -> Long.valueOf(meetingId).equals(v.meetingId()))) {
            problems.add(Problem.error("meeting", "admission.problem.vote.twice", date));
        }
        ResolutionKind kind = purpose == VotePurpose.ADMISSION ? ResolutionKind.ADMISSION : ResolutionKind.OFFICIAL_RECOGNITION;
        AttendanceFigures figures = meeting.figures();
        // the meeting's own check of the counts against its roll call (no negative counts, not more than present)
        problems.addAll(new Resolution(kind, c.profile().fullName(), votesFor, votesAgainst, votesOther).problems(figures));
        for (Finding f : checkVote(id, purpose, date)) {
            if (f.stops()) {
                problems.add(f.problem());
            }
        }
        AdmissionService.throwIfAny(problems);
        AdmissionVote vote = new AdmissionVote(0, purpose, meetingId, date, figures.voteBase(), votesFor, votesAgainst, votesOther);
        long voteId = admissions.database().write(Operation.of("audit.op.admission.vote", c.profile().fullName()),
                ctx -> admissions.repository().insertVote(ctx, id, vote, admissions.now()));
        return new AdmissionVote(voteId, purpose, meetingId, date, vote.voteBase(), votesFor, votesAgainst, votesOther);
    }

    /** Removes a vote recorded by mistake (reason in the change log), unless later steps rest on it. */
    public void removeVote(long id, long voteId, String reason) {
        String why = AdmissionService.requireReason(reason);
        Candidate c = admissions.find(id);
        AdmissionVote vote = c.votes().stream().filter(v -> v.id() == voteId).findFirst()
                .orElseThrow(() -> new UserFacingException("admission.error.rowNotFound"));
        boolean restedOn = vote.passed() && (vote.purpose() == VotePurpose.ADMISSION
                ? c.has(Step.DECISION) || c.has(Step.FILE_SENT) : c.has(Step.OFFICIAL_DECISION));
        if (restedOn) {
            throw new ValidationException(List.of(Problem.error(null, "admission.problem.vote.restedOn", vote.date())));
        }
        admissions.database().write(Operation.of("audit.op.admission.voteRemove", why),
                ctx -> admissions.repository().deleteVote(ctx, id, voteId));
    }

    /**
     * Records the ceremony held on {@code date} and, in the same transaction, adds the new member to the register:
     * probationary, Party years from the decision's date, date joined = the ceremony, the admission decision as the
     * event's document. The sub-branch is the candidate's chi bộ when it is one.
     *
     * @return the new member's id
     */
    public long holdCeremony(long id, LocalDate date, String note) {
        Candidate c = admissions.find(id);
        List<Problem> problems = new ArrayList<>();
        if (date == null) {
            throw new ValidationException(List.of(Problem.error("date", "admission.problem.date.required")));
        }
        admissions.notInFuture(problems, date);
        for (Finding f : Eligibility.beforeCeremony(c, date, admissions.rules())) {
            if (f.stops()) {
                problems.add(f.problem());
            }
        }
        AdmissionService.throwIfAny(problems);
        StepRecord decision = c.step(Step.DECISION).orElseThrow();
        CandidateProfile p = c.profile();
        String subBranch = admissions.members().subBranches().contains(p.issuer()) ? p.issuer() : null;
        MemberDraft draft = new MemberDraft(p.fullName(), null, Gender.valueOf(p.gender()), p.birthDate(), null, null,
                p.homeTown(), p.residence(), p.ethnicity(), p.religion(), null, null, null, p.education(), null, null,
                p.occupation(), null, null, null, decision.date(), date, null, subBranch, null, null);
        StepRecord ceremony = new StepRecord(Step.CEREMONY, date, null, note, null);
        return admissions.database().writeAll(Operation.of("audit.op.admission.ceremony", p.fullName()), () -> {
            long memberId = admissions.members().createWithHistory(draft, List.of(new EventDraft(MemberEventType.ADMITTED, date,
                    null, decision.documentRef(), note)));
            admissions.database().write(ctx -> {
                admissions.repository().putStep(ctx, id, ceremony, admissions.now());
                admissions.repository().setLinks(ctx, id, c.route(), c.helperMemberId(), memberId, admissions.now());
                return null;
            });
            return memberId;
        });
    }

    /**
     * Records the upper committee's decision on full membership and, in the same transaction, recognises the member
     * in the register as official from the end of probation (even when the vote or the decision came late).
     *
     * @return the official date
     */
    public LocalDate recognise(long id, String decisionRef, LocalDate decisionDate) {
        Candidate c = admissions.find(id);
        List<Problem> problems = new ArrayList<>();
        if (decisionDate == null) {
            throw new ValidationException(List.of(Problem.error("date", "admission.problem.date.required")));
        }
        admissions.notInFuture(problems, decisionDate);
        StepRecord step = new StepRecord(Step.OFFICIAL_DECISION, decisionDate, decisionRef, null, null);
        if (step.documentRef() == null) {
            problems.add(Problem.error("documentRef", "admission.problem.decision.number"));
        }
        for (Finding f : Eligibility.beforeOfficialDecision(c, decisionDate)) {
            if (f.stops()) {
                problems.add(f.problem());
            }
        }
        if (c.memberId() == null) {
            problems.add(Problem.error(null, "admission.problem.member.gone"));
        }
        AdmissionService.throwIfAny(problems);
        LocalDate official = new Timeline(c, admissions.rules()).probationEnd().orElseThrow();
        admissions.database().writeAll(Operation.of("audit.op.admission.official", c.profile().fullName()), () -> {
            admissions.members().recordEvent(c.memberId(), new EventDraft(MemberEventType.OFFICIAL, official, null,
                    step.documentRef(), null));
            admissions.database().write(ctx -> {
                admissions.repository().putStep(ctx, id, step, admissions.now());
                return null;
            });
            return null;
        });
        return official;
    }

    /**
     * Follows the probation of a probationary member already in the register (admitted before this program): a
     * file with the decision and ceremony dates from the register, in the member's chi bộ.
     *
     * @return the new file's id
     */
    public long followProbation(long memberId) {
        MemberDetails details = admissions.members().details(memberId);
        Member m = details.member();
        MemberDraft d = m.data();
        List<Problem> problems = new ArrayList<>();
        if (!MemberLifecycle.stillProbationary(m, details.events()) || !m.status().onRegister()) {
            problems.add(Problem.error(null, "admission.problem.follow.notProbationary", d.fullName()));
        }
        if (d.joinedDate() == null) {
            problems.add(Problem.error(null, "admission.problem.follow.noCeremony", d.fullName()));
        }
        if (admissions.byMember(memberId).isPresent()) {
            problems.add(Problem.error(null, "admission.problem.follow.twice", d.fullName()));
        }
        AdmissionService.throwIfAny(problems);
        List<String> issuers = admissions.issuers();
        String issuer = d.subBranch() != null && issuers.contains(d.subBranch()) ? d.subBranch()
                : issuers.isEmpty() ? d.subBranch() : issuers.get(0);
        CandidateProfile profile = new CandidateProfile(issuer, d.fullName(), d.gender() == null ? null : d.gender().name(),
                d.birthDate(), d.homeTown(), d.residence(), d.occupation(), d.generalEducation(), d.ethnicity(), d.religion(), null);
        AdmissionService.throwIfAny(profile.problems(admissions.today(), false));
        return admissions.database().write(Operation.of("audit.op.admission.follow", d.fullName()), ctx -> {
            long id = admissions.repository().insert(ctx, profile, IntroducerRoute.TWO_MEMBERS, null, memberId, admissions.now());
            if (d.admissionDecisionDate() != null) {
                admissions.repository().putStep(ctx, id, new StepRecord(Step.DECISION, d.admissionDecisionDate(), null, null, null),
                        admissions.now());
            }
            admissions.repository().putStep(ctx, id, new StepRecord(Step.CEREMONY, d.joinedDate(), null, null, null), admissions.now());
            return id;
        });
    }
}
