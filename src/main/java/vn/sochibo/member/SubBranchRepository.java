package vn.sochibo.member;

import static vn.sochibo.storage.jooq.Tables.SUB_BRANCH;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** SQL for {@code sub_branch} (chi bộ trực thuộc / tổ đảng). Stateless. */
public final class SubBranchRepository {

    /** The id of the sub-branch with this name, creating it (last in order) if it does not exist. */
    public long idFor(DSLContext ctx, String name) {
        Long existing = ctx.select(SUB_BRANCH.ID).from(SUB_BRANCH).where(SUB_BRANCH.NAME.eq(name)).fetchOne(r -> r.value1());
        if (existing != null) {
            return existing;
        }
        Integer max = ctx.select(DSL.max(SUB_BRANCH.SORT_ORDER)).from(SUB_BRANCH).fetchOne(r -> r.value1());
        return ctx.insertInto(SUB_BRANCH).set(SUB_BRANCH.NAME, name).set(SUB_BRANCH.SORT_ORDER, max == null ? 1 : max + 1)
                .returningResult(SUB_BRANCH.ID).fetchSingle().value1();
    }

    /** Sub-branch names in their display order. */
    public List<String> names(DSLContext ctx) {
        return ctx.select(SUB_BRANCH.NAME).from(SUB_BRANCH).orderBy(SUB_BRANCH.SORT_ORDER, SUB_BRANCH.ID).fetch(r -> r.value1());
    }
}
