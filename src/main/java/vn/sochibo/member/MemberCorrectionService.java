package vn.sochibo.member;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;

import vn.sochibo.common.Problem;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.common.ValidationException;
import vn.sochibo.storage.Database;
import vn.sochibo.storage.Operation;

/**
 * Correcting mistakes in the register (rules.md, "Sổ đảng viên: sửa sai và vòng đời"): deleting a member entered by
 * mistake or an event recorded by mistake, amending a recorded event, each with a reason kept in the change log;
 * and undoing the last change made in the window ("Hoàn tác"). Every method is one transaction, changes nothing
 * when refused, and works the status out again from the history. Synchronous and JavaFX-free.
 */
public final class MemberCorrectionService {

    private final Database database;
    private final MemberRepository members;
    private final MemberEventRepository events;
    private final SubBranchRepository subBranches;
    private final FollowUpRepository followUps;
    private final Clock clock;

    public MemberCorrectionService(Database database, MemberRepository members, MemberEventRepository events,
                             SubBranchRepository subBranches, FollowUpRepository followUps, Clock clock) {
        this.database = database;
        this.members = members;
        this.events = events;
        this.subBranches = subBranches;
        this.followUps = followUps;
        this.clock = clock;
    }

    /**
     * Deletes a member entered by mistake, with the whole history and work-list lines; the reason is stored in
     * the change log. Refused when the member is on a meeting's attendance list, on an evaluation year's roll or has
     * paid dues in the dues book: those records stay true, and a member who left is recorded with an event instead.
     *
     * @return what was deleted (for "Hoàn tác")
     */
    public RegisterChange.MemberDeleted deleteMember(long id, String reason) {
        String why = requireReason(reason);
        return database.write(Operation.of("audit.op.member.delete", why), ctx -> {
            Member member = find(ctx, id);
            int meetings = members.meetingsAttended(ctx, id);
            if (meetings > 0) {
                throw new UserFacingException("member.error.deleteInMeetings", member.data().fullName(), meetings);
            }
            int evaluations = members.evaluationsRecorded(ctx, id);
            if (evaluations > 0) {
                throw new UserFacingException("member.error.deleteInEvaluations", member.data().fullName(), evaluations);
            }
            int payments = members.duesPayments(ctx, id);
            if (payments > 0) {
                throw new UserFacingException("member.error.deleteWithDues", member.data().fullName(), payments);
            }
            RegisterChange.MemberDeleted deleted = new RegisterChange.MemberDeleted(member, events.forMember(ctx, id),
                    followUps.ofMember(ctx, id));
            members.delete(ctx, id);
            return deleted;
        });
    }

    /**
     * Removes an event recorded by mistake (a mis-clicked removal, a wrong death) and works the status out again
     * from the events that remain; when no recognition remains, the official date goes too.
     *
     * @return what was deleted (for "Hoàn tác")
     */
    public RegisterChange.EventDeleted deleteEvent(long memberId, long eventId, String reason) {
        String why = requireReason(reason);
        return database.write(Operation.of("audit.op.member.eventDelete", why), ctx -> {
            MemberEvent event = findEvent(ctx, memberId, eventId);
            events.delete(ctx, memberId, eventId);
            settle(ctx, memberId, event.type() == MemberEventType.OFFICIAL);
            return new RegisterChange.EventDeleted(memberId, event);
        });
    }

    /**
     * What is wrong with correcting {@code original} to {@code changed} (errors block, warnings inform): the same
     * checks as recording it, its type unchanged, and its place in the history kept.
     */
    public List<Problem> amendProblems(Member member, List<MemberEvent> history, MemberEvent original, EventDraft changed) {
        List<Problem> problems = EventRules.fieldProblems(member, changed, LocalDate.now(clock));
        if (changed.type() != original.type()) {
            problems.add(Problem.error("type", "member.event.problem.typeFixed"));
        }
        if (changed.date() != null) {
            problems.addAll(EventRules.orderProblems(history, original, changed.date()));
        }
        return problems;
    }

    /**
     * Corrects a recorded event in place (its date, period end, document, note or place; not its type) with the
     * reason in the change log; the status is worked out again.
     *
     * @return the event before and after (for "Hoàn tác")
     */
    public RegisterChange.EventAmended amendEvent(long memberId, long eventId, EventDraft changed, String reason) {
        String why = requireReason(reason);
        return database.write(Operation.of("audit.op.member.eventAmend", why), ctx -> {
            Member member = find(ctx, memberId);
            List<MemberEvent> history = events.forMember(ctx, memberId);
            MemberEvent before = findEvent(ctx, memberId, eventId);
            List<Problem> problems = amendProblems(member, history, before, changed);
            if (problems.stream().anyMatch(Problem::isError)) {
                throw new ValidationException(problems);
            }
            events.update(ctx, memberId, eventId, changed);
            settle(ctx, memberId, false);
            return new RegisterChange.EventAmended(memberId, before, findEvent(ctx, memberId, eventId));
        });
    }

