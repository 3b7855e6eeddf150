package vn.sochibo.audit;

import java.time.LocalDate;

/**
 * What the log page shows: changes from {@code from} to {@code to} (inclusive days, each may be null), of one
 * kind and one action (null: all), whose summary contains {@code text} (diacritics and case ignored; blank: all).
 */
public record AuditFilter(LocalDate from, LocalDate to, AuditKind kind, AuditAction action, String text) {

    /** Everything. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    /** True when the date range is backwards (from after to). */
    public boolean backwards() {
        return from != null && to != null && from.isAfter(to);
    }
}
