package vn.sochibo.member;

import static vn.sochibo.storage.jooq.Tables.MEMBER_EVENT;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Record9;

/** SQL for {@code member_event}. Stateless: every method runs on the caller's transaction. */
public final class MemberEventRepository {

    /** Stores one event and returns its id. */
    public long insert(DSLContext ctx, long memberId, EventDraft event, LocalDateTime now) {
        Map<org.jooq.Field<?>, Object> values = values(event);
        values.put(MEMBER_EVENT.MEMBER_ID, memberId);
        values.put(MEMBER_EVENT.EVENT_TYPE, event.type());
        values.put(MEMBER_EVENT.CREATED_AT, now);
        return ctx.insertInto(MEMBER_EVENT).set(values).returningResult(MEMBER_EVENT.ID).fetchSingle().value1();
    }

    /** What the clerk may correct in an event: its date, period end, document, note and place. */
    private static Map<org.jooq.Field<?>, Object> values(EventDraft event) {
        Map<org.jooq.Field<?>, Object> v = new java.util.LinkedHashMap<>();
        v.put(MEMBER_EVENT.EVENT_DATE, event.date());
        v.put(MEMBER_EVENT.END_DATE, event.endDate());
        v.put(MEMBER_EVENT.DOCUMENT_REF, event.documentRef());
        v.put(MEMBER_EVENT.NOTE, event.note());
        v.put(MEMBER_EVENT.PLACE, event.place());
        return v;
    }

    /** Inserts many events (member id, event) with JDBC batches on the caller's transaction. */
    public void insertAll(DSLContext ctx, List<Long> memberIds, List<EventDraft> drafts, LocalDateTime now) {
        String sql = "INSERT INTO " + MEMBER_EVENT.getName() + " (" + MEMBER_EVENT.MEMBER_ID.getName() + ", "
                + MEMBER_EVENT.EVENT_TYPE.getName() + ", " + MEMBER_EVENT.EVENT_DATE.getName() + ", "
                + MEMBER_EVENT.END_DATE.getName() + ", " + MEMBER_EVENT.DOCUMENT_REF.getName() + ", "
                + MEMBER_EVENT.NOTE.getName() + ", " + MEMBER_EVENT.CREATED_AT.getName() + ", "
                + MEMBER_EVENT.PLACE.getName() + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        ctx.connection(connection -> {
            try (java.sql.PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < drafts.size(); i++) {
                    EventDraft e = drafts.get(i);
                    ps.setLong(1, memberIds.get(i));
                    ps.setString(2, e.type().name());
                    ps.setObject(3, e.date());
                    ps.setObject(4, e.endDate());
                    ps.setString(5, e.documentRef());
                    ps.setString(6, e.note());
                    ps.setObject(7, now);
                    ps.setString(8, e.place());
                    ps.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
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

    /** Events of the given types only, grouped by member id. */
    public Map<Long, List<MemberEvent>> ofTypes(DSLContext ctx, java.util.Set<MemberEventType> types) {
        return select(ctx).where(MEMBER_EVENT.EVENT_TYPE.in(types.stream().map(Enum::name).toList()))
                .orderBy(MEMBER_EVENT.EVENT_DATE, MEMBER_EVENT.ID).fetch(MemberEventRepository::toEvent)
                .stream().collect(Collectors.groupingBy(MemberEvent::memberId));
    }

    /** Replaces the date, period end, document, note and place of one event of a member (its type stays). */
    public boolean update(DSLContext ctx, long memberId, long eventId, EventDraft event) {
        return ctx.update(MEMBER_EVENT).set(values(event))
                .where(MEMBER_EVENT.ID.eq(eventId)).and(MEMBER_EVENT.MEMBER_ID.eq(memberId)).execute() == 1;
    }

    /** Stores an event again under its former number (undoing its deletion). */
    public void insertWithId(DSLContext ctx, MemberEvent event, LocalDateTime now) {
        Map<org.jooq.Field<?>, Object> values = values(new EventDraft(event.type(), event.date(), event.endDate(),
                event.documentRef(), event.note(), event.place()));
        values.put(MEMBER_EVENT.ID, event.id());
        values.put(MEMBER_EVENT.MEMBER_ID, event.memberId());
        values.put(MEMBER_EVENT.EVENT_TYPE, event.type().name());
        values.put(MEMBER_EVENT.CREATED_AT, now);
        ctx.insertInto(MEMBER_EVENT).set(values).execute();
    }

    /** The places transfers have named so far (where members went to or came from), each once, in name order. */
    public List<String> places(DSLContext ctx) {
        return ctx.selectDistinct(MEMBER_EVENT.PLACE).from(MEMBER_EVENT).where(MEMBER_EVENT.PLACE.isNotNull())
                .orderBy(MEMBER_EVENT.PLACE).limit(2000).fetch(r -> r.value1());
    }

    /** Deletes one event of a member; returns false if it did not exist. */
    public boolean delete(DSLContext ctx, long memberId, long eventId) {
        return ctx.deleteFrom(MEMBER_EVENT).where(MEMBER_EVENT.ID.eq(eventId)).and(MEMBER_EVENT.MEMBER_ID.eq(memberId)).execute() == 1;
    }

    private static org.jooq.SelectJoinStep<Record9<Long, Long, MemberEventType, java.time.LocalDate, java.time.LocalDate, String, String, LocalDateTime, String>> select(DSLContext ctx) {
        return ctx.select(MEMBER_EVENT.ID, MEMBER_EVENT.MEMBER_ID, MEMBER_EVENT.EVENT_TYPE, MEMBER_EVENT.EVENT_DATE,
                MEMBER_EVENT.END_DATE, MEMBER_EVENT.DOCUMENT_REF, MEMBER_EVENT.NOTE, MEMBER_EVENT.CREATED_AT, MEMBER_EVENT.PLACE).from(MEMBER_EVENT);
    }

    private static MemberEvent toEvent(Record9<Long, Long, MemberEventType, java.time.LocalDate, java.time.LocalDate, String, String, LocalDateTime, String> r) {
        return new MemberEvent(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value9());
    }
}
