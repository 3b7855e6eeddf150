package vn.sochibo.audit;

/**
 * What happened to a row: added, changed or deleted; or, for the whole register, replaced by a backup (labels
 * {@code enum.AuditAction.*}).
 */
public enum AuditAction {
    INSERT,
    UPDATE,
    DELETE,
    /** A backup replaced the register: before is what it replaced, after what it brought back. */
    RESTORE;

    /** True when the entry has a before and an after side (a change, a restore). */
    public boolean twoSided() {
        return this == UPDATE || this == RESTORE;
    }
}