    /**
     * Takes back a change made in the window, when nothing has changed the member since (else it is refused and
     * nothing happens). {@code what} names the change in the change log ("Thêm đảng viên Nguyễn Văn An").
     */
    public void undo(RegisterChange change, String what) {
        database.write(Operation.of("audit.op.member.undo", what), ctx -> {
            if (change instanceof RegisterChange.MemberAdded added) {
                find(ctx, added.memberId());
                if (members.meetingsAttended(ctx, added.memberId()) > 0 || members.evaluationsRecorded(ctx, added.memberId()) > 0
                        || members.duesPayments(ctx, added.memberId()) > 0) {
                    throw new UserFacingException("member.undo.error.changedSince");
                }
                members.delete(ctx, added.memberId());
            } else if (change instanceof RegisterChange.MemberEdited edited) {
                if (!find(ctx, edited.memberId()).data().equals(edited.after())) {
                    throw new UserFacingException("member.undo.error.changedSince");
                }
                members.update(ctx, edited.memberId(), edited.before(), subBranchId(ctx, edited.before()), now());
            } else if (change instanceof RegisterChange.EventRecorded recorded) {
                MemberEvent stored = findEvent(ctx, recorded.memberId(), recorded.event().id());
                requireSame(stored, recorded.event());
                events.delete(ctx, recorded.memberId(), stored.id());
                settle(ctx, recorded.memberId(), stored.type() == MemberEventType.OFFICIAL);
            } else if (change instanceof RegisterChange.EventAmended amended) {
                requireSame(findEvent(ctx, amended.memberId(), amended.after().id()), amended.after());
                MemberEvent b = amended.before();
                events.update(ctx, amended.memberId(), b.id(),
                        new EventDraft(b.type(), b.date(), b.endDate(), b.documentRef(), b.note(), b.place()));
                settle(ctx, amended.memberId(), false);
            } else if (change instanceof RegisterChange.EventDeleted deleted) {
                find(ctx, deleted.memberId());
                events.insertWithId(ctx, deleted.event(), now());
                settle(ctx, deleted.memberId(), false);
            } else if (change instanceof RegisterChange.MemberDeleted deleted) {
                restore(ctx, deleted);
            }
            return null;
        });
    }

    private void restore(DSLContext ctx, RegisterChange.MemberDeleted deleted) {
        Member m = deleted.member();
        if (members.find(ctx, m.id()).isPresent()) {
            throw new UserFacingException("member.undo.error.changedSince");
        }
        LocalDateTime now = now();
        members.insertWithId(ctx, m.id(), m.data(), subBranchId(ctx, m.data()), m.status(), now);
        for (MemberEvent e : deleted.events()) {
            events.insertWithId(ctx, e, now);
        }
        for (FollowUp f : deleted.followUps()) {
            followUps.insertAll(ctx, m.id(), List.of(f.problem()), f.source(), now);
        }
    }

    private static void requireSame(MemberEvent stored, MemberEvent expected) {
        if (!stored.equals(expected)) {
            throw new UserFacingException("member.undo.error.changedSince");
        }
    }

    /** Status from the history; the official date from the last recognition, cleared if a recognition went. */
    private void settle(DSLContext ctx, long memberId, boolean recognitionRemoved) {
        LocalDateTime now = now();
        MemberService.refreshStatus(ctx, members, events, memberId, now);
        if (recognitionRemoved && MemberLifecycle.lastDate(events.forMember(ctx, memberId), MemberEventType.OFFICIAL).isEmpty()) {
            members.clearOfficialDate(ctx, memberId, now);
        }
    }

    private Long subBranchId(DSLContext ctx, MemberDraft draft) {
        return draft.subBranch() == null ? null : subBranches.idFor(ctx, draft.subBranch());
    }

    private Member find(DSLContext ctx, long id) {
        return members.find(ctx, id).orElseThrow(() -> new UserFacingException("member.error.notFound", id));
    }

    private MemberEvent findEvent(DSLContext ctx, long memberId, long eventId) {
        return events.forMember(ctx, memberId).stream().filter(e -> e.id() == eventId).findFirst()
                .orElseThrow(() -> new UserFacingException("member.error.eventNotFound"));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(List.of(Problem.error("reason", "member.problem.reason.required")));
        }
        return reason.strip();
    }
}
