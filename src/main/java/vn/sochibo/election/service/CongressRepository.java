package vn.sochibo.election.service;

import vn.sochibo.election.Attendance;
import vn.sochibo.election.Congress;
import vn.sochibo.election.CongressAttendee;
import vn.sochibo.election.CongressDraft;
import vn.sochibo.election.engine.Attendee;

import static vn.sochibo.storage.jooq.Tables.CONGRESS;
import static vn.sochibo.storage.jooq.Tables.CONGRESS_ATTENDEE;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;

/** SQL for congresses and their rolls. Stateless; the caller owns the transaction. */
public final class CongressRepository {

    private static final String BOARD_SEPARATOR = "\n";

    /**
     * Inserts a congress.
     *
     * @return the new id
     */
    public long insert(DSLContext ctx, CongressDraft draft, LocalDateTime now) {
        return ctx.insertInto(CONGRESS)
                .set(CONGRESS.TERM_LABEL, draft.term())
                .set(CONGRESS.HELD_ON, draft.heldOn())
                .set(CONGRESS.PLACE, draft.place())
                .set(CONGRESS.RECORD_NUMBER, draft.recordNumber())
                .set(CONGRESS.BOARD_HEAD, draft.boardHead())
                .set(CONGRESS.BOARD_MEMBERS, String.join(BOARD_SEPARATOR, draft.boardMembers()))
                .set(CONGRESS.CREATED_AT, now)
                .returning(CONGRESS.ID).fetchOne().getId();
    }

    /** Every congress, newest first. */
    public List<Congress> all(DSLContext ctx) {
        return ctx.selectFrom(CONGRESS).orderBy(CONGRESS.HELD_ON.desc(), CONGRESS.ID.desc()).fetch(this::congress);
    }

    /** One congress. */
    public Optional<Congress> find(DSLContext ctx, long id) {
        return ctx.selectFrom(CONGRESS).where(CONGRESS.ID.eq(id)).fetchOptional(this::congress);
    }

    private Congress congress(Record r) {
        String board = r.get(CONGRESS.BOARD_MEMBERS);
        List<String> members = board.isEmpty() ? List.of() : Arrays.asList(board.split(BOARD_SEPARATOR));
        return new Congress(r.get(CONGRESS.ID), r.get(CONGRESS.TERM_LABEL), r.get(CONGRESS.HELD_ON),
                r.get(CONGRESS.PLACE), r.get(CONGRESS.RECORD_NUMBER), r.get(CONGRESS.BOARD_HEAD), members);
    }

    /** Inserts the roll lines in the given order. */
    public void insertAttendees(DSLContext ctx, long congressId, List<CongressAttendee> attendees) {
        var insert = ctx.insertInto(CONGRESS_ATTENDEE, CONGRESS_ATTENDEE.CONGRESS_ID, CONGRESS_ATTENDEE.MEMBER_ID,
                CONGRESS_ATTENDEE.FULL_NAME, CONGRESS_ATTENDEE.STANDING, CONGRESS_ATTENDEE.SITUATION,
                CONGRESS_ATTENDEE.ATTENDANCE, CONGRESS_ATTENDEE.PARTY_YEARS, CONGRESS_ATTENDEE.SORT_ORDER);
        int order = 0;
        for (CongressAttendee a : attendees) {
            insert = insert.values(congressId, a.memberId(), a.name(), a.standing(), a.situation(),
                    a.attendance(), a.partyYears(), order++);
        }
        if (!attendees.isEmpty()) {
            insert.execute();
        }
    }

    /** The roll in its stored order. */
    public List<CongressAttendee> attendees(DSLContext ctx, long congressId) {
        return ctx.selectFrom(CONGRESS_ATTENDEE).where(CONGRESS_ATTENDEE.CONGRESS_ID.eq(congressId))
                .orderBy(CONGRESS_ATTENDEE.SORT_ORDER)
                .fetch(r -> new CongressAttendee(r.getId(), r.getMemberId(), r.getFullName(),
                        r.getStanding(), r.getSituation(),
                        r.getAttendance(), r.getPartyYears()));
    }

    /** The congress a roll line belongs to. */
    public Optional<Long> congressOfAttendee(DSLContext ctx, long attendeeId) {
        return ctx.select(CONGRESS_ATTENDEE.CONGRESS_ID).from(CONGRESS_ATTENDEE)
                .where(CONGRESS_ATTENDEE.ID.eq(attendeeId)).fetchOptional(CONGRESS_ATTENDEE.CONGRESS_ID);
    }

    /** Records one member's attendance. */
    public void setAttendance(DSLContext ctx, long attendeeId, Attendance attendance) {
        ctx.update(CONGRESS_ATTENDEE).set(CONGRESS_ATTENDEE.ATTENDANCE, attendance)
                .where(CONGRESS_ATTENDEE.ID.eq(attendeeId)).execute();
    }
}
