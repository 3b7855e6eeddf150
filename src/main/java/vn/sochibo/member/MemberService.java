package vn.sochibo.member;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import vn.sochibo.common.Problem;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.common.ValidationException;
import vn.sochibo.storage.Database;
import vn.sochibo.storage.Operation;

/**
 * The member register's use cases. Each public method is one transaction: it validates first and changes
 * nothing when anything is wrong ({@link ValidationException} with every problem). Synchronous and
 * JavaFX-free: call it from a background thread.
 */
public final class MemberService {

    private final Database database;
    private final MemberRepository members;
    private final MemberEventRepository events;
    private final SubBranchRepository subBranches;
    private final Clock clock;
    private final FollowUpRepository followUps = new FollowUpRepository();

    public MemberService(Database database, MemberRepository members, MemberEventRepository events,
                         SubBranchRepository subBranches, Clock clock) {
        this.database = database;
        this.members = members;
        this.events = events;
        this.subBranches = subBranches;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every member as a list row (unsorted). */
    public List<MemberSummary> list() {
        return database.read(members::summaries);
    }

    /** Every member's full record, in id order. */
    public List<Member> records() {
        return database.read(members::all);
    }

    /** The work list "Cần bổ sung": what imports inferred or found missing, member by member. */
    public List<FollowUp> workList() {
        return database.read(ctx -> {
            // a missing field the clerk (or a later import) has since filled in is no longer on the list
            Map<Long, MemberDraft> records = new java.util.HashMap<>();
            for (Member m : members.all(ctx)) {
                records.put(m.id(), m.data());
            }
            return followUps.all(ctx).stream().filter(f -> !filledSince(f, records.get(f.memberId()))).toList();
        });
    }

    private static boolean filledSince(FollowUp f, MemberDraft now) {
        if (now == null || !f.problem().messageKey().endsWith(".required")) {
            return false;
        }
        return switch (f.problem().field() == null ? "" : f.problem().field()) {
            case "gender" -> now.gender() != null;
            case "birthDate" -> now.birthDate() != null || now.birthYear() != null;
            case "joinedDate" -> now.joinedDate() != null;
            default -> false;
        };
    }

    /** Takes a line off the work list once the clerk has confirmed or filled it in (one transaction). */
    public void resolveFollowUp(long id) {
        database.write(Operation.of("audit.op.member.followUpDone"), ctx -> {
            if (!followUps.delete(ctx, id)) {
                throw new UserFacingException("member.error.followUpNotFound");
            }
            return null;
        });
    }

    /** Every member's events grouped by member id. */
    public Map<Long, List<MemberEvent>> allEvents() {
        return database.read(events::all);
    }

    /**
     * Only the events that Party years and reminders look at (removal, expulsion, re-admission, death, badges and
     * the periods of temporary leave, exemption and suspension), grouped by member id: far fewer than all events.
     */
    public Map<Long, List<MemberEvent>> eventsForReminders() {
        return database.read(ctx -> events.ofTypes(ctx, java.util.EnumSet.of(MemberEventType.REMOVED, MemberEventType.EXPELLED,
                MemberEventType.READMITTED, MemberEventType.BADGE_AWARDED, MemberEventType.TEMPORARY_LEAVE,
                MemberEventType.EXEMPTED, MemberEventType.SUSPENDED, MemberEventType.DECEASED)));
    }

    /** A member with its history; throws a user-facing error when it no longer exists. */
    public MemberDetails details(long id) {
        return database.read(ctx -> {
            Member member = members.find(ctx, id).orElseThrow(() -> new UserFacingException("member.error.notFound", id));
            return new MemberDetails(member, events.forMember(ctx, id));
        });
    }

    /** The places earlier transfers named (offered while the clerk types a new one). */
    public List<String> transferPlaces() {
        return database.read(events::places);
    }

    /** Sub-branch names in display order. */
    public List<String> subBranches() {
        return database.read(subBranches::names);
    }

    /**
     * Adds a new member. The admission ceremony (and, when the official date is given, the recognition) are
     * recorded as events, so the status and history follow from them.
     *
     * @return the new member's id
     */
    public long create(MemberDraft draft) {
        return createWithHistory(draft, defaultHistory(draft));
    }

    /** Adds a new member with the given history (sample branch, imports); one transaction. */
    public long createWithHistory(MemberDraft draft, List<EventDraft> history) {
        requireValid(draft);
        return database.write(Operation.of("audit.op.member.create"), ctx -> insert(ctx, draft, history));
    }

    /** Adds many members in one transaction (all or nothing), each with its ceremony and recognition events. */
    public int createAll(List<MemberDraft> drafts) {
        return createAllWithHistory(drafts.stream().map(d -> new NewMember(d, defaultHistory(d))).toList()).size();
    }

    private static List<EventDraft> defaultHistory(MemberDraft draft) {
        List<EventDraft> history = new ArrayList<>();
        history.add(new EventDraft(MemberEventType.ADMITTED, draft.joinedDate(), null, null, null));
        if (draft.officialDate() != null) {
            history.add(new EventDraft(MemberEventType.OFFICIAL, draft.officialDate(), null, null, null));
        }
        return history;
    }

    /** A member to add together with its recorded history. */
    public record NewMember(MemberDraft draft, List<EventDraft> history) {
    }

    /**
     * Adds many members, each with its history, in one transaction (all or nothing): the sample branch, imports.
     *
     * @return the new ids in input order
     */
    public List<Long> createAllWithHistory(List<NewMember> newMembers) {
        for (NewMember m : newMembers) {
            requireValid(m.draft());
        }
        return database.write(Operation.of("audit.op.member.createMany"), ctx -> insertAll(ctx, newMembers, new java.util.HashMap<>()));
    }

    private List<Long> insertAll(DSLContext ctx, List<NewMember> newMembers, Map<String, Long> subBranchIds) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<MemberDraft> drafts = new ArrayList<>(newMembers.size());
        List<MemberStatus> statuses = new ArrayList<>(newMembers.size());
        for (NewMember m : newMembers) {
            List<MemberEvent> history = new ArrayList<>();
            for (EventDraft e : m.history()) {
                if (e.date() != null) {
                    history.add(new MemberEvent(history.size(), 0, e.type(), e.date(), e.endDate(), e.documentRef(), e.note()));
                }
            }
            statuses.add(MemberLifecycle.status(history, MemberStatus.PROBATIONARY));
            LocalDate official = MemberLifecycle.lastDate(history, MemberEventType.OFFICIAL).orElse(m.draft().officialDate());
            drafts.add(official == null || official.equals(m.draft().officialDate()) ? m.draft() : m.draft().withOfficialDate(official));
        }
        List<Long> subIds = subBranchIds(ctx, drafts, subBranchIds);
        List<Long> ids = members.insertAll(ctx, drafts, subIds, statuses, now);
        List<Long> eventMembers = new ArrayList<>();
        List<EventDraft> eventDrafts = new ArrayList<>();
        for (int i = 0; i < newMembers.size(); i++) {
            for (EventDraft e : newMembers.get(i).history()) {
                if (e.date() != null) {
                    eventMembers.add(ids.get(i));
                    eventDrafts.add(e);
                }
            }
        }
        events.insertAll(ctx, eventMembers, eventDrafts, now);
        return ids;
    }

