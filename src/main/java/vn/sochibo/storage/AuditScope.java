package vn.sochibo.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import vn.sochibo.common.Text;

/**
 * The audit state of the current thread: which user action is running ({@link Operation}) and the changes its
 * transaction made so far. {@link Database#write} opens a scope; the triggers of that transaction's session add
 * to it; before the commit it is written to {@code audit_log} as one JDBC batch (every {@value #FLUSH_AT}
 * changes too, so big imports need little memory). A rolled-back transaction takes its log lines with it.
 * Before writing, a row deleted and inserted again unchanged (screens that save a list by replacing it) is
 * dropped, and one re-inserted with the same key becomes an update, so the log says what really changed.
 * A bulk job (a transaction with {@value #BULK_AT} or more changes, i.e. an import) is logged in groups: the
 * rows of one table changed alike become one line holding all of them, which costs the import far less.
 * Changes made outside a scope (or on another session) are written at once, row by row.
 */
final class AuditScope {

    static final char INSERT = 'I';
    static final char UPDATE = 'U';
    static final char DELETE = 'D';
    static final int FLUSH_AT = 2000;
    private static final int MAX_LABELS = 20_000;
    /** A flush of this many changes is a bulk job: its rows are logged in groups (see {@link #grouped}). */
    static final int BULK_AT = 1000;
    private static final int GROUP_MIN = 20;
    /** A grouped line's JSON stays well under the column's million characters (rows of up to ~20,000). */
    private static final int GROUP_CHARS = 500_000;
    private static final int SUMMARY_MAX = 300;
    private static final int SEARCH_MAX = 100_000;
    private static final int DETAIL_MAX = 300;
    private static final String INSERT_SQL = "INSERT INTO AUDIT_LOG (CHANGED_AT, ACTION, TABLE_NAME, ROW_KEY, ROW_COUNT, "
            + "SUMMARY, SEARCH_TEXT, OPERATION, OPERATION_DETAIL, BEFORE_DATA, AFTER_DATA) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final ThreadLocal<AuditScope> CURRENT = new ThreadLocal<>();

    /** One changed row, as the trigger saw it. */
    record Change(AuditedTable table, char action, Object[] before, Object[] after, String key, String summary) {
    }

    private Operation operation;
    private Object session;
    private LocalDateTime at;
    private boolean bulk;
    private final List<Change> buffer = new ArrayList<>();
    private final Map<String, Map<Object, String>> labels = new HashMap<>();

    private AuditScope(Operation operation) {
        this.operation = operation;
    }

    /**
     * Runs {@code work} as the user action {@code operation}: every change made on this thread meanwhile is
     * logged with it. An action already running keeps its name (loading the sample branch is one action even
     * though it adds members through the member service).
     */
    static <T> T labelled(Operation operation, Supplier<T> work) {
        AuditScope scope = CURRENT.get();
        if (scope == null) {
            CURRENT.set(new AuditScope(operation));
            try {
                return work.get();
            } finally {
                CURRENT.remove();
            }
        }
        if (scope.operation == null && operation != null) {
            scope.operation = operation;
            try {
                return work.get();
            } finally {
                scope.operation = null;
            }
        }
        return work.get();
    }

    /**
     * Runs a transaction's work (called inside it, with its connection) collecting the changes of its session,
     * then writes them to the log before the transaction commits. Only the outermost such transaction on the
     * thread collects; a nested one on another connection logs its own changes row by row.
     */
    static <T> T collect(Connection transaction, Supplier<T> work) {
        AuditScope scope = CURRENT.get();
        if (scope == null || scope.session != null) {
            return work.get();
        }
        scope.session = session(transaction);
        scope.at = LocalDateTime.now();
        try {
            T result = work.get();
            scope.flush(transaction);
            return result;
        } finally {
            scope.session = null;
            scope.bulk = false;
            scope.buffer.clear();
            scope.labels.clear();
        }
    }

    /** Called by the trigger for every changed row. */
    static void record(Connection conn, AuditedTable table, char action, Object[] before, Object[] after) throws SQLException {
        AuditScope scope = CURRENT.get();
        boolean collecting = scope != null && scope.session != null && scope.session == session(conn);
        Object[] row = after != null ? after : before;
        String summary = summary(conn, collecting ? scope : null, table, row);
        Change change = new Change(table, action, before, after, table.key(row), summary);
        if (collecting) {
            scope.buffer.add(change);
            if (scope.buffer.size() >= FLUSH_AT) {
                scope.bulk = true; // a job this big: its last, smaller part is logged the same way
                scope.flush(conn);
            }
        } else {
            write(conn, List.of(change), scope == null ? null : scope.operation, LocalDateTime.now(), false);
        }
    }

