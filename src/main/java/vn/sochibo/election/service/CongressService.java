package vn.sochibo.election.service;

import vn.sochibo.election.Attendance;
import vn.sochibo.election.AttendanceList;
import vn.sochibo.election.Congress;
import vn.sochibo.election.CongressAttendee;
import vn.sochibo.election.CongressDraft;
import vn.sochibo.election.engine.Attendee;
import vn.sochibo.election.engine.CongressRoll;

import vn.sochibo.vote.VoteBase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import vn.sochibo.common.PersonName;
import vn.sochibo.common.Problem;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.common.ValidationException;
import vn.sochibo.member.MemberEvent;
import vn.sochibo.member.MemberEventType;
import vn.sochibo.member.MemberLifecycle;
import vn.sochibo.member.MemberService;
import vn.sochibo.member.MemberStatus;
import vn.sochibo.member.MemberSummary;
import vn.sochibo.member.PartyYears;
import vn.sochibo.storage.Database;
import vn.sochibo.storage.Operation;

/**
 * A congress and its roll: set up from the register, attendance recorded, N and the ballot holders derived by
 * the engine ({@link CongressRoll}). Each public method is one transaction; bad input throws
 * {@link ValidationException} and changes nothing. JavaFX-free.
 */
public final class CongressService {

    private static final java.util.Set<MemberEventType> SITUATION_EVENTS = java.util.EnumSet.of(
            MemberEventType.TEMPORARY_LEAVE, MemberEventType.EXEMPTED, MemberEventType.SUSPENDED);

    private final Database database;
    private final CongressRepository congresses;
    private final ElectionRepository elections;
    private final MemberService members;
    private final Clock clock;

    /** Wires the service. */
    public CongressService(Database database, CongressRepository congresses, ElectionRepository elections,
            MemberService members, Clock clock) {
        this.database = database;
        this.congresses = congresses;
        this.elections = elections;
        this.members = members;
        this.clock = clock;
    }

