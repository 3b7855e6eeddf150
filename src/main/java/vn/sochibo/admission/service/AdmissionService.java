package vn.sochibo.admission.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.sochibo.admission.AdmissionRules;
import vn.sochibo.admission.Candidate;
import vn.sochibo.admission.CandidateFile;
import vn.sochibo.admission.CandidateProfile;
import vn.sochibo.admission.CandidateSummary;
import vn.sochibo.admission.Checklist;
import vn.sochibo.admission.Introducer;
import vn.sochibo.admission.IntroducerRoute;
import vn.sochibo.admission.CandidateStage;
import vn.sochibo.admission.StepRules;
import vn.sochibo.admission.Step;
import vn.sochibo.admission.StepRecord;
import vn.sochibo.admission.Timeline;
import vn.sochibo.admission.Verification;
import vn.sochibo.common.PersonName;
import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.common.ValidationException;
import vn.sochibo.meeting.Meeting;
import vn.sochibo.meeting.MeetingService;
import vn.sochibo.member.MemberService;
import vn.sochibo.member.MemberSummary;
import vn.sochibo.rulebook.service.DatedSettingService;
import vn.sochibo.storage.Database;
import vn.sochibo.storage.Operation;

/**
 * The candidates register and each candidate's file: adding a candidate from a chi bộ resolution, the dated steps,
 * introducers, verification requests, the checks accepted with a reason. Each method that changes data is one
 * audited transaction that validates first and changes nothing when anything is wrong ({@link ValidationException}).
 * Synchronous and JavaFX-free. See src/site/rules.md, "Kết nạp đảng viên (admission)".
 */
public final class AdmissionService {

    private final Database database;
    private final CandidateRepository candidates;
    private final MemberService members;
    private final MeetingService meetings;
    private final DatedSettingService settings;
    private final Clock clock;

