package vn.sochibo.branch;

import static vn.sochibo.storage.jooq.Tables.BRANCH_PROFILE;

import java.time.LocalDateTime;
import java.util.Optional;

import org.jooq.DSLContext;

/** SQL for the single-row {@code branch_profile} table. Stateless. */
public final class BranchRepository {

    /** The stored profile, or empty before the first-run step. */
    public Optional<BranchProfile> find(DSLContext ctx) {
        return ctx.selectFrom(BRANCH_PROFILE).where(BRANCH_PROFILE.ID.eq(1)).fetchOptional(r -> new BranchProfile(
                r.getBranchName(), r.getUpperBody(), r.getPlaceName(), r.getTermLabel(), r.getBranchKind()));
    }

    /** Inserts or replaces the profile. */
    public void save(DSLContext ctx, BranchProfile profile, LocalDateTime now) {
        int updated = ctx.update(BRANCH_PROFILE)
                .set(BRANCH_PROFILE.BRANCH_NAME, profile.branchName())
                .set(BRANCH_PROFILE.UPPER_BODY, profile.upperBody())
                .set(BRANCH_PROFILE.PLACE_NAME, profile.placeName())
                .set(BRANCH_PROFILE.TERM_LABEL, profile.term())
                .set(BRANCH_PROFILE.BRANCH_KIND, profile.kind())
                .where(BRANCH_PROFILE.ID.eq(1)).execute();
        if (updated == 0) {
            ctx.insertInto(BRANCH_PROFILE)
                    .set(BRANCH_PROFILE.ID, 1)
                    .set(BRANCH_PROFILE.BRANCH_NAME, profile.branchName())
                    .set(BRANCH_PROFILE.UPPER_BODY, profile.upperBody())
                    .set(BRANCH_PROFILE.PLACE_NAME, profile.placeName())
                    .set(BRANCH_PROFILE.TERM_LABEL, profile.term())
                    .set(BRANCH_PROFILE.BRANCH_KIND, profile.kind())
                    .set(BRANCH_PROFILE.CREATED_AT, now).execute();
        }
    }
}