    private void flush(Connection conn) {
        if (buffer.isEmpty()) {
            return;
        }
        List<Change> changes = compact(buffer);
        buffer.clear();
        try {
            write(conn, changes, operation, at, bulk || changes.size() >= BULK_AT);
        } catch (SQLException e) {
            throw new StorageException("storage.error.write", e, e.getMessage());
        }
    }

    private static Object session(Connection conn) {
        try {
            return conn.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
        } catch (SQLException e) {
            return conn;
        }
    }

    /** "Owner names – own name": a child row (an event, a roll-call line) is told by whom it belongs to. */
    private static String summary(Connection conn, AuditScope scope, AuditedTable table, Object[] row) throws SQLException {
        String own = table.ownLabel(row);
        if (scope != null && own != null && table.key.length == 1) {
            Map<Object, String> known = scope.labels.computeIfAbsent(table.sqlName, t -> new HashMap<>());
            if (known.size() >= MAX_LABELS) {
                known.clear();
            }
            known.put(row[table.key[0]], own);
        }
        if (table.owners.isEmpty()) {
            return own;
        }
        StringBuilder text = new StringBuilder();
        for (AuditedTable.Owner owner : table.owners) {
            Object id = row[owner.column()];
            String label = null;
            if (scope != null) {
                label = scope.labels.getOrDefault(owner.table(), Map.of()).get(id);
            }
            if (label == null) {
                label = AuditTrigger.ownerLabel(conn, owner, id);
                if (scope != null && label != null) {
                    scope.labels.computeIfAbsent(owner.table(), t -> new HashMap<>()).put(id, label);
                }
            }
            if (label != null) {
                text.append(text.length() == 0 ? "" : " – ").append(label);
            }
        }
        if (own != null) {
            text.append(text.length() == 0 ? "" : " – ").append(own);
        }
        return text.length() == 0 ? null : text.toString();
    }