    private List<Long> subBranchIds(DSLContext ctx, List<MemberDraft> drafts, Map<String, Long> cache) {
        List<Long> subIds = new ArrayList<>(drafts.size());
        for (MemberDraft d : drafts) {
            subIds.add(d.subBranch() == null ? null : cache.computeIfAbsent(d.subBranch(), name -> subBranches.idFor(ctx, name)));
        }
        return subIds;
    }

    /** The default history of an imported member: the ceremony, and recognition when the official date is known. */
    public static NewMember withDefaultHistory(MemberDraft draft) {
        return new NewMember(draft, defaultHistory(draft));
    }

    /** A stored member whose record is to be replaced (its history is kept). */
    public record MemberUpdate(long id, MemberDraft draft) {
    }

    /** Adds and replaces members inside the transaction of {@link #inOneTransaction}, in batches. */
    public static final class BulkWriter {
        private final java.util.function.Function<List<NewMember>, List<Long>> create;
        private final java.util.function.Consumer<List<MemberUpdate>> update;
        private final FollowUpWriter followUp;

        private BulkWriter(java.util.function.Function<List<NewMember>, List<Long>> create,
                           java.util.function.Consumer<List<MemberUpdate>> update, FollowUpWriter followUp) {
            this.create = create;
            this.update = update;
            this.followUp = followUp;
        }

