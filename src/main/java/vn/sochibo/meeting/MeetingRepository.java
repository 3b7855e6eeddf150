package vn.sochibo.meeting;

import static vn.sochibo.storage.jooq.Tables.MEETING;
import static vn.sochibo.storage.jooq.Tables.MEETING_AGENDA_ITEM;
import static vn.sochibo.storage.jooq.Tables.MEETING_AGENDA_TEMPLATE;
import static vn.sochibo.storage.jooq.Tables.MEETING_ASSIGNMENT;
import static vn.sochibo.storage.jooq.Tables.MEETING_ATTENDANCE;
import static vn.sochibo.storage.jooq.Tables.MEETING_RESOLUTION;
import static vn.sochibo.storage.jooq.Tables.MEMBER;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import vn.sochibo.storage.jooq.tables.records.MeetingRecord;

/** SQL for meetings and everything recorded in them. Stateless: every method runs on the caller's transaction. */
public final class MeetingRepository {

    /** Stores a new meeting's header and returns its id. */
    public long insert(DSLContext ctx, Meeting m, LocalDateTime now) {
        MeetingDraft h = m.header();
        return ctx.insertInto(MEETING)
                .set(MEETING.MEETING_TYPE, h.type()).set(MEETING.SUBJECT, h.subject())
                .set(MEETING.ISSUER, m.issuer()).set(MEETING.TERM_LABEL, m.term()).set(MEETING.DOC_NUMBER, m.number())
                .set(MEETING.MEETING_DATE, h.date()).set(MEETING.START_TIME, h.start()).set(MEETING.END_TIME, h.end())
                .set(MEETING.PLACE, h.place()).set(MEETING.CHAIR, h.chair()).set(MEETING.SECRETARY, h.secretary())
                .set(MEETING.GUESTS, h.guests()).set(MEETING.CREATED_AT, now).set(MEETING.UPDATED_AT, now)
                .returningResult(MEETING.ID).fetchSingle().value1();
    }

    /** Replaces a stored meeting's header; returns false when it no longer exists. */
    public boolean update(DSLContext ctx, long id, Meeting m, LocalDateTime now) {
        MeetingDraft h = m.header();
        return ctx.update(MEETING)
                .set(MEETING.MEETING_TYPE, h.type()).set(MEETING.SUBJECT, h.subject())
                .set(MEETING.ISSUER, m.issuer()).set(MEETING.TERM_LABEL, m.term()).set(MEETING.DOC_NUMBER, m.number())
                .set(MEETING.MEETING_DATE, h.date()).set(MEETING.START_TIME, h.start()).set(MEETING.END_TIME, h.end())
                .set(MEETING.PLACE, h.place()).set(MEETING.CHAIR, h.chair()).set(MEETING.SECRETARY, h.secretary())
                .set(MEETING.GUESTS, h.guests()).set(MEETING.UPDATED_AT, now)
                .where(MEETING.ID.eq(id)).execute() == 1;
    }

