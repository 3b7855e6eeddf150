package vn.sochibo.storage;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A row as a compact JSON object for the audit log: lower-case column names; numbers and booleans as JSON
 * values, dates and times as ISO text. Inserted and deleted rows leave out empty (null) columns; an update keeps
 * only the columns that changed (with their nulls), so the log stays small for big imports.
 */
final class AuditJson {

    private AuditJson() {
    }

    /**
     * @param row   the row to write
     * @param other the row's other side in an update (only columns that differ from it are written), or null
     */
    static String of(AuditedTable table, Object[] row, Object[] other) {
        return object(table, row, other, null, null);
    }

    /** As {@link #of}, for a row inside a grouped line: led by its key ("@key") and name ("@summary"). */
    static String element(AuditedTable table, Object[] row, Object[] other, String key, String summary) {
        return object(table, row, other, key, summary);
    }

    private static String object(AuditedTable table, Object[] row, Object[] other, String key, String summary) {
        StringBuilder json = new StringBuilder(64 + row.length * 24);
        json.append('{');
        boolean first = true;
        if (key != null) {
            string(json, "@key");
            json.append(':');
            string(json, key);
            first = false;
            if (summary != null) {
                json.append(',');
                string(json, "@summary");
                json.append(':');
                string(json, summary);
            }
        }
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            if (other == null ? v == null : Objects.equals(v, other[i])) {
                continue;
            }
            if (!first) {
                json.append(',');
            }
            first = false;
            string(json, table.columns[i]);
            json.append(':');
            value(json, v);
        }
        return json.append('}').toString();
    }

    /** A flat JSON object of named values (in the map's order): the restore line's before and after. */
    static String of(java.util.Map<String, ?> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((name, v) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, name);
            json.append(':');
            value(json, v);
        });
        return json.append('}').toString();
    }

    private static void value(StringBuilder json, Object v) {
        if (v == null) {
            json.append("null");
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            json.append(v);
        } else if (v instanceof BigDecimal d) {
            json.append(d.toPlainString());
        } else if (v instanceof Double d && Double.isFinite(d)) {
            json.append(d);
        } else {
            string(json, v.toString());
        }
    }

    private static void string(StringBuilder json, String s) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
