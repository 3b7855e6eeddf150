package vn.sochibo.audit;

import java.time.LocalDateTime;

/**
 * One line of the audit log: a row of {@code table} added, changed or deleted at {@code changedAt} by the user
 * action {@code operation} (a message key, with {@code operationDetail} such as a file name; null when not
 * known). {@code before} and {@code after} are the row as JSON objects (changed columns only for an update).
 * A bulk job logs {@code rows} rows of one table in one entry: then before and after are JSON arrays of the rows
 * (each with "@key" and "@summary"), {@code summary} lists the first names, and pages leave the data out (null)
 * until the entry is read alone.
 */
public record AuditEntry(long id, LocalDateTime changedAt, AuditAction action, String table, String rowKey, int rows,
                         String summary, String operation, String operationDetail, String before, String after) {

    /** True when this entry holds several rows (a bulk job). */
    public boolean grouped() {
        return rows > 1;
    }
}
