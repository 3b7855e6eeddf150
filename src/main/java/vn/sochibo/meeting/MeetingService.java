package vn.sochibo.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import vn.sochibo.branch.BranchKind;
import vn.sochibo.branch.BranchProfile;
import vn.sochibo.branch.BranchService;
import vn.sochibo.common.PersonName;
import vn.sochibo.common.Problem;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.common.ValidationException;
import vn.sochibo.member.MemberEvent;
import vn.sochibo.member.MemberLifecycle;
import vn.sochibo.member.MemberService;
import vn.sochibo.member.MemberStatus;
import vn.sochibo.member.MemberSummary;
import vn.sochibo.storage.Database;
import vn.sochibo.storage.Operation;

/**
 * Branch meetings' use cases. Each public method that changes data is one transaction: it validates first and
 * changes nothing when anything is wrong ({@link ValidationException}). Synchronous and JavaFX-free.
 */
public final class MeetingService {

    private final Database database;
    private final MeetingRepository meetings;
    private final MemberService members;
    private final BranchService branch;
    private final Clock clock;
    private DuesNotices dues = DuesNotices.NONE;

    public MeetingService(Database database, MeetingRepository meetings, MemberService members, BranchService branch, Clock clock) {
        this.database = database;
        this.meetings = meetings;
        this.members = members;
        this.branch = branch;
        this.clock = clock;
    }

    /** Where a new meeting's agenda gets the dues book's figures (wired by the composition root). */
    public void setDuesNotices(DuesNotices dues) {
        this.dues = dues;
    }

    /** Every meeting, newest first. */
    public List<MeetingSummary> list() {
        return database.read(meetings::summaries);
    }

    /** A whole meeting; a user-facing error when it no longer exists. */
    public Meeting find(long id) {
        return database.read(ctx -> meetings.find(ctx, id)).orElseThrow(() -> new UserFacingException("meeting.error.notFound", id));
    }

    /**
     * The chi bộ that can hold meetings: the sub-branches of a đảng bộ cơ sở, or the branch itself. Empty
     * before the branch profile is set.
     */
    public List<String> issuers() {
        BranchProfile profile = branch.profile().orElse(null);
        if (profile == null) {
            return List.of();
        }
        List<String> subBranches = members.subBranches();
        if (profile.kind() == BranchKind.DANG_BO_CO_SO && !subBranches.isEmpty()) {
            return subBranches;
        }
        return List.of(profile.branchName());
    }

    /** The body above the issuer, for the left header of the minutes. */
    public String upperBodyOf(String issuer) {
        BranchProfile profile = branch.profile().orElseThrow(() -> new UserFacingException("meeting.error.noProfile"));
        return issuer.equals(profile.branchName()) ? profile.upperBody() : profile.branchName();
    }

    /** The place name of document dates ("Thanh Hóa"). */
    public String placeName() {
        return branch.profile().map(BranchProfile::placeName).orElse("");
    }

    /**
     * A new, unsaved meeting of {@code issuer} on {@code date}: the next minutes number of the term, the agenda
     * from the branch's template for the type (or the built-in one) and the roll from the register at that date.
     */
    public Meeting prepare(String issuer, MeetingType type, LocalDate date) {
        BranchProfile profile = branch.profile().orElseThrow(() -> new UserFacingException("meeting.error.noProfile"));
        int number = database.read(ctx -> meetings.maxNumber(ctx, issuer, profile.term())) + 1;
        MeetingDraft header = new MeetingDraft(type, defaultSubject(type, date), date, LocalTime.of(14, 0), LocalTime.of(16, 0),
                "", "", "", null, number);
        List<AgendaItem> agenda = MinutesComposer.withDues(withContributions(agendaTemplate(type), issuer, date),
                dues.before(issuer, date).orElse(null));
        return new Meeting(0, header, issuer, profile.term(), number, agenda, rollAt(issuer, date), List.of(), List.of());
    }

    /**
     * What another feature adds to a new meeting's agenda (the admission votes and ceremonies that are due, for
     * example): a port, so the meetings know no feature. Wired by the composition root.
     */
    @FunctionalInterface
    public interface AgendaContributor {
        /** Titles of content items for a new meeting of {@code issuer} on {@code date} (document text). */
        List<String> items(String issuer, LocalDate date);
    }

    private final List<AgendaContributor> contributors = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Adds a source of agenda items for new meetings. */
    public void addAgendaContributor(AgendaContributor contributor) {
        contributors.add(contributor);
    }

