package vn.sochibo.member;

import static vn.sochibo.storage.jooq.Tables.MEMBER;
import static vn.sochibo.storage.jooq.Tables.MEMBER_FOLLOW_UP;

import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;

import vn.sochibo.common.Problem;

/** SQL for {@code member_follow_up}, the work list "Cần bổ sung". Stateless: runs on the caller's transaction. */
public final class FollowUpRepository {

    /** Adds one line per problem for the member. */
    public void insertAll(DSLContext ctx, long memberId, List<Problem> problems, String source, LocalDateTime now) {
        for (Problem p : problems) {
            String args = FollowUp.storeArgs(p.args());
            ctx.insertInto(MEMBER_FOLLOW_UP).set(MEMBER_FOLLOW_UP.MEMBER_ID, memberId)
                    .set(MEMBER_FOLLOW_UP.FIELD, p.field() == null ? "" : p.field())
                    .set(MEMBER_FOLLOW_UP.MESSAGE_KEY, p.messageKey())
                    .set(MEMBER_FOLLOW_UP.ARGS, args.length() > 1000 ? args.substring(0, 1000) : args)
                    .set(MEMBER_FOLLOW_UP.SOURCE, source == null || source.length() <= 400 ? source : source.substring(0, 400))
                    .set(MEMBER_FOLLOW_UP.CREATED_AT, now).execute();
        }
    }

    /** Every open line with the member's name, in the order they were added. */
    public List<FollowUp> all(DSLContext ctx) {
        return select(ctx, org.jooq.impl.DSL.noCondition());
    }

    /** The open lines of one member, in the order they were added. */
    public List<FollowUp> ofMember(DSLContext ctx, long memberId) {
        return select(ctx, MEMBER_FOLLOW_UP.MEMBER_ID.eq(memberId));
    }

    private List<FollowUp> select(DSLContext ctx, org.jooq.Condition where) {
        return ctx.select(MEMBER_FOLLOW_UP.ID, MEMBER_FOLLOW_UP.MEMBER_ID, MEMBER.FULL_NAME, MEMBER_FOLLOW_UP.FIELD,
                        MEMBER_FOLLOW_UP.MESSAGE_KEY, MEMBER_FOLLOW_UP.ARGS, MEMBER_FOLLOW_UP.SOURCE)
                .from(MEMBER_FOLLOW_UP).join(MEMBER).on(MEMBER.ID.eq(MEMBER_FOLLOW_UP.MEMBER_ID))
                .where(where)
                .orderBy(MEMBER_FOLLOW_UP.ID)
                .fetch(r -> new FollowUp(r.value1(), r.value2(), r.value3(),
                        new Problem(r.value4().isEmpty() ? null : r.value4(), Problem.Severity.WARNING, r.value5(),
                                FollowUp.readArgs(r.value6())), r.value7()));
    }

    /** Removes a line the clerk has dealt with; false when it no longer exists. */
    public boolean delete(DSLContext ctx, long id) {
        return ctx.deleteFrom(MEMBER_FOLLOW_UP).where(MEMBER_FOLLOW_UP.ID.eq(id)).execute() == 1;
    }
}
