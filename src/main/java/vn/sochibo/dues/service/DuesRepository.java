package vn.sochibo.dues.service;

import static vn.sochibo.storage.jooq.Tables.DUES_BASIS;
import static vn.sochibo.storage.jooq.Tables.DUES_DECISION;
import static vn.sochibo.storage.jooq.Tables.DUES_ENTRY;
import static vn.sochibo.storage.jooq.Tables.DUES_TRANSFER_IN;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import vn.sochibo.dues.DuesBasis;
import vn.sochibo.dues.DuesDecision;
import vn.sochibo.dues.DuesEntry;
import vn.sochibo.storage.jooq.tables.records.DuesBasisRecord;
import vn.sochibo.storage.jooq.tables.records.DuesDecisionRecord;
import vn.sochibo.storage.jooq.tables.records.DuesEntryRecord;

/** SQL for the dues tables. Stateless: every method runs in the caller's transaction. Months are stored as their first day. */
public final class DuesRepository {

    /** Every basis (all members when {@code memberId} is null), oldest first. */
    public List<DuesBasis> bases(DSLContext ctx, Long memberId) {
        Condition where = memberId == null ? DSL.noCondition() : DUES_BASIS.MEMBER_ID.eq(memberId);
        return ctx.selectFrom(DUES_BASIS).where(where).orderBy(DUES_BASIS.MEMBER_ID, DUES_BASIS.EFFECTIVE_FROM)
                .fetch(DuesRepository::basis);
    }

    /** Stores a basis, replacing the member's basis of the same date; returns its id. */
    public long putBasis(DSLContext ctx, DuesBasis b, LocalDateTime now) {
        Long existing = ctx.select(DUES_BASIS.ID).from(DUES_BASIS)
                .where(DUES_BASIS.MEMBER_ID.eq(b.memberId()).and(DUES_BASIS.EFFECTIVE_FROM.eq(b.from()))).fetchOne(DUES_BASIS.ID);
        if (existing != null) {
            ctx.update(DUES_BASIS).set(DUES_BASIS.KIND, b.kind()).set(DUES_BASIS.BASE_AMOUNT, b.base())
                    .set(DUES_BASIS.REGION, b.region()).set(DUES_BASIS.RETIRED, b.retired())
                    .set(DUES_BASIS.NOTE, b.note()).set(DUES_BASIS.RECORDED_AT, now).where(DUES_BASIS.ID.eq(existing)).execute();
            return existing;
        }
        return ctx.insertInto(DUES_BASIS).set(DUES_BASIS.MEMBER_ID, b.memberId()).set(DUES_BASIS.EFFECTIVE_FROM, b.from())
                .set(DUES_BASIS.KIND, b.kind()).set(DUES_BASIS.BASE_AMOUNT, b.base())
                .set(DUES_BASIS.REGION, b.region()).set(DUES_BASIS.RETIRED, b.retired())
                .set(DUES_BASIS.NOTE, b.note()).set(DUES_BASIS.RECORDED_AT, now)
                .returningResult(DUES_BASIS.ID).fetchSingle().value1();
    }

    /** Removes one basis of the member; returns whether there was one. */
    public boolean deleteBasis(DSLContext ctx, long memberId, long id) {
        return ctx.deleteFrom(DUES_BASIS).where(DUES_BASIS.ID.eq(id).and(DUES_BASIS.MEMBER_ID.eq(memberId))).execute() > 0;
    }

    /** Every decision (all members when {@code memberId} is null), oldest first. */
    public List<DuesDecision> decisions(DSLContext ctx, Long memberId) {
        Condition where = memberId == null ? DSL.noCondition() : DUES_DECISION.MEMBER_ID.eq(memberId);
        return ctx.selectFrom(DUES_DECISION).where(where).orderBy(DUES_DECISION.MEMBER_ID, DUES_DECISION.FROM_MONTH, DUES_DECISION.ID)
                .fetch(DuesRepository::decision);
    }

