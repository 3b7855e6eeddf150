package vn.sochibo.audit;

/** What happened to a row: added, changed or deleted (labels {@code enum.AuditAction.*}). */
public enum AuditAction {
    INSERT,
    UPDATE,
    DELETE
}
