package vn.sochibo.storage;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the SQL script inside a backup of the first format (H2's {@code SCRIPT} output) as data, without running
 * any of it. Only the statement shapes H2 writes for our schema are accepted: the table, index, constraint and
 * user definitions (skipped: the schema comes from this program's own migrations), our audit triggers (skipped)
 * and {@code INSERT … VALUES} rows made of literals, which are handed over as values. Anything else (a function
 * call, a CALL statement, an alias definition, a script-running statement, an expression among the values) makes
 * the whole backup refused as not genuine.
 */
final class LegacyScript {

    /** A literal value as written in the script: its kind and its text (quotes and escapes resolved). */
    record Literal(Type type, String text) {
    }

    enum Type {
        NULL, BOOLEAN, NUMBER, STRING, DATE, TIME, TIMESTAMP, BINARY
    }

    /** Receives the rows of each {@code INSERT}. */
    interface Rows {
        void insert(String table, List<String> columns, List<Literal> values) throws SQLException;
    }

    /** The script holds a statement a genuine backup never has. */
    static final class RefusedStatement extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedStatement(String what) {
            super("statement not allowed in a backup: " + what);
        }
    }

    private static final int MAX_STATEMENT = 64 << 20;
    /** Skipped, never run; the two settings are the ones our URLs give H2, which it keeps and scripts. */
    private static final List<String> SKIPPED = List.of("CREATE USER ", "CREATE CACHED TABLE ", "CREATE MEMORY TABLE ",
            "CREATE TABLE ", "ALTER TABLE ", "CREATE INDEX ", "CREATE UNIQUE INDEX ", "CREATE SEQUENCE ", "SET WRITE_DELAY ",
            "SET MAX_MEMORY_ROWS ");
    /** Our own audit triggers, as H2 scripts them: a call of one of this program's trigger classes. */
    private static final java.util.regex.Pattern AUDIT_TRIGGER = java.util.regex.Pattern.compile(
            "CREATE (FORCE )?TRIGGER \"PUBLIC\"\\.\"AUDIT_[A-Z_]+\" [A-Z ,]+ ON \"PUBLIC\"\\.\"[A-Z_]+\" FOR EACH ROW( QUEUE \\d+)?"
            + " CALL 'vn\\.sochibo\\.storage\\.Audit[A-Za-z$]+'");

    private final Reader in;
    private int peeked = -2;

    private LegacyScript(Reader in) {
        this.in = in;
    }

    /** Reads the whole script, passing every row to {@code rows}; a refused statement stops it. */
    static void read(Reader in, Rows rows) throws IOException, SQLException {
        LegacyScript script = new LegacyScript(in);
        while (script.skipSpaceAndComments()) {
            script.statement(rows);
        }
    }

    private void statement(Rows rows) throws IOException, SQLException {
        String head = word(false);
        if (head.isEmpty() && peek() == ';') {
            next();
            return;
        }
        if (head.equals("INSERT")) {
            insert(rows);
            return;
        }
        String text = head + restOfStatement();
        String upper = text.toUpperCase(Locale.ROOT);
        for (String prefix : SKIPPED) {
            if (upper.startsWith(prefix)) {
                return;
            }
        }
        if (AUDIT_TRIGGER.matcher(text.strip()).matches()) {
            return;
        }
        throw new RefusedStatement(upper.length() > 40 ? upper.substring(0, 40) : upper);
    }

    private void insert(Rows rows) throws IOException, SQLException {
        expectWord("INTO");
        String table = qualifiedName();
        List<String> columns = null;
        skipSpace();
        if (peek() == '(') {
            next();
            columns = new ArrayList<>();
            do {
                skipSpace();
                columns.add(identifier());
                skipSpace();
            } while (accept(','));
            expect(')');
        }
        String word = word(true);
        if (word.equals("OVERRIDING")) {
            expectWord("SYSTEM");
            expectWord("VALUE");
            word = word(true);
        }
        if (!word.equals("VALUES")) {
            throw new RefusedStatement("INSERT without VALUES");
        }
        do {
            skipSpace();
            expect('(');
            List<Literal> values = new ArrayList<>();
            do {
                values.add(literal());
                skipSpace();
            } while (accept(','));
            expect(')');
            rows.insert(table, columns, values);
            skipSpace();
        } while (accept(','));
        skipSpace();
        expect(';');
    }

    private Literal literal() throws IOException {
        skipSpace();
        int c = peek();
        if (c == '\'') {
            return new Literal(Type.STRING, quoted());
        }
        if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
            StringBuilder n = new StringBuilder();
            while (peek() >= 0 && "+-.0123456789eE".indexOf(peek()) >= 0) {
                n.append((char) next());
            }
            return new Literal(Type.NUMBER, n.toString());
        }
        String word = word(true);
        switch (word) {
            case "NULL":
                return new Literal(Type.NULL, null);
            case "TRUE", "FALSE":
                return new Literal(Type.BOOLEAN, word);
            case "U":
                expect('&');
                return new Literal(Type.STRING, unicode(quoted()));
            case "X":
                return new Literal(Type.BINARY, quoted());
            case "DATE":
                return new Literal(Type.DATE, stringAfterSpace());
            case "TIME":
                return new Literal(Type.TIME, stringAfterSpace());
            case "TIMESTAMP":
                return new Literal(Type.TIMESTAMP, stringAfterSpace());
            case "JSON":
                Literal json = literal();
                if (json.type() != Type.STRING) {
                    throw new RefusedStatement("JSON value");
                }
                return json;
            case "CAST":
                expect('(');
                Literal inner = literal();
                expectWord("AS");
                while (peek() >= 0 && peek() != ')') {
                    int t = next();
                    if (!Character.isLetterOrDigit(t) && t != ' ' && t != '(' && t != ',') {
                        throw new RefusedStatement("CAST type");
                    }
                }
                expect(')');
                return inner;
            default:
                throw new RefusedStatement("value " + word);
        }
    }

    private String stringAfterSpace() throws IOException {
        skipSpace();
        return quoted();
    }

    /** A '…' string with '' for a quote. */
    private String quoted() throws IOException {
        expect('\'');
        StringBuilder s = new StringBuilder();
        while (true) {
            int c = next();
            if (c < 0) {
                throw new IOException("unterminated string");
            }
            if (c == '\'') {
                if (peek() == '\'') {
                    next();
                    s.append('\'');
                    continue;
                }
                return s.toString();
            }
            s.append((char) c);
            if (s.length() > MAX_STATEMENT) {
                throw new IOException("string too long");
            }
        }
    }

    /** Resolves U&'…' escapes: \XXXX, \+XXXXXX and \\. */
    private static String unicode(String s) throws IOException {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            try {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                    out.append('\\');
                    i++;
                } else if (i + 1 < s.length() && s.charAt(i + 1) == '+') {
                    out.appendCodePoint(Integer.parseInt(s.substring(i + 2, i + 8), 16));
                    i += 7;
                } else {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new IOException("bad escape", e);
            }
        }
        return out.toString();
    }

    /** "PUBLIC"."NAME" (or NAME): the table name. */
    private String qualifiedName() throws IOException {
        skipSpace();
        String name = identifier();
        if (accept('.')) {
            if (!name.equalsIgnoreCase("PUBLIC")) {
                throw new RefusedStatement("schema " + name);
            }
            name = identifier();
        }
        return name;
    }

    private String identifier() throws IOException {
        if (peek() == '"') {
            next();
            StringBuilder s = new StringBuilder();
            for (int c = next(); c != '"'; c = next()) {
                if (c < 0 || s.length() > TableStream.MAX_NAME) {
                    throw new IOException("bad identifier");
                }
                s.append((char) c);
            }
            return s.toString();
        }
        String w = word(false);
        if (w.isEmpty()) {
            throw new IOException("identifier expected");
        }
        return w;
    }

    /** The next word (letters, digits, underscores), upper-cased; spaces before it skipped when asked. */
    private String word(boolean skip) throws IOException {
        if (skip) {
            skipSpace();
        }
        StringBuilder s = new StringBuilder();
        while (peek() >= 0 && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
            s.append((char) next());
            if (s.length() > TableStream.MAX_NAME) {
                throw new IOException("word too long");
            }
        }
        return s.toString().toUpperCase(Locale.ROOT);
    }

    private void expectWord(String expected) throws IOException {
        if (!word(true).equals(expected)) {
            throw new RefusedStatement("expected " + expected);
        }
    }

    /** The rest of a statement up to its ';' (outside quotes), for the statements that are only recognised. */
    private String restOfStatement() throws IOException {
        StringBuilder s = new StringBuilder();
        boolean quote = false;
        boolean doubleQuote = false;
        while (true) {
            int c = next();
            if (c < 0) {
                throw new IOException("unterminated statement");
            }
            if (c == ';' && !quote && !doubleQuote) {
                return s.toString();
            }
            if (c == '\'' && !doubleQuote) {
                quote = !quote;
            } else if (c == '"' && !quote) {
                doubleQuote = !doubleQuote;
            }
            s.append((char) c);
            if (s.length() > MAX_STATEMENT) {
                throw new IOException("statement too long");
            }
        }
    }

    /** Skips blanks and "--" comment lines; false at the end of the script. */
    private boolean skipSpaceAndComments() throws IOException {
        while (true) {
            skipSpace();
            if (peek() == '-') {
                next();
                if (peek() != '-') {
                    throw new RefusedStatement("-");
                }
                for (int c = next(); c >= 0 && c != '\n'; c = next()) {
                    // the comment
                }
                continue;
            }
            return peek() >= 0;
        }
    }

    private void skipSpace() throws IOException {
        while (peek() >= 0 && Character.isWhitespace(peek())) {
            next();
        }
    }

    private boolean accept(char c) throws IOException {
        if (peek() == c) {
            next();
            return true;
        }
        return false;
    }

    private void expect(char c) throws IOException {
        int got = next();
        if (got != c) {
            throw new RefusedStatement("expected " + c);
        }
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }

    private int next() throws IOException {
        int c = peek();
        peeked = -2;
        return c;
    }

    /**
     * Puts the rows into {@code sink} as the values of the target tables' columns (the script names no columns:
     * its values follow the table's column order at the backup's schema version, which the target has).
     * Flyway's own history is skipped: the target has its own.
     */
    static final class Into implements Rows {
        private final TableStream.Sink sink;
        private final Map<String, TableStream.Table> tables;
        private TableStream.Table current;

        Into(TableStream.Sink sink, List<TableStream.Table> targetTables) {
            this.sink = sink;
            this.tables = new java.util.HashMap<>();
            targetTables.forEach(t -> tables.put(t.name().toUpperCase(Locale.ROOT), t));
        }

        @Override
        public void insert(String table, List<String> columns, List<Literal> values) throws SQLException {
            if (table.equalsIgnoreCase("flyway_schema_history")) {
                return;
            }
            TableStream.Table target = tables.get(table.toUpperCase(Locale.ROOT));
            if (target == null) {
                throw new BackupLoader.BackupFormatException("table " + table);
            }
            if (current != target) {
                end();
                sink.table(target);
                current = target;
            }
            List<TableStream.Column> cols = target.columns();
            if (values.size() != cols.size() || (columns != null && !sameNames(columns, cols))) {
                throw new BackupLoader.BackupFormatException("columns of " + table);
            }
            Object[] row = new Object[cols.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = convert(values.get(i), cols.get(i).kind(), table);
            }
            sink.row(row);
        }

        /** Ends the last table; call once the script is read. */
        void end() throws SQLException {
            if (current != null) {
                sink.endTable();
                current = null;
            }
        }

        private static boolean sameNames(List<String> names, List<TableStream.Column> cols) {
            for (int i = 0; i < names.size(); i++) {
                if (!names.get(i).equalsIgnoreCase(cols.get(i).name())) {
                    return false;
                }
            }
            return names.size() == cols.size();
        }

        private static Object convert(Literal v, TableStream.Kind kind, String table) throws SQLException {
            if (v.type() == Type.NULL) {
                return null;
            }
            try {
                return switch (kind) {
                    case TEXT -> v.text();
                    case LONG -> Long.parseLong(v.text());
                    case BOOLEAN -> switch (v.text()) {
                        case "TRUE" -> Boolean.TRUE;
                        case "FALSE" -> Boolean.FALSE;
                        default -> throw new IllegalArgumentException(v.text());
                    };
                    case DATE -> LocalDate.parse(v.text());
                    case TIMESTAMP -> LocalDateTime.parse(v.text().replace(' ', 'T'));
                    case TIME -> LocalTime.parse(v.text());
                    case DECIMAL -> new BigDecimal(v.text());
                    case DOUBLE -> Double.parseDouble(v.text());
                    case JSON -> v.text().getBytes(StandardCharsets.UTF_8);
                    case BYTES -> HexFormat.of().parseHex(v.text());
                };
            } catch (RuntimeException e) {
                throw new BackupLoader.BackupFormatException("value in " + table);
            }
        }
    }
}