    /** Stores a new decision; returns its id. */
    public long insertDecision(DSLContext ctx, DuesDecision d, LocalDateTime now) {
        return ctx.insertInto(DUES_DECISION).set(DUES_DECISION.MEMBER_ID, d.memberId()).set(DUES_DECISION.KIND, d.kind())
                .set(DUES_DECISION.REDUCTION_PCT, d.percent()).set(DUES_DECISION.FROM_MONTH, d.from().atDay(1))
                .set(DUES_DECISION.TO_MONTH, d.to() == null ? null : d.to().atDay(1))
                .set(DUES_DECISION.DOCUMENT_REF, d.documentRef()).set(DUES_DECISION.NOTE, d.note())
                .set(DUES_DECISION.RECORDED_AT, now).returningResult(DUES_DECISION.ID).fetchSingle().value1();
    }

    /** Removes one decision of the member; returns whether there was one. */
    public boolean deleteDecision(DSLContext ctx, long memberId, long id) {
        return ctx.deleteFrom(DUES_DECISION).where(DUES_DECISION.ID.eq(id).and(DUES_DECISION.MEMBER_ID.eq(memberId))).execute() > 0;
    }

    /** The book's entries for the months {@code from}–{@code to} inclusive (all members when {@code memberId} is null). */
    public List<DuesEntry> entries(DSLContext ctx, Long memberId, YearMonth from, YearMonth to) {
        Condition where = DUES_ENTRY.FOR_MONTH.between(from.atDay(1), to.atDay(1));
        if (memberId != null) {
            where = where.and(DUES_ENTRY.MEMBER_ID.eq(memberId));
        }
        return ctx.selectFrom(DUES_ENTRY).where(where).orderBy(DUES_ENTRY.MEMBER_ID, DUES_ENTRY.FOR_MONTH).fetch(DuesRepository::entry);
    }

    /** Stores the member's entry of a month, replacing the one there was. */
    public void putEntry(DSLContext ctx, DuesEntry e, LocalDateTime now) {
        deleteEntry(ctx, e.memberId(), e.month());
        ctx.insertInto(DUES_ENTRY).set(DUES_ENTRY.MEMBER_ID, e.memberId()).set(DUES_ENTRY.FOR_MONTH, e.month().atDay(1))
                .set(DUES_ENTRY.AMOUNT, e.amount()).set(DUES_ENTRY.PAID_ON, e.paidOn())
                .set(DUES_ENTRY.METHOD, e.method()).set(DUES_ENTRY.REASON, e.reason())
                .set(DUES_ENTRY.RECORDED_AT, now).execute();
    }

    /** Stores many entries, each replacing the member's entry of its month: one delete and one insert per 500 rows. */
    public void putEntries(DSLContext ctx, List<DuesEntry> entries, LocalDateTime now) {
        for (int from = 0; from < entries.size(); from += 500) {
            List<DuesEntry> chunk = entries.subList(from, Math.min(entries.size(), from + 500));
            // one delete per month of the chunk, by the members' ids (an OR of 500 pairs is a scan of the table)
            Map<YearMonth, List<Long>> byMonth = new java.util.TreeMap<>();
            chunk.forEach(e -> byMonth.computeIfAbsent(e.month(), m -> new ArrayList<>()).add(e.memberId()));
            byMonth.forEach((month, ids) -> ctx.deleteFrom(DUES_ENTRY)
                    .where(DUES_ENTRY.FOR_MONTH.eq(month.atDay(1)).and(DUES_ENTRY.MEMBER_ID.in(ids))).execute());
            var insert = ctx.insertInto(DUES_ENTRY, DUES_ENTRY.MEMBER_ID, DUES_ENTRY.FOR_MONTH, DUES_ENTRY.AMOUNT,
                    DUES_ENTRY.PAID_ON, DUES_ENTRY.METHOD, DUES_ENTRY.REASON, DUES_ENTRY.RECORDED_AT);
            for (DuesEntry e : chunk) {
                insert = insert.values(e.memberId(), e.month().atDay(1), e.amount(), e.paidOn(),
                        e.method(), e.reason(), now);
            }
            insert.execute();
        }
    }