    /**
     * Sets up a congress and takes the roll from the register as it stands on the congress date: official
     * members (active, exempt, temporarily away, suspended) and probationary members. Everyone starts present
     * except members away on temporary activity, suspended members and exempt members (who are invited and
     * count in N only once marked present, as in a meeting's roll call).
     *
     * @param draft what the clerk typed
     * @return the new congress id
     * @throws ValidationException when a field is missing or malformed
     */
    public long create(CongressDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.term() == null || !draft.term().matches("\\d{4}–\\d{4}")) {
            problems.add(Problem.error("term", "election.congress.problem.term"));
        }
        if (draft.heldOn() == null) {
            problems.add(Problem.error("heldOn", "election.congress.problem.date"));
        }
        if (draft.place() == null || draft.place().isEmpty()) {
            problems.add(Problem.error("place", "election.congress.problem.place"));
        }
        if (draft.recordNumber() < 1) {
            problems.add(Problem.error("recordNumber", "election.congress.problem.number"));
        }
        if (draft.boardHead() == null || draft.boardHead().isEmpty()) {
            problems.add(Problem.error("boardHead", "election.congress.problem.boardHead"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<CongressAttendee> roll = rollFromRegister(draft.heldOn());
        return database.write(Operation.of("audit.op.congress.create"), ctx -> {
            long id = congresses.insert(ctx, draft, LocalDateTime.now(clock));
            congresses.insertAttendees(ctx, id, roll);
            return id;
        });
    }

    private List<CongressAttendee> rollFromRegister(LocalDate date) {
        boolean past = date.isBefore(members.today());
        Map<Long, List<MemberEvent>> events = members.allEvents();
        List<CongressAttendee> roll = new ArrayList<>();
        for (MemberSummary member : members.list()) {
            List<MemberEvent> history = events.getOrDefault(member.id(), List.of());
            MemberStatus status = past ? MemberLifecycle.status(
                    history.stream().filter(e -> !e.date().isAfter(date)).toList(), MemberStatus.PROBATIONARY)
                    : member.status();
            if (!status.onRegister() || member.joinedDate() != null && member.joinedDate().isAfter(date)) {
                continue;
            }
            // a member on leave, exempt or suspended keeps the standing the official date gives
            boolean official = status == MemberStatus.OFFICIAL || status != MemberStatus.PROBATIONARY
                    && (member.officialDate() != null && !member.officialDate().isAfter(date)
                    || MemberLifecycle.status(history.stream().filter(e -> !e.date().isAfter(date))
                            .filter(e -> !SITUATION_EVENTS.contains(e.type())).toList(), MemberStatus.PROBATIONARY)
                            == MemberStatus.OFFICIAL);
            Attendee.Standing standing = official ? Attendee.Standing.OFFICIAL : Attendee.Standing.PROBATIONARY;
            Attendee.Situation situation = switch (status) {
                case TEMPORARILY_AWAY -> Attendee.Situation.TEMPORARILY_ELSEWHERE;
                case EXEMPT -> Attendee.Situation.EXEMPT;
                case SUSPENDED -> Attendee.Situation.SUSPENDED;
                default -> Attendee.Situation.ACTIVE;
            };
            // exempt members are invited but start absent, as in a meeting's roll call: they count in N only
            // when marked present (src/site/rules.md, "Sinh hoạt chi bộ và đại hội")
            Attendance attendance = situation == Attendee.Situation.TEMPORARILY_ELSEWHERE
                    || situation == Attendee.Situation.SUSPENDED ? Attendance.ABSENT
                    : situation == Attendee.Situation.EXEMPT ? Attendance.ABSENT_EXCUSED : Attendance.PRESENT;
            int years = PartyYears.completedYears(member.partyYearsStart(), history, date).orElse(0);
            roll.add(new CongressAttendee(0, member.id(), member.fullName(), standing, situation, attendance, years));
        }
        Comparator<String> byName = PersonName.comparator();
        roll.sort(Comparator.comparing(CongressAttendee::name, byName));
        return roll;
    }

    /**
     * Every congress, newest first.
     *
     * @return the congresses
     */
    public List<Congress> list() {
        return database.read(congresses::all);
    }

    /**
     * One congress.
     *
     * @param id the congress id
     * @return the congress
     * @throws UserFacingException if it does not exist
     */
    public Congress congress(long id) {
        return database.read(ctx -> find(ctx, id));
    }

    Congress find(DSLContext ctx, long id) {
        return congresses.find(ctx, id).orElseThrow(() -> new UserFacingException("election.error.noCongress", id));
    }

    /**
     * The roll in Vietnamese name order.
     *
     * @param congressId the congress
     * @return every line of the roll
     */
    public List<CongressAttendee> roll(long congressId) {
        return database.read(ctx -> congresses.attendees(ctx, congressId));
    }

    /**
     * Records one member's attendance. Refused once a vote has been opened, because N is fixed from then on.
     *
     * @param attendeeId the roll line
     * @param attendance present, absent, absent with accepted reason
     * @throws ValidationException if voting has started
     */
    public void setAttendance(long attendeeId, Attendance attendance) {
        database.write(Operation.of("audit.op.congress.attendance"), ctx -> {
            long congressId = congresses.congressOfAttendee(ctx, attendeeId)
                    .orElseThrow(() -> new UserFacingException("election.error.noAttendee", attendeeId));
            if (elections.votingStarted(ctx, congressId)) {
                throw new ValidationException(List.of(Problem.error("attendance", "election.roll.problem.locked")));
            }
            congresses.setAttendance(ctx, attendeeId, attendance);
            return null;
        });
    }

    /**
     * The roll and the engine's view of it, read together.
     *
     * @param congressId the congress
     * @return the lines in name order with N, the ballot holders and the notes
     */
    public AttendanceList attendanceList(long congressId) {
        return database.read(ctx -> {
            List<CongressAttendee> lines = congresses.attendees(ctx, congressId);
            return new AttendanceList(lines, roll(lines));
        });
    }

    /**
     * The engine's roll for a congress.
     *
     * @param congressId the congress
     * @return the roll
     */
    public CongressRoll congressRoll(long congressId) {
        return database.read(ctx -> rollOf(ctx, congressId));
    }

    List<CongressAttendee> attendees(DSLContext ctx, long congressId) {
        return congresses.attendees(ctx, congressId);
    }

    CongressRoll rollOf(DSLContext ctx, long congressId) {
        return roll(congresses.attendees(ctx, congressId));
    }

    private static CongressRoll roll(List<CongressAttendee> lines) {
        return CongressRoll.of(lines.stream().map(CongressAttendee::toAttendee).toList());
    }

    /**
     * N with each subtraction (src/site/rules.md, "Biểu quyết và bầu cử: số N và ngưỡng").
     *
     * @param congressId the congress
     * @return the vote base
     */
    public VoteBase voteBase(long congressId) {
        return congressRoll(congressId).voteBase();
    }
}
