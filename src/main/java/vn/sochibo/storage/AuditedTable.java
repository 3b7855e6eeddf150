package vn.sochibo.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the audit trigger knows of one table, read from the database's own metadata (storage knows no feature):
 * column names and types, the primary key, the column that names a row, and the "owner" rows whose names
 * describe a child row (foreign keys with ON DELETE CASCADE, e.g. an event belongs to its member, and references
 * that are part of the row's key, e.g. a roll line names its meeting and its member).
 */
final class AuditedTable {

    /** Columns that name a row, in order of preference; generic words, not feature knowledge. */
    private static final List<String> LABEL_COLUMNS = List.of("FULL_NAME", "BRANCH_NAME", "NAME", "SUBJECT", "TITLE",
            "TASK", "CONTENT");

    /** An owning row: the foreign-key column here, and how to read the owner's name. */
    record Owner(int column, String table, String keyColumn, String labelColumn) {
    }

    final String name;            // lower case, as shown and stored
    final String sqlName;         // as the database spells it
    final String[] columns;       // lower case
    final boolean[] timestamp;    // TIMESTAMP columns: bookkeeping when they alone change
    final int[] key;              // primary-key column indexes
    final boolean identityKey;    // a single generated id: re-inserted rows get a new one
    final int labelColumn;        // -1 when the table has no naming column
    final List<Owner> owners;

    private AuditedTable(String sqlName, String[] columns, boolean[] timestamp, int[] key, boolean identityKey,
                         int labelColumn, List<Owner> owners) {
        this.sqlName = sqlName;
        this.name = sqlName.toLowerCase(Locale.ROOT);
        this.columns = columns;
        this.timestamp = timestamp;
        this.key = key;
        this.identityKey = identityKey;
        this.labelColumn = labelColumn;
        this.owners = owners;
    }

    static AuditedTable read(Connection c, String schema, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        List<String> names = new ArrayList<>();
        List<Boolean> stamps = new ArrayList<>();
        Map<String, Boolean> identity = new LinkedHashMap<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, null)) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                int type = rs.getInt("DATA_TYPE");
                names.add(column);
                stamps.add(type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE);
                identity.put(column, "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT")));
            }
        }
        List<String> keyColumns = new ArrayList<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            Map<Integer, String> bySeq = new java.util.TreeMap<>();
            while (rs.next()) {
                bySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
            keyColumns.addAll(bySeq.values());
        }
        if (keyColumns.isEmpty()) {
            keyColumns.addAll(names); // no key: the whole row identifies it
        }
        int[] key = keyColumns.stream().mapToInt(names::indexOf).toArray();
        boolean identityKey = keyColumns.size() == 1 && identity.getOrDefault(keyColumns.get(0), false);
        List<Owner> owners = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                boolean cascades = rs.getShort("DELETE_RULE") == DatabaseMetaData.importedKeyCascade;
                boolean keyed = keyColumns.contains(rs.getString("FKCOLUMN_NAME")); // e.g. a roll line's member
                if (!(cascades || keyed) || rs.getShort("KEY_SEQ") != 1) {
                    continue;
                }
                String parent = rs.getString("PKTABLE_NAME");
                String parentLabel = labelColumn(meta, schema, parent);
                if (parentLabel != null) {
                    owners.add(new Owner(names.indexOf(rs.getString("FKCOLUMN_NAME")), parent, rs.getString("PKCOLUMN_NAME"), parentLabel));
                }
            }
        }
        owners.sort(java.util.Comparator.comparingInt(Owner::column));
        String[] lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        boolean[] timestamp = new boolean[stamps.size()];
        for (int i = 0; i < timestamp.length; i++) {
            timestamp[i] = stamps.get(i);
        }
        String label = labelColumn(names);
        return new AuditedTable(table, lower, timestamp, key, identityKey, label == null ? -1 : names.indexOf(label), List.copyOf(owners));
    }

    private static String labelColumn(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
        }
        return labelColumn(names);
    }

    private static String labelColumn(List<String> names) {
        for (String candidate : LABEL_COLUMNS) {
            if (names.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The row's key as text: the id, or the key values joined with "/" for composite keys. */
    String key(Object[] row) {
        if (key.length == 1) {
            return String.valueOf(row[key[0]]);
        }
        StringBuilder text = new StringBuilder();
        for (int i : key) {
            if (text.length() > 0) {
                text.append('/');
            }
            text.append(row[i]);
        }
        return text.toString();
    }

    /** The row's own name, or null. */
    String ownLabel(Object[] row) {
        if (labelColumn < 0 || row[labelColumn] == null) {
            return null;
        }
        return row[labelColumn].toString();
    }

    /** The row without its generated id: equal for a row deleted and inserted again unchanged. */
    List<Object> content(Object[] row) {
        List<Object> content = new ArrayList<>(row.length);
        for (int i = 0; i < row.length; i++) {
            if (!(identityKey && i == key[0])) {
                content.add(row[i]);
            }
        }
        return content;
    }
}