    /** Replaces the agenda, roll call, resolutions and assignments of a meeting with the given ones. */
    public void replaceDetails(DSLContext ctx, long id, Meeting m) {
        ctx.deleteFrom(MEETING_AGENDA_ITEM).where(MEETING_AGENDA_ITEM.MEETING_ID.eq(id)).execute();
        ctx.deleteFrom(MEETING_ATTENDANCE).where(MEETING_ATTENDANCE.MEETING_ID.eq(id)).execute();
        ctx.deleteFrom(MEETING_RESOLUTION).where(MEETING_RESOLUTION.MEETING_ID.eq(id)).execute();
        int position = 0;
        for (AgendaItem a : m.agenda()) {
            ctx.insertInto(MEETING_AGENDA_ITEM).set(MEETING_AGENDA_ITEM.MEETING_ID, id)
                    .set(MEETING_AGENDA_ITEM.POSITION, position++).set(MEETING_AGENDA_ITEM.PART, a.part())
                    .set(MEETING_AGENDA_ITEM.TITLE, a.title()).set(MEETING_AGENDA_ITEM.REPORT_POINTS, a.reportPoints())
                    .set(MEETING_AGENDA_ITEM.SPEAKERS, a.speakers()).set(MEETING_AGENDA_ITEM.CONCLUSION, a.conclusion())
                    .execute();
        }
        position = 0;
        for (RollEntry r : m.roll()) {
            ctx.insertInto(MEETING_ATTENDANCE).set(MEETING_ATTENDANCE.MEETING_ID, id)
                    .set(MEETING_ATTENDANCE.MEMBER_ID, r.memberId()).set(MEETING_ATTENDANCE.POSITION, position++)
                    .set(MEETING_ATTENDANCE.MEMBER_STATUS, r.status())
                    .set(MEETING_ATTENDANCE.ATTENDANCE, r.attendance()).set(MEETING_ATTENDANCE.REASON, r.reason())
                    .execute();
        }
        position = 0;
        for (Resolution r : m.resolutions()) {
            ctx.insertInto(MEETING_RESOLUTION).set(MEETING_RESOLUTION.MEETING_ID, id)
                    .set(MEETING_RESOLUTION.POSITION, position++).set(MEETING_RESOLUTION.KIND, r.kind())
                    .set(MEETING_RESOLUTION.CONTENT, r.content()).set(MEETING_RESOLUTION.VOTES_FOR, r.votesFor())
                    .set(MEETING_RESOLUTION.VOTES_AGAINST, r.votesAgainst()).set(MEETING_RESOLUTION.VOTES_OTHER, r.votesOther())
                    .execute();
        }
        List<Long> keep = m.assignments().stream().map(Assignment::id).filter(a -> a != 0).toList();
        ctx.deleteFrom(MEETING_ASSIGNMENT).where(MEETING_ASSIGNMENT.MEETING_ID.eq(id))
                .and(keep.isEmpty() ? DSL.trueCondition() : MEETING_ASSIGNMENT.ID.notIn(keep)).execute();
        position = 0;
        for (Assignment a : m.assignments()) {
            if (a.id() != 0) {
                ctx.update(MEETING_ASSIGNMENT).set(MEETING_ASSIGNMENT.POSITION, position++)
                        .set(MEETING_ASSIGNMENT.ASSIGNEE, a.assignee()).set(MEETING_ASSIGNMENT.TASK, a.task())
                        .set(MEETING_ASSIGNMENT.DUE_DATE, a.dueDate()).set(MEETING_ASSIGNMENT.STATUS, a.status())
                        .where(MEETING_ASSIGNMENT.ID.eq(a.id()).and(MEETING_ASSIGNMENT.MEETING_ID.eq(id))).execute();
            } else {
                ctx.insertInto(MEETING_ASSIGNMENT).set(MEETING_ASSIGNMENT.MEETING_ID, id)
                        .set(MEETING_ASSIGNMENT.POSITION, position++).set(MEETING_ASSIGNMENT.ASSIGNEE, a.assignee())
                        .set(MEETING_ASSIGNMENT.TASK, a.task()).set(MEETING_ASSIGNMENT.DUE_DATE, a.dueDate())
                        .set(MEETING_ASSIGNMENT.STATUS, a.status()).set(MEETING_ASSIGNMENT.CARRIED_FROM, a.carriedFrom())
                        .execute();
            }
        }
    }

    /** Deletes a meeting and everything recorded in it. */
    public boolean delete(DSLContext ctx, long id) {
        return ctx.deleteFrom(MEETING).where(MEETING.ID.eq(id)).execute() == 1;
    }

    /** A whole meeting, or empty when it does not exist. */
    public Optional<Meeting> find(DSLContext ctx, long id) {
        MeetingRecord r = ctx.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        MeetingDraft header = new MeetingDraft(r.getMeetingType(), r.getSubject(), r.getMeetingDate(),
                r.getStartTime(), r.getEndTime(), r.getPlace(), r.getChair(), r.getSecretary(), r.getGuests(), r.getDocNumber());
        List<AgendaItem> agenda = ctx.selectFrom(MEETING_AGENDA_ITEM).where(MEETING_AGENDA_ITEM.MEETING_ID.eq(id))
                .orderBy(MEETING_AGENDA_ITEM.POSITION)
                .fetch(a -> new AgendaItem(a.getPart(), a.getTitle(), a.getReportPoints(),
                        a.getSpeakers(), a.getConclusion()));
        List<RollEntry> roll = ctx.select(MEETING_ATTENDANCE.MEMBER_ID, MEMBER.FULL_NAME, MEETING_ATTENDANCE.MEMBER_STATUS,
                        MEETING_ATTENDANCE.ATTENDANCE, MEETING_ATTENDANCE.REASON)
                .from(MEETING_ATTENDANCE).join(MEMBER).on(MEMBER.ID.eq(MEETING_ATTENDANCE.MEMBER_ID))
                .where(MEETING_ATTENDANCE.MEETING_ID.eq(id)).orderBy(MEETING_ATTENDANCE.POSITION)
                .fetch(a -> new RollEntry(a.value1(), a.value2(), a.value3(),
                        a.value4(), a.value5()));
        List<Resolution> resolutions = ctx.selectFrom(MEETING_RESOLUTION).where(MEETING_RESOLUTION.MEETING_ID.eq(id))
                .orderBy(MEETING_RESOLUTION.POSITION)
                .fetch(a -> new Resolution(a.getKind(), a.getContent(), a.getVotesFor(),
                        a.getVotesAgainst(), a.getVotesOther()));
        List<Assignment> assignments = ctx.selectFrom(MEETING_ASSIGNMENT).where(MEETING_ASSIGNMENT.MEETING_ID.eq(id))
                .orderBy(MEETING_ASSIGNMENT.POSITION)
                .fetch(a -> new Assignment(a.getId(), a.getAssignee(), a.getTask(), a.getDueDate(),
                        a.getStatus(), a.getCarriedFrom()));
        return Optional.of(new Meeting(id, header, r.getIssuer(), r.getTermLabel(), r.getDocNumber(), agenda, roll,
                resolutions, assignments));
    }