    /** The agenda with the contributed items at the end of the content part, before the closing part. */
    private List<AgendaItem> withContributions(List<AgendaItem> agenda, String issuer, LocalDate date) {
        List<AgendaItem> extra = new ArrayList<>();
        for (AgendaContributor c : contributors) {
            for (String title : c.items(issuer, date)) {
                extra.add(new AgendaItem(AgendaPart.CONTENT, title, null, null, null));
            }
        }
        if (extra.isEmpty()) {
            return agenda;
        }
        List<AgendaItem> out = new ArrayList<>(agenda);
        int at = 0;
        while (at < out.size() && out.get(at).part() != AgendaPart.CLOSING) {
            at++;
        }
        out.addAll(at, extra);
        return out;
    }

    /** The default subject line ("Sinh hoạt chi bộ thường kỳ tháng 11 năm 2026"; wording in minutes-text.properties). */
    static String defaultSubject(MeetingType type, LocalDate date) {
        return MinutesComposer.defaultSubject(type, date);
    }

    /**
     * The roll call from the register at {@code date}: members of the issuer (all members when the issuer is the
     * branch itself) who were on the register that day, with their status then, in Vietnamese name order. Everyone
     * starts present, except members away on temporary activity, exempt and suspended members (absent with a reason).
     */
    public List<RollEntry> rollAt(String issuer, LocalDate date) {
        List<MemberSummary> all = members.list();
        Map<Long, List<MemberEvent>> events = members.allEvents();
        boolean bySubBranch = all.stream().anyMatch(m -> issuer.equals(m.subBranch()));
        List<RollEntry> roll = new ArrayList<>();
        for (MemberSummary m : all) {
            if (bySubBranch && !issuer.equals(m.subBranch())) {
                continue;
            }
            MemberStatus status = statusAt(m, events.getOrDefault(m.id(), List.of()), date);
            if (status == null || !status.onRegister()) {
                continue;
            }
            Attendance attendance = status == MemberStatus.TEMPORARILY_AWAY || status == MemberStatus.SUSPENDED
                    || status == MemberStatus.EXEMPT ? Attendance.EXCUSED : Attendance.PRESENT;
            roll.add(new RollEntry(m.id(), m.fullName(), status, attendance, null));
        }
        roll.sort(Comparator.comparing(r -> PersonName.sortKey(r.fullName())));
        return roll;
    }

    private static MemberStatus statusAt(MemberSummary member, List<MemberEvent> events, LocalDate date) {
        return MemberLifecycle.statusAt(member, events, date);
    }

    /** The branch's own agenda template for the type, or the built-in one. */
    public List<AgendaItem> agendaTemplate(MeetingType type) {
        List<AgendaItem> own = database.read(ctx -> meetings.template(ctx, type));
        return own.isEmpty() ? AgendaTemplates.builtIn(type) : own;
    }

