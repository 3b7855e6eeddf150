package vn.sochibo.io.excel;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

import vn.sochibo.common.Text;
import vn.sochibo.member.Gender;
import vn.sochibo.member.PoliticalTheory;

/** Reads cell values the way clerks type them. Each method returns a value or throws {@link BadValue}. */
final class CellValues {

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{2,4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private CellValues() {
    }

    /** A date or only a year (year set, date null). */
    record DateOrYear(LocalDate date, Integer year) {
    }

    /** Why a cell could not be read: a message key and its arguments. */
    static final class BadValue extends Exception {
        private static final long serialVersionUID = 1L;
        final String key;
        final transient Object[] args;

        BadValue(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    static DateOrYear dateOrYear(RawCell cell, String text) throws BadValue {
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
    static LocalDate date(RawCell cell, String text) throws BadValue {
        DateOrYear d = dateOrYear(cell, text);
        if (d.date() == null) {
            throw new BadValue("import.problem.date.yearOnly", text.strip());
        }
        return d.date();
    }

    /** "Nam"/"Nữ" in any spelling; {@code null} for blank. */
    static Gender gender(String text) throws BadValue {
        String f = ColumnField.normalise(text);
        return switch (f) {
            case "" -> null;
            case "nam", "m", "male" -> Gender.NAM;
            case "nu", "f", "female" -> Gender.NU;
            default -> throw new BadValue("import.problem.gender", Text.clean(text));
        };
    }

    /** An ID or card number: numbers typed as numbers lose their leading zeros; {@code padded} tells. */
    record Digits(String value, boolean padded) {
    }

    static Digits digits(RawCell cell, String text) {
        if (cell.value() instanceof BigDecimal n) {
            String plain = n.stripTrailingZeros().toPlainString();
            if (plain.matches("\\d{10,11}")) {
                return new Digits("0".repeat(12 - plain.length()) + plain, true);
            }
            return new Digits(plain, false);
        }
        return new Digits(text, false);
    }

    /** Political theory level from its usual wordings; {@code null} for blank. */
    static PoliticalTheory theory(String text) throws BadValue {
        String f = ColumnField.normalise(text);
        if (f.isEmpty()) {
            return null;
        }
        if (f.contains("cu nhan")) {
            return PoliticalTheory.CU_NHAN;
        }
        if (f.contains("cao cap")) {
            return PoliticalTheory.CAO_CAP;
        }
        if (f.contains("trung cap")) {
            return PoliticalTheory.TRUNG_CAP;
        }
        if (f.contains("so cap")) {
            return PoliticalTheory.SO_CAP;
        }
        if (f.startsWith("chua") || f.equals("khong")) {
            return PoliticalTheory.CHUA_QUA_DAO_TAO;
        }
        throw new BadValue("import.problem.theory", Text.clean(text));
    }
}
