package vn.sochibo.importing;

import static vn.sochibo.storage.jooq.Tables.IMPORT_MAPPING;

import java.time.LocalDateTime;
import java.util.Optional;

import org.jooq.DSLContext;

/** SQL for {@code import_mapping}: one remembered column mapping per header shape. Stateless. */
public final class ImportMappingRepository {

    /** The mapping text remembered for this shape key, if any. */
    public Optional<String> find(DSLContext ctx, String shapeKey) {
        return ctx.select(IMPORT_MAPPING.MAPPING).from(IMPORT_MAPPING).where(IMPORT_MAPPING.SHAPE_KEY.eq(shapeKey))
                .fetchOptional(r -> r.value1());
    }

    /** Stores (or replaces) the mapping text for this shape. */
    public void save(DSLContext ctx, String shapeKey, String shape, String mapping, LocalDateTime now) {
        int updated = ctx.update(IMPORT_MAPPING).set(IMPORT_MAPPING.MAPPING, mapping).set(IMPORT_MAPPING.SHAPE, shape)
                .set(IMPORT_MAPPING.UPDATED_AT, now).where(IMPORT_MAPPING.SHAPE_KEY.eq(shapeKey)).execute();
        if (updated == 0) {
            ctx.insertInto(IMPORT_MAPPING).set(IMPORT_MAPPING.SHAPE_KEY, shapeKey).set(IMPORT_MAPPING.SHAPE, shape)
                    .set(IMPORT_MAPPING.MAPPING, mapping).set(IMPORT_MAPPING.UPDATED_AT, now).execute();
        }
    }
}