    /**
     * Drops a DELETE and a later INSERT of the same row with the same content; turns a DELETE and a later INSERT
     * with the same (not generated) key into one UPDATE, or nothing when only timestamps differ.
     */
    static List<Change> compact(List<Change> changes) {
        int n = changes.size();
        Change[] out = changes.toArray(new Change[0]);
        Map<String, Map<List<Object>, ArrayDeque<Integer>>> byContent = new HashMap<>();
        Map<String, Map<String, ArrayDeque<Integer>>> byKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Change c = out[i];
            AuditedTable t = c.table();
            if (c.action() == DELETE) {
                byContent.computeIfAbsent(t.sqlName, k -> new HashMap<>()).computeIfAbsent(t.content(c.before()), k -> new ArrayDeque<>()).add(i);
                if (!t.identityKey) {
                    byKey.computeIfAbsent(t.sqlName, k -> new HashMap<>()).computeIfAbsent(c.key(), k -> new ArrayDeque<>()).add(i);
                }
            } else if (c.action() == INSERT) {
                Integer j = take(out, byContent.getOrDefault(t.sqlName, Map.of()).get(t.content(c.after())));
                if (j != null) {
                    out[j] = null;
                    out[i] = null;
                    continue;
                }
                if (!t.identityKey) {
                    j = take(out, byKey.getOrDefault(t.sqlName, Map.of()).get(c.key()));
                    if (j != null) {
                        Change deleted = out[j];
                        out[j] = null;
                        out[i] = AuditTrigger.changed(t, deleted.before(), c.after())
                                ? new Change(t, UPDATE, deleted.before(), c.after(), c.key(), c.summary()) : null;
                    }
                }
            }
        }
        List<Change> kept = new ArrayList<>(n);
        for (Change c : out) {
            if (c != null) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static Integer take(Change[] out, ArrayDeque<Integer> candidates) {
        if (candidates == null) {
            return null;
        }
        while (!candidates.isEmpty()) {
            int j = candidates.poll();
            if (out[j] != null && out[j].action() == DELETE) {
                return j;
            }
        }
        return null;
    }

    /** One line for {@code audit_log}. */
    private record Line(char action, String table, String key, int rows, String summary, String searchText, String before,
                        String after) {
    }

    private static void write(Connection conn, List<Change> changes, Operation operation, LocalDateTime at, boolean bulk)
            throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        List<Line> lines = bulk ? grouped(changes) : changes.stream().map(AuditScope::line).toList();
        Timestamp when = Timestamp.valueOf(at);
        String key = operation == null ? null : operation.key();
        String detail = operation == null ? null : clip(operation.detail(), DETAIL_MAX);
        try (PreparedStatement ps = conn.prepareStatement(INSERT_SQL)) {
            for (Line line : lines) {
                ps.setTimestamp(1, when);
                ps.setString(2, line.action() == INSERT ? "INSERT" : line.action() == UPDATE ? "UPDATE" : "DELETE");
                ps.setString(3, line.table());
                ps.setString(4, clip(line.key(), 200));
                ps.setInt(5, line.rows());
                ps.setString(6, clip(line.summary(), SUMMARY_MAX));
                ps.setString(7, line.searchText());
                ps.setString(8, key);
                ps.setString(9, detail);
                ps.setString(10, line.before());
                ps.setString(11, line.after());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** One changed row, one line: the row before and after as JSON objects. */
    private static Line line(Change c) {
        String summary = clip(c.summary(), SUMMARY_MAX);
        String search = summary == null ? null : clip(Text.fold(summary), SEARCH_MAX);
        return new Line(c.action(), c.table().name, c.key(), 1, summary, search,
                c.action() == INSERT ? null : AuditJson.of(c.table(), c.before(), c.action() == UPDATE ? c.after() : null),
                c.action() == DELETE ? null : AuditJson.of(c.table(), c.after(), c.action() == UPDATE ? c.before() : null));
    }

    /**
     * A bulk job (an import): the rows of one table changed the same way become one line whose before and after
     * are JSON arrays of the rows (each with its "@key" and "@summary"), and whose search text holds every row's
     * name. Far fewer, smaller lines than one per row; every value is still there.
     */
    private static List<Line> grouped(List<Change> changes) {
        Map<String, List<Change>> groups = new java.util.LinkedHashMap<>();
        for (Change c : changes) {
            groups.computeIfAbsent(c.table().name + '\u0000' + c.action(), k -> new ArrayList<>()).add(c);
        }
        List<Line> lines = new ArrayList<>();
        for (List<Change> group : groups.values()) {
            if (group.size() < GROUP_MIN) {
                group.forEach(c -> lines.add(line(c)));
                continue;
            }
            int start = 0;
            while (start < group.size()) {
                start = group(group, start, lines);
            }
        }
        return lines;
    }

    /** Adds one grouped line for the changes from {@code start} on, as many as fit; returns where it stopped. */
    private static int group(List<Change> group, int start, List<Line> lines) {
        Change first = group.get(start);
        char action = first.action();
        StringBuilder before = action == INSERT ? null : new StringBuilder("[");
        StringBuilder after = action == DELETE ? null : new StringBuilder("[");
        StringBuilder names = new StringBuilder();
        StringBuilder search = new StringBuilder();
        Map<String, String> folded = new HashMap<>();
        int i = start;
        for (; i < group.size(); i++) {
            if ((before != null && before.length() > GROUP_CHARS) || (after != null && after.length() > GROUP_CHARS)) {
                break;
            }
            Change c = group.get(i);
            if (before != null) {
                before.append(before.length() > 1 ? "," : "")
                        .append(AuditJson.element(c.table(), c.before(), action == UPDATE ? c.after() : null, c.key(), c.summary()));
            }
            if (after != null) {
                after.append(after.length() > 1 ? "," : "")
                        .append(AuditJson.element(c.table(), c.after(), action == UPDATE ? c.before() : null, c.key(), c.summary()));
            }
            if (c.summary() != null) {
                if (names.length() < SUMMARY_MAX) {
                    names.append(names.length() > 0 ? ", " : "").append(c.summary());
                }
                if (search.length() < SEARCH_MAX) {
                    search.append(search.length() > 0 ? " | " : "").append(folded.computeIfAbsent(c.summary(), Text::fold));
                }
            }
        }
        if (i - start == 1) {
            lines.add(line(first)); // a lone row left over: an ordinary line
            return i;
        }
        String key = first.key() + "…" + group.get(i - 1).key();
        lines.add(new Line(action, first.table().name, key, i - start, names.length() == 0 ? null : names.toString(),
                search.length() == 0 ? null : clip(search.toString(), SEARCH_MAX),
                before == null ? null : before.append(']').toString(), after == null ? null : after.append(']').toString()));
        return i;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
