package vn.sochibo.storage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of a branch database as plain data, the body of a backup: for every application table its name, its
 * columns with a value kind, and its rows in primary-key order, each value written by kind. Nothing in it is
 * SQL or code: a reader only ever gets names and values, and the restore inserts those values with prepared
 * statements into tables that exist in a freshly migrated database (see {@link BackupLoader}).
 * <p>
 * The SHA-256 of the stream's bytes is the backup's checksum: a database dumped again after a restore gives the
 * same bytes exactly when it holds the same rows.
 */
final class TableStream {

    /** "SCBD" and the layout version. */
    private static final int MAGIC = 0x53434244;
    private static final int VERSION = 1;
    private static final byte TABLE = 'T';
    private static final byte ROW = 'R';
    private static final byte END_TABLE = 'E';
    private static final byte END = 'Z';

    /** Bounds a reader holds every file to, whatever it claims. */
    static final int MAX_TABLES = 200;
    static final int MAX_COLUMNS = 400;
    static final int MAX_NAME = 128;
    static final int MAX_VALUE_BYTES = 64 << 20;

    /** How a column's values are written; chosen from the column's SQL type. */
    enum Kind {
        TEXT, LONG, BOOLEAN, DATE, TIMESTAMP, TIME, DECIMAL, DOUBLE, JSON, BYTES;

        static Kind of(String sqlType) {
            String t = sqlType.toUpperCase(Locale.ROOT);
            if (t.contains("CHAR") || t.contains("CLOB") || t.equals("TEXT")) {
                return TEXT;
            }
            return switch (t) {
                case "BIGINT", "INTEGER", "INT", "SMALLINT", "TINYINT" -> LONG;
                case "BOOLEAN" -> BOOLEAN;
                case "DATE" -> DATE;
                case "TIMESTAMP" -> TIMESTAMP;
                case "TIME" -> TIME;
                case "DECIMAL", "NUMERIC" -> DECIMAL;
                case "DOUBLE PRECISION", "DOUBLE", "REAL", "FLOAT" -> DOUBLE;
                case "JSON" -> JSON;
                case "BINARY", "BINARY VARYING", "VARBINARY", "BINARY LARGE OBJECT", "BLOB" -> BYTES;
                default -> throw new IllegalArgumentException("unsupported column type " + sqlType);
            };
        }
    }

    record Column(String name, Kind kind) {
    }

    record Table(String name, List<Column> columns) {
    }

    /** What a stream held: rows per table (lower-case names) and the SHA-256 of its bytes. */
    record Totals(Map<String, Long> counts, String checksum) {
    }

    /** Receives what a reader decodes, table by table. */
    interface Sink {
        void table(Table table) throws SQLException;

        void row(Object[] values) throws SQLException;

        void endTable() throws SQLException;
    }

    /** A sink that keeps nothing (a verification pass). */
    static final Sink DISCARD = new Sink() {
        @Override
        public void table(Table table) {
        }

        @Override
        public void row(Object[] values) {
        }

        @Override
        public void endTable() {
        }
    };

    private TableStream() {
    }