    /** Stores many bases, each replacing the member's basis of the same date: one delete and one insert per 500 rows. */
    public void putBases(DSLContext ctx, List<DuesBasis> bases, LocalDateTime now) {
        for (int from = 0; from < bases.size(); from += 500) {
            List<DuesBasis> chunk = bases.subList(from, Math.min(bases.size(), from + 500));
            Map<LocalDate, List<Long>> byDate = new java.util.TreeMap<>();
            chunk.forEach(b -> byDate.computeIfAbsent(b.from(), d -> new ArrayList<>()).add(b.memberId()));
            byDate.forEach((date, ids) -> ctx.deleteFrom(DUES_BASIS)
                    .where(DUES_BASIS.EFFECTIVE_FROM.eq(date).and(DUES_BASIS.MEMBER_ID.in(ids))).execute());
            var insert = ctx.insertInto(DUES_BASIS, DUES_BASIS.MEMBER_ID, DUES_BASIS.EFFECTIVE_FROM, DUES_BASIS.KIND,
                    DUES_BASIS.BASE_AMOUNT, DUES_BASIS.REGION, DUES_BASIS.RETIRED, DUES_BASIS.NOTE, DUES_BASIS.RECORDED_AT);
            for (DuesBasis b : chunk) {
                insert = insert.values(b.memberId(), b.from(), b.kind(), b.base(),
                        b.region(), b.retired(), b.note(), now);
            }
            insert.execute();
        }
    }

    /** Removes the member's entry of a month; returns whether there was one. */
    public boolean deleteEntry(DSLContext ctx, long memberId, YearMonth month) {
        return ctx.deleteFrom(DUES_ENTRY).where(DUES_ENTRY.MEMBER_ID.eq(memberId).and(DUES_ENTRY.FOR_MONTH.eq(month.atDay(1))))
                .execute() > 0;
    }

    /** The last month paid at the previous branch, as the transfer letter states it, by member. */
    public Map<Long, YearMonth> transfersIn(DSLContext ctx) {
        Map<Long, YearMonth> out = new HashMap<>();
        ctx.selectFrom(DUES_TRANSFER_IN).forEach(r -> out.put(r.getMemberId(), YearMonth.from(r.getPaidThrough())));
        return out;
    }

    /** Stores (or, with {@code paidThrough} null, removes) the month stated on the member's transfer letter. */
    public void putTransferIn(DSLContext ctx, long memberId, YearMonth paidThrough, String note, LocalDateTime now) {
        ctx.deleteFrom(DUES_TRANSFER_IN).where(DUES_TRANSFER_IN.MEMBER_ID.eq(memberId)).execute();
        if (paidThrough != null) {
            ctx.insertInto(DUES_TRANSFER_IN).set(DUES_TRANSFER_IN.MEMBER_ID, memberId)
                    .set(DUES_TRANSFER_IN.PAID_THROUGH, paidThrough.atDay(1)).set(DUES_TRANSFER_IN.NOTE, note)
                    .set(DUES_TRANSFER_IN.RECORDED_AT, now).execute();
        }
    }

    /** The last month the member paid for here, if any (for "đã đóng đảng phí hết tháng …" on a transfer letter). */
    public YearMonth lastPaidMonth(DSLContext ctx, long memberId) {
        LocalDate last = ctx.select(DSL.max(DUES_ENTRY.FOR_MONTH)).from(DUES_ENTRY)
                .where(DUES_ENTRY.MEMBER_ID.eq(memberId).and(DUES_ENTRY.AMOUNT.gt(0L))).fetchOne().value1();
        return last == null ? null : YearMonth.from(last);
    }

    /** True when the book holds anything at all (a register that does not keep its dues here has no reminders). */
    public boolean anyData(DSLContext ctx) {
        return ctx.fetchExists(DUES_BASIS) || ctx.fetchExists(DUES_ENTRY) || ctx.fetchExists(DUES_DECISION);
    }

    private static DuesBasis basis(DuesBasisRecord r) {
        return new DuesBasis(r.getId(), r.getMemberId(), r.getEffectiveFrom(), r.getKind(), r.getBaseAmount(),
                r.getRegion(), r.getRetired(), r.getNote());
    }

    private static DuesDecision decision(DuesDecisionRecord r) {
        return new DuesDecision(r.getId(), r.getMemberId(), r.getKind(), r.getReductionPct(),
                YearMonth.from(r.getFromMonth()), r.getToMonth() == null ? null : YearMonth.from(r.getToMonth()),
                r.getDocumentRef(), r.getNote());
    }

    private static DuesEntry entry(DuesEntryRecord r) {
        return new DuesEntry(r.getMemberId(), YearMonth.from(r.getForMonth()), r.getAmount(), r.getPaidOn(),
                r.getMethod(), r.getReason());
    }
}