    /** Saves an agenda (titles only) as the branch's own template for the type; one transaction. */
    public void saveAgendaTemplate(MeetingType type, List<AgendaItem> items) {
        List<Problem> problems = new ArrayList<>();
        if (items.isEmpty() || items.stream().anyMatch(i -> i.title() == null || i.title().isEmpty())) {
            problems.add(Problem.error("agenda", "meeting.problem.agenda.title"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        database.write(Operation.of("audit.op.meeting.template"), ctx -> {
            meetings.saveTemplate(ctx, type, items);
            return null;
        });
    }

    /** What is wrong with a meeting: header, agenda titles, each resolution against the attendance. */
    public List<Problem> problems(Meeting meeting) {
        List<Problem> problems = new ArrayList<>(meeting.header().problems());
        if (meeting.agenda().stream().anyMatch(i -> i.title() == null || i.title().isEmpty())) {
            problems.add(Problem.error("agenda", "meeting.problem.agenda.title"));
        }
        AttendanceFigures figures = meeting.figures();
        for (Resolution r : meeting.resolutions()) {
            problems.addAll(r.problems(figures));
        }
        for (Assignment a : meeting.assignments()) {
            if (a.assignee() == null || a.assignee().isEmpty() || a.task() == null || a.task().isEmpty()) {
                problems.add(Problem.error("assignments", "meeting.problem.assignment.incomplete"));
            }
        }
        return problems;
    }

    /**
     * Stores a meeting (new when its id is 0) with everything recorded in it, in one transaction. The header's
     * number, when given, replaces the proposed one (the clerk may correct it) but must be free in the term.
     * Assignments carried over from an earlier meeting mark their source as carried over.
     *
     * @return the meeting's id
     */
    public long save(Meeting meeting) {
        return save(meeting, List.of());
    }

    /**
     * Stores a meeting as {@link #save(Meeting)} and, in the same transaction, marks done the earlier meetings'
     * assignments the clerk ticked off in it.
     *
     * @param doneEarlier ids of earlier meetings' assignments found done at this meeting
     * @return the meeting's id
     */
    public long save(Meeting meeting, java.util.Collection<Long> doneEarlier) {
        List<Problem> problems = problems(meeting);
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new ValidationException(problems);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return database.write(Operation.of("audit.op.meeting.save"), ctx -> {
            int number = meeting.header().number() != null ? meeting.header().number() : meeting.number();
            if (meetings.numberTaken(ctx, meeting.issuer(), meeting.term(), number, meeting.id())) {
                throw new ValidationException(List.of(Problem.error("number", "meeting.problem.number.taken",
                        DocumentNumbers.minutes(number))));
            }
            Meeting stored = new Meeting(meeting.id(), meeting.header(), meeting.issuer(), meeting.term(), number,
                    meeting.agenda(), meeting.roll(), meeting.resolutions(), meeting.assignments());
            long id = meeting.id();
            if (id == 0) {
                id = meetings.insert(ctx, stored, now);
            } else if (!meetings.update(ctx, id, stored, now)) {
                throw new UserFacingException("meeting.error.notFound", id);
            }
            meetings.replaceDetails(ctx, id, stored);
            for (Assignment a : meeting.assignments()) {
                if (a.id() == 0 && a.carriedFrom() != null) {
                    meetings.setAssignmentStatus(ctx, a.carriedFrom(), AssignmentStatus.CARRIED_OVER);
                }
            }
            for (long done : doneEarlier) {
                if (!meetings.setAssignmentStatus(ctx, done, AssignmentStatus.DONE)) {
                    throw new UserFacingException("meeting.error.assignmentNotFound");
                }
            }
            return id;
        });
    }

    /** Deletes a meeting with its roll call, notes, resolutions and assignments. */
    public void delete(long id) {
        database.write(Operation.of("audit.op.meeting.delete"), ctx -> {
            if (!meetings.delete(ctx, id)) {
                throw new UserFacingException("meeting.error.notFound", id);
            }
            return null;
        });
    }

    /** Open assignments from the issuer's earlier meetings, for the clerk to mark done or carry over. */
    public List<CarriedAssignment> openAssignmentsBefore(String issuer, LocalDate date, long meetingId) {
        return database.read(ctx -> meetings.openAssignmentsBefore(ctx, issuer, date, meetingId));
    }

    /** Marks an assignment of an earlier meeting as done; one transaction. */
    public void markDone(long assignmentId) {
        database.write(Operation.of("audit.op.meeting.assignmentDone"), ctx -> {
            if (!meetings.setAssignmentStatus(ctx, assignmentId, AssignmentStatus.DONE)) {
                throw new UserFacingException("meeting.error.assignmentNotFound");
            }
            return null;
        });
    }

    /**
     * Members of this meeting's roll who reach 2 or more unexcused absences in the calendar year of the meeting,
     * counting the issuer's other meetings up to this date and this meeting's roll as it stands now.
     */
    public List<AbsenceWarning> absenceWarnings(Meeting meeting) {
        LocalDate date = meeting.header().date();
        Map<Long, Integer> earlier = database.read(ctx -> meetings.unexcusedAbsences(ctx, meeting.issuer(),
                date.withDayOfYear(1), date, meeting.id()));
        return absenceWarnings(meeting, earlier);
    }

    /** The same, from counts already loaded (pure; for live updates while the roll is taken). */
    public static List<AbsenceWarning> absenceWarnings(Meeting meeting, Map<Long, Integer> earlier) {
        List<AbsenceWarning> warnings = new ArrayList<>();
        for (RollEntry r : meeting.roll()) {
            int count = earlier.getOrDefault(r.memberId(), 0) + (r.attendance() == Attendance.UNEXCUSED ? 1 : 0);
            if (count >= 2) {
                warnings.add(new AbsenceWarning(r.memberId(), r.fullName(), meeting.header().date().getYear(), count));
            }
        }
        return warnings;
    }

    /** Unexcused absences per member in the issuer's other meetings of the year up to {@code date}. */
    public Map<Long, Integer> earlierUnexcused(String issuer, LocalDate date, long meetingId) {
        return database.read(ctx -> meetings.unexcusedAbsences(ctx, issuer, date.withDayOfYear(1), date, meetingId));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