    /** The application tables of a database (Flyway's history left out), sorted by name, with their columns. */
    static List<Table> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", null, new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase("flyway_schema_history")) {
                    names.add(name);
                }
            }
        }
        names.sort(String::compareTo);
        List<Table> tables = new ArrayList<>();
        for (String name : names) {
            List<Column> columns = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getColumns(null, "PUBLIC", name, null)) {
                while (rs.next()) {
                    columns.add(new Column(rs.getString("COLUMN_NAME"), Kind.of(rs.getString("TYPE_NAME"))));
                }
            }
            tables.add(new Table(name, List.copyOf(columns)));
        }
        return tables;
    }

    /**
     * Writes every application table of {@code c} to {@code out} (which the caller closes). Run it inside one
     * transaction with repeatable reads, so all tables come from the same moment.
     */
    static Totals write(Connection c, OutputStream out) throws SQLException, IOException {
        MessageDigest digest = sha256();
        // buffered above the digest, so it is fed in large chunks rather than byte by byte
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new DigestOutputStream(out, digest), 1 << 16));
        Map<String, Long> counts = new LinkedHashMap<>();
        lazy(c, true); // rows streamed from the table, not gathered into a temporary result first
        try {
            writeTables(c, data, counts);
        } finally {
            lazy(c, false); // H2's default, which every other statement of the program runs with
        }
        return new Totals(counts, HexFormat.of().formatHex(digest.digest()));
    }

    private static void writeTables(Connection c, DataOutputStream data, Map<String, Long> counts) throws SQLException, IOException {
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        for (Table table : parentsFirst(c, tables(c))) {
            data.writeByte(TABLE);
            writeName(data, table.name());
            data.writeInt(table.columns().size());
            for (Column column : table.columns()) {
                writeName(data, column.name());
                data.writeByte(column.kind().ordinal());
            }
            long rows = 0;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.name() + "\" ORDER BY " + order(c, table))) {
                while (rs.next()) {
                    data.writeByte(ROW);
                    for (int i = 0; i < table.columns().size(); i++) {
                        writeValue(data, table.columns().get(i).kind(), read(rs, i + 1, table.columns().get(i).kind()));
                    }
                    rows++;
                }
            }
            data.writeByte(END_TABLE);
            counts.put(table.name().toLowerCase(Locale.ROOT), rows);
        }
        data.writeByte(END);
        data.flush();
    }

    /** The totals of a database without writing anything (a digest of the stream it would write). */
    static Totals totals(Connection c) throws SQLException {
        try {
            return write(c, OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new IllegalStateException(e); // a null stream does not fail
        }
    }

    /**
     * Decodes a stream into {@code sink}, checking its structure and bounds as it goes; any departure from the
     * layout is an {@link IOException}. Returns what it held.
     */
    static Totals read(InputStream in, Sink sink) throws IOException, SQLException {
        MessageDigest digest = sha256();
        // buffered above the digest: it sees every byte read, in large chunks; a stream must end exactly at END
        DataInputStream data = new DataInputStream(new BufferedInputStream(new DigestInputStream(in, digest), 1 << 16));
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            if (data.readInt() != MAGIC || data.readInt() != VERSION) {
                throw new IOException("not a table stream");
            }
            for (byte tag = data.readByte(); tag != END; tag = data.readByte()) {
                if (tag != TABLE || counts.size() >= MAX_TABLES) {
                    throw new IOException("bad table tag");
                }
                String name = readName(data);
                int n = data.readInt();
                if (n < 1 || n > MAX_COLUMNS || counts.containsKey(name.toLowerCase(Locale.ROOT))) {
                    throw new IOException("bad table header " + name);
                }
                List<Column> columns = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    String column = readName(data);
                    int kind = data.readUnsignedByte();
                    if (kind >= Kind.values().length) {
                        throw new IOException("bad column kind");
                    }
                    columns.add(new Column(column, Kind.values()[kind]));
                }
                Table table = new Table(name, List.copyOf(columns));
                sink.table(table);
                long rows = 0;
                for (byte rowTag = data.readByte(); rowTag != END_TABLE; rowTag = data.readByte()) {
                    if (rowTag != ROW) {
                        throw new IOException("bad row tag");
                    }
                    Object[] values = new Object[n];
                    for (int i = 0; i < n; i++) {
                        values[i] = readValue(data, columns.get(i).kind());
                    }
                    sink.row(values);
                    rows++;
                }
                sink.endTable();
                counts.put(name.toLowerCase(Locale.ROOT), rows);
            }
            if (data.read() != -1) {
                throw new IOException("data after the end");
            }
        } catch (EOFException e) {
            throw new IOException("truncated", e);
        }
        return new Totals(counts, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * The tables ordered so that a table comes after every table its foreign keys point to (ties by name): a
     * restore then inserts parents before children with every key checked as it goes.
     */
    static List<Table> parentsFirst(Connection c, List<Table> byName) throws SQLException {
        Map<String, java.util.Set<String>> parents = new LinkedHashMap<>();
        for (Table t : byName) {
            java.util.Set<String> of = new java.util.TreeSet<>();
            try (ResultSet rs = c.getMetaData().getImportedKeys(null, "PUBLIC", t.name())) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME");
                    if (!parent.equals(t.name())) {
                        of.add(parent);
                    }
                }
            }
            parents.put(t.name(), of);
        }
        List<Table> ordered = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        List<Table> left = new ArrayList<>(byName);
        while (!left.isEmpty()) {
            Table next = left.stream().filter(t -> placed.containsAll(parents.get(t.name()))).findFirst().orElse(left.get(0));
            ordered.add(next);
            placed.add(next.name());
            left.remove(next);
        }
        return ordered;
    }

    /** The primary key's columns, or else every column that can be ordered: one fixed order for the same rows. */
    private static String order(Connection c, Table table) throws SQLException {
        Map<Short, String> key = new java.util.TreeMap<>();
        try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, "PUBLIC", table.name())) {
            while (rs.next()) {
                key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        List<String> columns = new ArrayList<>(key.values());
        if (columns.isEmpty()) {
            table.columns().stream().filter(col -> col.kind() != Kind.JSON && col.kind() != Kind.BYTES)
                    .forEach(col -> columns.add(col.name()));
        }
        return String.join(", ", columns.stream().map(n -> "\"" + n + "\"").toList());
    }

    /** A value from the result set as the Java type its kind uses (also what {@link BackupLoader} binds). */
    static Object read(ResultSet rs, int i, Kind kind) throws SQLException {
        Object v = switch (kind) {
            case TEXT -> rs.getString(i);
            case LONG -> rs.getLong(i);
            case BOOLEAN -> rs.getBoolean(i);
            case DATE -> rs.getObject(i, LocalDate.class);
            case TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            case TIME -> rs.getObject(i, LocalTime.class);
            case DECIMAL -> rs.getBigDecimal(i);
            case DOUBLE -> rs.getDouble(i);
            case JSON, BYTES -> rs.getBytes(i);
        };
        return rs.wasNull() ? null : v;
    }

    private static void writeValue(DataOutputStream out, Kind kind, Object v) throws IOException {
        if (v == null) {
            out.writeByte(0);
            return;
        }
        out.writeByte(1);
        switch (kind) {
            case TEXT -> writeBytes(out, ((String) v).getBytes(StandardCharsets.UTF_8));
            case LONG -> out.writeLong((Long) v);
            case BOOLEAN -> out.writeBoolean((Boolean) v);
            case DATE -> out.writeLong(((LocalDate) v).toEpochDay());
            case TIMESTAMP -> {
                LocalDateTime t = (LocalDateTime) v;
                out.writeLong(t.toEpochSecond(ZoneOffset.UTC));
                out.writeInt(t.getNano());
            }
            case TIME -> out.writeLong(((LocalTime) v).toNanoOfDay());
            case DECIMAL -> writeBytes(out, ((BigDecimal) v).toString().getBytes(StandardCharsets.US_ASCII));
            case DOUBLE -> out.writeDouble((Double) v);
            case JSON, BYTES -> writeBytes(out, (byte[]) v);
        }
    }

    private static Object readValue(DataInputStream in, Kind kind) throws IOException {
        int present = in.readUnsignedByte();
        if (present == 0) {
            return null;
        }
        if (present != 1) {
            throw new IOException("bad value marker");
        }
        try {
            return switch (kind) {
                case TEXT -> utf8(readBytes(in));
                case LONG -> in.readLong();
                case BOOLEAN -> in.readBoolean();
                case DATE -> LocalDate.ofEpochDay(in.readLong());
                case TIMESTAMP -> LocalDateTime.ofEpochSecond(in.readLong(), in.readInt(), ZoneOffset.UTC);
                case TIME -> LocalTime.ofNanoOfDay(in.readLong());
                case DECIMAL -> new BigDecimal(utf8(readBytes(in)));
                case DOUBLE -> in.readDouble();
                case JSON, BYTES -> readBytes(in);
            };
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new IOException("bad " + kind + " value", e);
        }
    }

    private static void writeName(DataOutputStream out, String name) throws IOException {
        writeBytes(out, name.getBytes(StandardCharsets.UTF_8));
    }

    /** A table or column name: short, letters, digits and underscores only (it is quoted into SQL later). */
    private static String readName(DataInputStream in) throws IOException {
        byte[] b = readBytes(in, MAX_NAME);
        String name = utf8(b);
        if (name.isEmpty() || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IOException("bad name");
        }
        return name;
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        return readBytes(in, MAX_VALUE_BYTES);
    }

    private static byte[] readBytes(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException("value too long");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }

    private static String utf8(byte[] b) throws IOException {
        String fast = new String(b, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast; // malformed input would have been replaced with U+FFFD: none, so it was well-formed
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("bad text", e);
        }
    }

    /**
     * Turns H2's lazy query execution on or off for the session. Lazy, a large {@code SELECT} hands its rows over
     * as it reads them instead of first copying the whole result aside (for a large table into a temporary file).
     */
    private static void lazy(Connection c, boolean on) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET LAZY_QUERY_EXECUTION " + on);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
