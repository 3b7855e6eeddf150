package vn.sochibo.io.excel;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads dates and numbers from cells the way clerks type them (the member import's own wordings are read in
 * {@code importing.doc}). Each method returns a value or throws {@link BadValue}.
 */
public final class CellValues {

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{2,4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private CellValues() {
    }

    /** A date or only a year (year set, date null). */
    public record DateOrYear(LocalDate date, Integer year) {
    }

    /** Why a cell could not be read: a message key and its arguments. */
    public static final class BadValue extends Exception {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final transient Object[] args;

        public BadValue(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }

        /** The message key saying what is wrong. */
        public String key() {
            return key;
        }

        /** The message's arguments (the text as typed, …). */
        public Object[] args() {
            return args.clone();
        }
    }

    public static DateOrYear dateOrYear(RawCell cell, String text) throws BadValue {
        Object v = cell.value();
        if (v instanceof LocalDateTime d) {
            return new DateOrYear(d.toLocalDate(), null);
        }
        if (v instanceof BigDecimal n) {
            if (n.scale() <= 0 || n.stripTrailingZeros().scale() <= 0) {
                int whole = n.intValue();
                if (whole >= 1900 && whole <= 2100) {
                    return new DateOrYear(null, whole);
                }
            }
            double serial = n.doubleValue();
            if (serial >= 1 && DateUtil.isValidExcelDate(serial) && serial < 2_958_466) {
                return new DateOrYear(DateUtil.getLocalDateTime(serial).toLocalDate(), null);
            }
            throw new BadValue("import.problem.date.unreadable", cell.text());
        }
        String t = text.strip();
        Matcher m = DMY.matcher(t);
        if (m.matches()) {
            if (m.group(3).length() != 4) {
                throw new BadValue("import.problem.date.shortYear", t);
            }
            return new DateOrYear(of(t, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), null);
        }
        m = ISO.matcher(t);
        if (m.matches()) {
            return new DateOrYear(of(t, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), null);
        }
        if (YEAR.matcher(t).matches()) {
            return new DateOrYear(null, Integer.parseInt(t));
        }
        throw new BadValue("import.problem.date.unreadable", t);
    }

    private static LocalDate of(String text, int year, int month, int day) throws BadValue {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new BadValue("import.problem.date.impossible", text);
        }
    }

    /** A full date (a year alone is not enough). */
    public static LocalDate date(RawCell cell, String text) throws BadValue {
        DateOrYear d = dateOrYear(cell, text);
        if (d.date() == null) {
            throw new BadValue("import.problem.date.yearOnly", text.strip());
        }
        return d.date();
    }

    /** An ID or card number: numbers typed as numbers lose their leading zeros; {@code padded} tells. */
    public record Digits(String value, boolean padded) {
    }

    public static Digits digits(RawCell cell, String text) {
        if (cell.value() instanceof BigDecimal n) {
            String plain = n.stripTrailingZeros().toPlainString();
            if (plain.matches("\\d{10,11}")) {
                return new Digits("0".repeat(12 - plain.length()) + plain, true);
            }
            return new Digits(plain, false);
        }
        return new Digits(text, false);
    }
}
