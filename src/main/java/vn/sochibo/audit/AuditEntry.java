package vn.sochibo.audit;

import java.time.LocalDateTime;

/**
 * One line of the audit log: a row of {@code table} added, changed or deleted at {@code changedAt} by the user
 * action {@code operation} (a message key, with {@code operationDetail} such as a file name; null when not
 * known). {@code before} and {@code after} are the row as JSON objects (changed columns only for an update).
 */
public record AuditEntry(long id, LocalDateTime changedAt, AuditAction action, String table, String rowKey,
                         String summary, String operation, String operationDetail, String before, String after) {
}