    public AdmissionService(Database database, CandidateRepository candidates, MemberService members, MeetingService meetings,
                            DatedSettingService settings, Clock clock) {
        this.database = database;
        this.candidates = candidates;
        this.members = members;
        this.meetings = meetings;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The admission rules in force for this register (the rule book's values and the clerk's). */
    public AdmissionRules rules() {
        return new RuleBookRules(settings.book());
    }

    /** The register's rule book (documents read the legal basis from it). */
    vn.sochibo.rulebook.RuleBook settingsBook() {
        return settings.book();
    }

    MemberService members() {
        return members;
    }

    MeetingService meetings() {
        return meetings;
    }

    Database database() {
        return database;
    }

    CandidateRepository repository() {
        return candidates;
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Every candidate as a list row, in Vietnamese name order, with the next thing to do (none once closed). */
    public List<CandidateSummary> list() {
        List<CandidateSummary> rows = new ArrayList<>();
        for (CandidateFile f : files()) {
            Candidate c = f.candidate();
            var next = c.stage().closed() ? java.util.Optional.<Checklist.Line>empty() : f.checklist().next();
            rows.add(new CandidateSummary(c.id(), c.profile().issuer(), c.profile().fullName(), c.profile().birthDate(),
                    c.stage(), next.map(Checklist.Line::item).orElse(null), next.map(Checklist.Line::state).orElse(null),
                    next.map(Checklist.Line::due).orElse(null), f.checklist().late(), c.memberId()));
        }
        rows.sort(Comparator.comparing((CandidateSummary r) -> PersonName.sortKey(r.fullName())).thenComparingLong(CandidateSummary::id));
        return rows;
    }

    /** A candidate's whole file; a user-facing error when it no longer exists. */
    public Candidate find(long id) {
        return database.read(ctx -> candidates.find(ctx, id)).orElseThrow(() -> new UserFacingException("admission.error.notFound", id));
    }

    /** A candidate with the checklist and key dates of today. */
    public CandidateFile file(long id) {
        return files(List.of(find(id))).get(0);
    }

    /** Every candidate's file with its checklist (reminders, agenda, the command line). */
    public List<CandidateFile> files() {
        return files(database.read(candidates::all));
    }

    private List<CandidateFile> files(List<Candidate> all) {
        AdmissionRules rules = rules();
        RegisterFacts register = new RegisterFacts(members);
        LocalDate today = today();
        List<CandidateFile> out = new ArrayList<>();
        for (Candidate c : all) {
            Timeline t = new Timeline(c, rules);
            out.add(new CandidateFile(c, Checklist.of(c, today, rules, register::officialOn), t.probationEnd().orElse(null),
                    t.fullVoteDue().orElse(null)));
        }
        return out;
    }

    /** The chi bộ a candidate may belong to: those holding meetings (the sub-branches, or the branch itself). */
    public List<String> issuers() {
        return meetings.issuers();
    }

    /**
     * Adds a candidate put on the cảm tình Đảng list by a chi bộ resolution: the personal data, the route, the
     * helping member and the listing (its date, and the meeting when it is recorded here).
     *
     * @param helperMemberId an official member, or {@code null} (assigned later)
     * @param listedMeetingId the meeting that decided it, or {@code null}
     * @return the new candidate's id
     */
    public long add(CandidateProfile profile, IntroducerRoute route, Long helperMemberId, LocalDate listedOn, Long listedMeetingId) {
        List<Problem> problems = new ArrayList<>(profile.problems(today()));
        if (profile.issuer() != null && !issuers().contains(profile.issuer())) {
            problems.add(Problem.error("issuer", "admission.problem.issuer.unknown", profile.issuer()));
        }
        if (route == null) {
            problems.add(Problem.error("route", "admission.problem.route.required"));
        }
        StepRecord listed = listedOn == null ? null : new StepRecord(Step.LISTED, listedOn, null, null, listedMeetingId);
        if (listed != null) {
            problems.addAll(meetingProblems(listed, profile.issuer()));
            notInFuture(problems, listedOn);
        }
        if (helperMemberId != null) {
            problems.addAll(helperProblems(helperMemberId));
        }
        throwIfAny(problems);
        return database.write(Operation.of("audit.op.admission.add", profile.fullName()), ctx -> {
            long id = candidates.insert(ctx, profile, route, helperMemberId, null, now());
            if (listed != null) {
                candidates.putStep(ctx, id, listed, now());
            }
            return id;
        });
    }

    /**
     * Stores whole files at once, as they are (the sample branch at first start: one transaction, quick), each
     * profile checked; the ids the files carry are ignored.
     *
     * @return the new ids in input order
     */
    public List<Long> addFiles(List<Candidate> files) {
        for (Candidate c : files) {
            throwIfAny(c.profile().problems(today(), c.memberId() == null));
        }
        return database.write(Operation.of("audit.op.admission.addMany"), ctx -> {
            List<Long> ids = new ArrayList<>();
            LocalDateTime now = now();
            for (Candidate c : files) {
                long id = candidates.insert(ctx, c.profile(), c.route(), c.helperMemberId(), c.memberId(), now);
                for (StepRecord s : c.steps().values()) {
                    candidates.putStep(ctx, id, s, now);
                }
                for (Introducer i : c.introducers()) {
                    candidates.insertIntroducer(ctx, id, i);
                }
                for (Verification v : c.verifications()) {
                    candidates.insertVerification(ctx, id, v);
                }
                for (vn.sochibo.admission.AdmissionVote v : c.votes()) {
                    candidates.insertVote(ctx, id, v, now);
                }
                for (vn.sochibo.admission.Acceptance a : c.acceptances()) {
                    candidates.accept(ctx, id, a.check(), a.reason(), now);
                }
                ids.add(id);
            }
            return ids;
        });
    }

    /** Replaces a candidate's personal data (the chi bộ included). */
    public void update(long id, CandidateProfile profile) {
        Candidate c = find(id);
        List<Problem> problems = new ArrayList<>(profile.problems(today(), c.memberId() == null));
        if (profile.issuer() != null && !issuers().contains(profile.issuer()) && !profile.issuer().equals(c.profile().issuer())) {
            problems.add(Problem.error("issuer", "admission.problem.issuer.unknown", profile.issuer()));
        }
        throwIfAny(problems);
        database.write(Operation.of("audit.op.admission.update", profile.fullName()), ctx -> {
            if (!candidates.update(ctx, id, profile, now())) {
                throw new UserFacingException("admission.error.notFound", id);
            }
            return null;
        });
    }

    /** Sets the introducing route and the helping member (an official member, or {@code null}). */
    public void setRouteAndHelper(long id, IntroducerRoute route, Long helperMemberId) {
        Candidate c = find(id);
        List<Problem> problems = new ArrayList<>();
        if (route == null) {
            problems.add(Problem.error("route", "admission.problem.route.required"));
        }
        if (helperMemberId != null && !helperMemberId.equals(c.helperMemberId())) {
            problems.addAll(helperProblems(helperMemberId));
        }
        throwIfAny(problems);
        database.write(Operation.of("audit.op.admission.helper", c.profile().fullName()), ctx ->
                candidates.setLinks(ctx, id, route, helperMemberId, c.memberId(), now()));
    }

    private List<Problem> helperProblems(long memberId) {
        RegisterFacts register = new RegisterFacts(members);
        MemberSummary m = register.member(memberId);
        if (m == null) {
            return List.of(Problem.error("helper", "admission.problem.member.unknown"));
        }
        if (!register.officialOn(memberId, today())) {
            return List.of(Problem.error("helper", "admission.problem.helper.notOfficial", m.fullName()));
        }
        return List.of();
    }

    /**
     * Records a dated step of the file (or replaces it). The ceremony and the decision on full membership have
     * their own use cases ({@link AdmissionPipeline}), since they change the register.
     */
    public void recordStep(long id, StepRecord step) {
        Candidate c = find(id);
        List<Problem> problems = new ArrayList<>(StepRules.problems(c, step, today(), rules()));
        problems.addAll(meetingProblems(step, c.profile().issuer()));
        throwIfAny(problems);
        database.write(Operation.of("audit.op.admission.step", c.profile().fullName()), ctx -> {
            candidates.putStep(ctx, id, step, now());
            return null;
        });
    }

    /**
     * Removes a step recorded by mistake, with the reason for the change log. Refused for the ceremony and the
     * decision on full membership (they made entries in the register: correct them there) and for a step others
     * rest on (the decision once the ceremony is held).
     */
    public void removeStep(long id, Step step, String reason) {
        String why = requireReason(reason);
        Candidate c = find(id);
        if (step == Step.CEREMONY || step == Step.OFFICIAL_DECISION
                || (step == Step.DECISION || step == Step.DECISION_RECEIVED) && c.has(Step.CEREMONY)) {
            throw new ValidationException(List.of(Problem.error("step", "admission.problem.step.keep", step)));
        }
        database.write(Operation.of("audit.op.admission.stepRemove", why), ctx -> {
            if (!candidates.removeStep(ctx, id, step)) {
                throw new UserFacingException("admission.error.stepNotFound", step);
            }
            return null;
        });
    }

    /** Checks a meeting link: the meeting exists, is of the candidate's chi bộ and is on the step's date. */
    List<Problem> meetingProblems(StepRecord step, String issuer) {
        if (step.meetingId() == null) {
            return List.of();
        }
        Meeting m = meetings.find(step.meetingId());
        List<Problem> problems = new ArrayList<>();
        if (!m.issuer().equals(issuer)) {
            problems.add(Problem.error("meeting", "admission.problem.meeting.otherIssuer", m.issuer(), issuer));
        }
        if (!m.header().date().equals(step.date())) {
            problems.add(Problem.error("date", "admission.problem.meeting.date", m.header().date()));
        }
        return problems;
    }

    /**
     * Deletes a candidate entered by mistake, with the whole file; the reason goes to the change log. Refused once
     * the ceremony made a member: that history stays (the candidate is dropped or the member corrected instead).
     */
    public void delete(long id, String reason) {
        String why = requireReason(reason);
        Candidate c = find(id);
        if (c.stage().member()) {
            throw new ValidationException(List.of(Problem.error(null, "admission.problem.delete.member", c.profile().fullName())));
        }
        database.write(Operation.of("audit.op.admission.delete", why), ctx -> candidates.delete(ctx, id));
    }

    /** The official members of the register today (introducers and helpers), in Vietnamese name order. */
    public List<vn.sochibo.admission.Choice> officialMembers() {
        RegisterFacts register = new RegisterFacts(members);
        LocalDate today = today();
        return members.list().stream().filter(m -> register.officialOn(m.id(), today))
                .sorted(Comparator.comparing(m -> PersonName.sortKey(m.fullName())))
                .map(m -> new vn.sochibo.admission.Choice(m.id(), m.subBranch() == null ? m.fullName() : m.fullName() + " – " + m.subBranch(), null))
                .toList();
    }

    /** The probationary members whose probation is not followed here yet. */
    public List<vn.sochibo.admission.Choice> probationaryToFollow() {
        java.util.Set<Long> followed = database.read(candidates::followedMembers);
        return members.list().stream().filter(m -> m.status() == vn.sochibo.member.MemberStatus.PROBATIONARY && !followed.contains(m.id()))
                .sorted(Comparator.comparing(m -> PersonName.sortKey(m.fullName())))
                .map(m -> new vn.sochibo.admission.Choice(m.id(), m.fullName(), m.joinedDate())).toList();
    }

    /** The meetings of a chi bộ up to today, newest first (a vote or a listing is recorded at one). */
    public List<vn.sochibo.admission.Choice> meetingsOf(String issuer) {
        LocalDate today = today();
        return meetings.list().stream().filter(m -> m.issuer().equals(issuer) && !m.date().isAfter(today))
                .map(m -> new vn.sochibo.admission.Choice(m.id(), vn.sochibo.common.Formats.date(m.date()) + " – " + m.subject(), m.date()))
                .toList();
    }

    /** N of a meeting's roll call and the members present there who vote. */
    public record MeetingBase(int n, int votingPresent) {
    }

    /** The base of a vote at a meeting: N and the members present who vote. */
    public MeetingBase baseOf(long meetingId) {
        var f = meetings.find(meetingId).figures();
        return new MeetingBase(f.voteBase(), f.votingPresent());
    }

    /** Whether the candidate's stage is one of {@code stages}. */
    static boolean in(Candidate c, CandidateStage... stages) {
        for (CandidateStage s : stages) {
            if (c.stage() == s) {
                return true;
            }
        }
        return false;
    }

    void notInFuture(List<Problem> problems, LocalDate date) {
        if (date.isAfter(today())) {
            problems.add(Problem.error("date", "admission.problem.date.future", date));
        }
    }

    static String requireReason(String reason) {
        String why = Text.cleanOrNull(reason);
        if (why == null) {
            throw new ValidationException(List.of(Problem.error("reason", "admission.problem.reason.required")));
        }
        return why;
    }

    static void throwIfAny(List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The first candidate following this member's probation, if any. */
    Optional<Candidate> byMember(long memberId) {
        return database.read(candidates::all).stream().filter(c -> Long.valueOf(memberId).equals(c.memberId())).findFirst();
    }
}