        /** Puts lines on the work list "Cần bổ sung" for a member (same transaction). */
        public void followUp(long memberId, List<Problem> problems, String source) {
            if (!problems.isEmpty()) {
                followUp.write(memberId, problems, source);
            }
        }

        /** Validates and adds the members with their histories; returns their ids in input order. */
        public List<Long> create(List<NewMember> newMembers) {
            return create.apply(newMembers);
        }

        /** Validates and replaces the records (not the histories) of stored members. */
        public void update(List<MemberUpdate> updates) {
            update.accept(updates);
        }
    }

    @FunctionalInterface
    private interface FollowUpWriter {
        void write(long memberId, List<Problem> problems, String source);
    }

    /**
     * Runs {@code work} in ONE transaction in which it may add and replace members in as many batches as it
     * likes (imports stream a file this way). Each batch is validated first; if any batch is invalid or
     * {@code work} throws, the whole transaction rolls back and the register is unchanged.
     */
    public <T> T inOneTransaction(java.util.function.Function<BulkWriter, T> work) {
        return database.write(Operation.of("audit.op.member.createMany"), ctx -> {
            Map<String, Long> subBranchIds = new java.util.HashMap<>();
            return work.apply(new BulkWriter(batch -> createBatch(ctx, batch, subBranchIds),
                    batch -> updateBatch(ctx, batch, subBranchIds),
                    (id, problems, source) -> followUps.insertAll(ctx, id, problems, source, LocalDateTime.now(clock))));
        });
    }

    private List<Long> createBatch(DSLContext ctx, List<NewMember> newMembers, Map<String, Long> subBranchIds) {
        for (NewMember m : newMembers) {
            requireImportable(m.draft());
        }
        return insertAll(ctx, newMembers, subBranchIds);
    }

    private void updateBatch(DSLContext ctx, List<MemberUpdate> updates, Map<String, Long> subBranchIds) {
        List<MemberDraft> drafts = new ArrayList<>(updates.size());
        List<Long> ids = new ArrayList<>(updates.size());
        for (MemberUpdate u : updates) {
            requireImportable(u.draft());
            drafts.add(u.draft());
            ids.add(u.id());
        }
        int changed = members.updateAll(ctx, ids, drafts, subBranchIds(ctx, drafts, subBranchIds), LocalDateTime.now(clock));
        if (changed != updates.size()) {
            throw new UserFacingException("member.error.notFound", "?");
        }
    }

    /** The form's side of {@link UniqueKeys}: refuses a card number or personal ID another member holds. */
    private void requireUniqueKeys(DSLContext ctx, MemberDraft draft, Long self) {
        List<Problem> clashes = new UniqueKeys(members.holders(ctx, draft.partyCardNumber(), draft.personalId()))
                .clashes(draft, holder -> self != null && holder.id() == self);
        if (!clashes.isEmpty()) {
            throw new ValidationException(clashes);
        }
    }

    private long insert(DSLContext ctx, MemberDraft draft, List<EventDraft> history) {
        requireUniqueKeys(ctx, draft, null);
        LocalDateTime now = LocalDateTime.now(clock);
        Long subBranchId = draft.subBranch() == null ? null : subBranches.idFor(ctx, draft.subBranch());
        long id = members.insert(ctx, draft, subBranchId, MemberStatus.PROBATIONARY, now);
        for (EventDraft event : history) {
            if (event.date() != null) {
                events.insert(ctx, id, event, now);
            }
        }
        refreshStatus(ctx, id, now);
        return id;
    }

