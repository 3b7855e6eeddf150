package vn.sochibo.audit;

import static vn.sochibo.storage.jooq.Tables.AUDIT_LOG;
import static vn.sochibo.storage.jooq.Tables.SUB_BRANCH;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import vn.sochibo.common.Text;
import vn.sochibo.storage.jooq.tables.records.AuditLogRecord;

/**
 * Reads the audit log (it is written only by the database's triggers, and never changed). Stateless: every method
 * runs on the caller's transaction. Newest first; pages are found by id ("older than"), so page 500 costs what
 * page 1 costs.
 */
public final class AuditRepository {

    /**
     * Up to {@code limit} entries matching {@code filter} with an id below {@code beforeId} (null: the newest).
     * Grouped entries (bulk jobs) come without their data, which can be large; read them with {@link #entry}.
     */
    public List<AuditEntry> page(DSLContext ctx, AuditFilter filter, Long beforeId, int limit) {
        Condition where = condition(filter);
        if (beforeId != null) {
            where = where.and(AUDIT_LOG.ID.lt(beforeId));
        }
        Field<String> before = DSL.when(AUDIT_LOG.ROW_COUNT.eq(1), AUDIT_LOG.BEFORE_DATA).as(AUDIT_LOG.BEFORE_DATA);
        Field<String> after = DSL.when(AUDIT_LOG.ROW_COUNT.eq(1), AUDIT_LOG.AFTER_DATA).as(AUDIT_LOG.AFTER_DATA);
        return ctx.select(AUDIT_LOG.ID, AUDIT_LOG.CHANGED_AT, AUDIT_LOG.ACTION, AUDIT_LOG.TABLE_NAME, AUDIT_LOG.ROW_KEY,
                        AUDIT_LOG.ROW_COUNT, AUDIT_LOG.SUMMARY, AUDIT_LOG.OPERATION, AUDIT_LOG.OPERATION_DETAIL, before, after)
                .from(AUDIT_LOG).where(where).orderBy(AUDIT_LOG.ID.desc()).limit(limit)
                .fetch(AuditRepository::toEntry);
    }

    /** One entry with all its data, if it exists. */
    public java.util.Optional<AuditEntry> entry(DSLContext ctx, long id) {
        return ctx.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ID.eq(id)).fetchOptional(AuditRepository::toEntry);
    }

    /** How many entries match {@code filter}. */
    public int count(DSLContext ctx, AuditFilter filter) {
        return ctx.fetchCount(AUDIT_LOG, condition(filter));
    }

    /** Every entry matching {@code filter}, newest first, read with a cursor (the export: any number of rows). */
    public void forEach(DSLContext ctx, AuditFilter filter, Consumer<AuditEntry> each) {
        try (Cursor<AuditLogRecord> cursor = ctx.selectFrom(AUDIT_LOG).where(condition(filter))
                .orderBy(AUDIT_LOG.ID.desc()).fetchSize(500).fetchLazy()) {
            for (AuditLogRecord r : cursor) {
                each.accept(toEntry(r));
            }
        }
    }

    /** Sub-branch names by id (the log stores a member's sub-branch as its id). */
    public Map<Long, String> subBranchNames(DSLContext ctx) {
        return ctx.select(SUB_BRANCH.ID, SUB_BRANCH.NAME).from(SUB_BRANCH).fetchMap(SUB_BRANCH.ID, SUB_BRANCH.NAME);
    }

    private static Condition condition(AuditFilter f) {
        List<Condition> all = new ArrayList<>();
        if (f.from() != null) {
            all.add(AUDIT_LOG.CHANGED_AT.ge(f.from().atStartOfDay()));
        }
        if (f.to() != null) {
            all.add(AUDIT_LOG.CHANGED_AT.lt(f.to().plusDays(1).atStartOfDay()));
        }
        if (f.kind() != null) {
            all.add(AUDIT_LOG.TABLE_NAME.in(f.kind().tables()));
        }
        if (f.action() != null) {
            all.add(AUDIT_LOG.ACTION.eq(f.action()));
        }
        String text = Text.fold(f.text());
        if (!text.isEmpty()) {
            all.add(AUDIT_LOG.SEARCH_TEXT.contains(text));
        }
        return DSL.and(all);
    }

    private static AuditEntry toEntry(Record r) {
        return new AuditEntry(r.get(AUDIT_LOG.ID), r.get(AUDIT_LOG.CHANGED_AT), r.get(AUDIT_LOG.ACTION),
                r.get(AUDIT_LOG.TABLE_NAME), r.get(AUDIT_LOG.ROW_KEY), r.get(AUDIT_LOG.ROW_COUNT), r.get(AUDIT_LOG.SUMMARY),
                r.get(AUDIT_LOG.OPERATION), r.get(AUDIT_LOG.OPERATION_DETAIL), r.get(AUDIT_LOG.BEFORE_DATA),
                r.get(AUDIT_LOG.AFTER_DATA));
    }
}
