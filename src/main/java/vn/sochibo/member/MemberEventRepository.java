package vn.sochibo.member;

import static vn.sochibo.storage.jooq.Tables.MEMBER_EVENT;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Record8;

/** SQL for {@code member_event}. Stateless: every method runs on the caller's transaction. */
public final class MemberEventRepository {

    /** Stores one event and returns its id. */
    public long insert(DSLContext ctx, long memberId, EventDraft event, LocalDateTime now) {
        return ctx.insertInto(MEMBER_EVENT)
                .set(MEMBER_EVENT.MEMBER_ID, memberId)
                .set(MEMBER_EVENT.EVENT_TYPE, event.type().name())
                .set(MEMBER_EVENT.EVENT_DATE, event.date())
                .set(MEMBER_EVENT.END_DATE, event.endDate())
                .set(MEMBER_EVENT.DOCUMENT_REF, event.documentRef())
                .set(MEMBER_EVENT.NOTE, event.note())
                .set(MEMBER_EVENT.CREATED_AT, now)
                .returningResult(MEMBER_EVENT.ID).fetchSingle().value1();
    }

    /** A member's events, oldest first. */
    public List<MemberEvent> forMember(DSLContext ctx, long memberId) {
        return select(ctx).where(MEMBER_EVENT.MEMBER_ID.eq(memberId))
                .orderBy(MEMBER_EVENT.EVENT_DATE, MEMBER_EVENT.ID).fetch(MemberEventRepository::toEvent);
    }

    /** Every event, grouped by member id (for statistics and reminders). */
    public Map<Long, List<MemberEvent>> all(DSLContext ctx) {
        return select(ctx).orderBy(MEMBER_EVENT.EVENT_DATE, MEMBER_EVENT.ID).fetch(MemberEventRepository::toEvent)
                .stream().collect(Collectors.groupingBy(MemberEvent::memberId));
    }

    /** Deletes one event of a member; returns false if it did not exist. */
    public boolean delete(DSLContext ctx, long memberId, long eventId) {
        return ctx.deleteFrom(MEMBER_EVENT).where(MEMBER_EVENT.ID.eq(eventId)).and(MEMBER_EVENT.MEMBER_ID.eq(memberId)).execute() == 1;
    }

    private static org.jooq.SelectJoinStep<Record8<Long, Long, String, java.time.LocalDate, java.time.LocalDate, String, String, LocalDateTime>> select(DSLContext ctx) {
        return ctx.select(MEMBER_EVENT.ID, MEMBER_EVENT.MEMBER_ID, MEMBER_EVENT.EVENT_TYPE, MEMBER_EVENT.EVENT_DATE,
                MEMBER_EVENT.END_DATE, MEMBER_EVENT.DOCUMENT_REF, MEMBER_EVENT.NOTE, MEMBER_EVENT.CREATED_AT).from(MEMBER_EVENT);
    }

    private static MemberEvent toEvent(Record8<Long, Long, String, java.time.LocalDate, java.time.LocalDate, String, String, LocalDateTime> r) {
        return new MemberEvent(r.value1(), r.value2(), MemberEventType.valueOf(r.value3()), r.value4(), r.value5(), r.value6(), r.value7());
    }
}
