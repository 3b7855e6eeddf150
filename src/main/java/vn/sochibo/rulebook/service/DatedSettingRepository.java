package vn.sochibo.rulebook.service;

import static vn.sochibo.storage.jooq.Tables.DATED_SETTING;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;

import vn.sochibo.rulebook.DatedValue;

/** SQL for {@code dated_setting}: the values the clerk entered. Stateless; every method takes the caller's context. */
public final class DatedSettingRepository {

    /** Every stored value, as local values whose source is the clerk's reason. */
    public List<DatedValue> all(DSLContext ctx) {
        return ctx.selectFrom(DATED_SETTING).orderBy(DATED_SETTING.SETTING_KEY, DATED_SETTING.EFFECTIVE_FROM)
                .fetch(r -> new DatedValue(r.getSettingKey(), r.getEffectiveFrom(), r.getSettingValue(), r.getReason(),
                        true));
    }

    /** Stores a value, replacing the one of the same key and date. */
    public void put(DSLContext ctx, String key, LocalDate from, String value, String reason, LocalDateTime now) {
        int updated = ctx.update(DATED_SETTING)
                .set(DATED_SETTING.SETTING_VALUE, value)
                .set(DATED_SETTING.REASON, reason)
                .set(DATED_SETTING.RECORDED_AT, now)
                .where(DATED_SETTING.SETTING_KEY.eq(key).and(DATED_SETTING.EFFECTIVE_FROM.eq(from)))
                .execute();
        if (updated == 0) {
            ctx.insertInto(DATED_SETTING)
                    .set(DATED_SETTING.SETTING_KEY, key)
                    .set(DATED_SETTING.EFFECTIVE_FROM, from)
                    .set(DATED_SETTING.SETTING_VALUE, value)
                    .set(DATED_SETTING.REASON, reason)
                    .set(DATED_SETTING.RECORDED_AT, now)
                    .execute();
        }
    }

    /** Removes a stored value; returns whether there was one. */
    public boolean remove(DSLContext ctx, String key, LocalDate from) {
        return ctx.deleteFrom(DATED_SETTING)
                .where(DATED_SETTING.SETTING_KEY.eq(key).and(DATED_SETTING.EFFECTIVE_FROM.eq(from)))
                .execute() > 0;
    }
}