    /** Every meeting as a list row, newest first. */
    public List<MeetingSummary> summaries(DSLContext ctx) {
        return ctx.select(MEETING.ID, MEETING.MEETING_DATE, MEETING.MEETING_TYPE, MEETING.SUBJECT, MEETING.ISSUER, MEETING.DOC_NUMBER)
                .from(MEETING).orderBy(MEETING.MEETING_DATE.desc(), MEETING.START_TIME.desc(), MEETING.ID.desc())
                .fetch(r -> new MeetingSummary(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6()));
    }

    /** The highest minutes number the issuer has used in the term (0 when none). */
    public int maxNumber(DSLContext ctx, String issuer, String term) {
        Integer max = ctx.select(DSL.max(MEETING.DOC_NUMBER)).from(MEETING)
                .where(MEETING.ISSUER.eq(issuer).and(MEETING.TERM_LABEL.eq(term))).fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }

    /** Whether another meeting of the issuer already uses this number in the term. */
    public boolean numberTaken(DSLContext ctx, String issuer, String term, int number, long exceptId) {
        return ctx.fetchExists(MEETING, MEETING.ISSUER.eq(issuer).and(MEETING.TERM_LABEL.eq(term))
                .and(MEETING.DOC_NUMBER.eq(number)).and(MEETING.ID.ne(exceptId)));
    }

    /**
     * Unexcused absences per member in meetings of the issuer from {@code from} to {@code to} (both included),
     * in member order of first appearance.
     */
    public Map<Long, Integer> unexcusedAbsences(DSLContext ctx, String issuer, LocalDate from, LocalDate to, long exceptMeetingId) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        ctx.select(MEETING_ATTENDANCE.MEMBER_ID, DSL.count())
                .from(MEETING_ATTENDANCE).join(MEETING).on(MEETING.ID.eq(MEETING_ATTENDANCE.MEETING_ID))
                .where(MEETING.ISSUER.eq(issuer).and(MEETING.MEETING_DATE.between(from, to)).and(MEETING.ID.ne(exceptMeetingId))
                        .and(MEETING_ATTENDANCE.ATTENDANCE.eq(Attendance.UNEXCUSED)))
                .groupBy(MEETING_ATTENDANCE.MEMBER_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** Open assignments of the issuer's meetings held before {@code date} (oldest first), with their meeting's date. */
    public List<CarriedAssignment> openAssignmentsBefore(DSLContext ctx, String issuer, LocalDate date, long exceptMeetingId) {
        return ctx.select(MEETING_ASSIGNMENT.ID, MEETING_ASSIGNMENT.ASSIGNEE, MEETING_ASSIGNMENT.TASK,
                        MEETING_ASSIGNMENT.DUE_DATE, MEETING_ASSIGNMENT.STATUS, MEETING_ASSIGNMENT.CARRIED_FROM, MEETING.MEETING_DATE)
                .from(MEETING_ASSIGNMENT).join(MEETING).on(MEETING.ID.eq(MEETING_ASSIGNMENT.MEETING_ID))
                .where(MEETING.ISSUER.eq(issuer).and(MEETING.MEETING_DATE.lt(date)).and(MEETING.ID.ne(exceptMeetingId))
                        .and(MEETING_ASSIGNMENT.STATUS.eq(AssignmentStatus.OPEN)))
                .orderBy(MEETING.MEETING_DATE, MEETING_ASSIGNMENT.POSITION)
                .fetch(r -> new CarriedAssignment(new Assignment(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6()), r.value7()));
    }

    /** Sets one assignment's status; returns false when it does not exist. */
    public boolean setAssignmentStatus(DSLContext ctx, long assignmentId, AssignmentStatus status) {
        return ctx.update(MEETING_ASSIGNMENT).set(MEETING_ASSIGNMENT.STATUS, status)
                .where(MEETING_ASSIGNMENT.ID.eq(assignmentId)).execute() == 1;
    }

    /** The branch's own agenda template for a meeting type (empty when it has none). */
    public List<AgendaItem> template(DSLContext ctx, MeetingType type) {
        return ctx.selectFrom(MEETING_AGENDA_TEMPLATE).where(MEETING_AGENDA_TEMPLATE.MEETING_TYPE.eq(type))
                .orderBy(MEETING_AGENDA_TEMPLATE.POSITION)
                .fetch(r -> new AgendaItem(r.getPart(), r.getTitle(), null, null, null));
    }

    /** Replaces the branch's agenda template for a meeting type. */
    public void saveTemplate(DSLContext ctx, MeetingType type, List<AgendaItem> items) {
        ctx.deleteFrom(MEETING_AGENDA_TEMPLATE).where(MEETING_AGENDA_TEMPLATE.MEETING_TYPE.eq(type)).execute();
        int position = 0;
        for (AgendaItem item : items) {
            ctx.insertInto(MEETING_AGENDA_TEMPLATE).set(MEETING_AGENDA_TEMPLATE.MEETING_TYPE, type)
                    .set(MEETING_AGENDA_TEMPLATE.POSITION, position++).set(MEETING_AGENDA_TEMPLATE.PART, item.part())
                    .set(MEETING_AGENDA_TEMPLATE.TITLE, item.title()).execute();
        }
    }
}