    /**
     * Replaces a member's record; the history is kept as it is.
     *
     * @return the change, with the record as it was before (for "Hoàn tác")
     */
    public RegisterChange.MemberEdited update(long id, MemberDraft draft) {
        requireValid(draft);
        return database.write(Operation.of("audit.op.member.update"), ctx -> {
            requireUniqueKeys(ctx, draft, id);
            MemberDraft before = members.find(ctx, id).orElseThrow(() -> new UserFacingException("member.error.notFound", id)).data();
            LocalDateTime now = LocalDateTime.now(clock);
            Long subBranchId = draft.subBranch() == null ? null : subBranches.idFor(ctx, draft.subBranch());
            members.update(ctx, id, draft, subBranchId, now);
            return new RegisterChange.MemberEdited(id, before, members.find(ctx, id).orElseThrow().data());
        });
    }

    /**
     * Records a lifecycle event after checking it fits the member's current status and dates; the status is
     * derived again. Recognition as official also sets the member's official date.
     */
    public MemberStatus recordEvent(long id, EventDraft event) {
        return record(id, event).status();
    }

    /** The event recorded (for "Hoàn tác") and the status it led to. */
    public record Recorded(RegisterChange.EventRecorded change, MemberStatus status) {
    }

    /** As {@link #recordEvent}, returning the stored event too. */
    public Recorded record(long id, EventDraft event) {
        return database.write(Operation.of("audit.op.member.event"), ctx -> {
            Member member = members.find(ctx, id).orElseThrow(() -> new UserFacingException("member.error.notFound", id));
            List<Problem> problems = eventProblems(member, events.forMember(ctx, id), event);
            if (problems.stream().anyMatch(Problem::isError)) {
                throw new ValidationException(problems);
            }
            LocalDateTime now = LocalDateTime.now(clock);
            long eventId = events.insert(ctx, id, event, now);
            MemberStatus status = refreshStatus(ctx, id, now);
            MemberEvent stored = events.forMember(ctx, id).stream().filter(e -> e.id() == eventId).findFirst().orElseThrow();
            return new Recorded(new RegisterChange.EventRecorded(id, stored), status);
        });
    }

    /** What is wrong with recording {@code event} for {@code member} now (errors block, warnings inform). */
    public List<Problem> eventProblems(Member member, List<MemberEvent> history, EventDraft event) {
        List<Problem> problems = EventRules.fieldProblems(member, event, today());
        if (event.type() == null || event.date() == null) {
            return problems;
        }
        if (event.type() == MemberEventType.EXPELLED && MemberLifecycle.stillProbationary(member, history)) {
            problems.add(Problem.error("type", "member.event.problem.expelProbationary"));
        } else if (!MemberLifecycle.allowedNext(member, history).contains(event.type())) {
            problems.add(Problem.error("type", "member.event.problem.notAllowed", event.type(), member.status()));
        }
        MemberLifecycle.ordered(history).stream().reduce((a, b) -> b).ifPresent(last -> {
            if (event.date().isBefore(last.date())) {
                problems.add(Problem.error("date", "member.event.problem.beforeLast", last.date()));
            }
        });
        return problems;
    }

    private MemberStatus refreshStatus(DSLContext ctx, long id, LocalDateTime now) {
        return refreshStatus(ctx, members, events, id, now);
    }

    /**
     * Works the member's status out again from its events and stores it with the date of its latest recognition
     * (if any); used after every change of the history.
     */
    static MemberStatus refreshStatus(DSLContext ctx, MemberRepository members, MemberEventRepository events, long id,
                                      LocalDateTime now) {
        List<MemberEvent> history = events.forMember(ctx, id);
        MemberStatus status = MemberLifecycle.status(history, MemberStatus.PROBATIONARY);
        LocalDate officialDate = MemberLifecycle.lastDate(history, MemberEventType.OFFICIAL).orElse(null);
        members.updateStatus(ctx, id, status, officialDate, now);
        return status;
    }

    /** Imports: a missing gender, birth date or ceremony date does not refuse the record (work list instead). */
    private void requireImportable(MemberDraft draft) {
        List<Problem> errors = draft.importProblems(today()).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void requireValid(MemberDraft draft) {
        List<Problem> errors = draft.problems(today()).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
