package vn.sochibo.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates as the clerk reads and types them: dd/MM/yyyy. Counts in reports as two digits ("02 dự bị"). */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LENIENT_INPUT = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Formats() {
    }

    /** dd/MM/yyyy, or an empty string for no date. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Parses "05/02/2026", "5/2/2026", "5-2-2026" or "5.2.2026"; throws {@link DateTimeParseException} otherwise. */
    public static LocalDate parseDate(String text) {
        String t = text.strip().replace('-', '/').replace('.', '/');
        return LocalDate.parse(t, LENIENT_INPUT);
    }

    /** Counts the way Party reports write them: at least two digits ("02", "35", "128"). */
    public static String count(long n) {
        return n < 10 && n >= 0 ? "0" + n : Long.toString(n);
    }

    /** A whole number with dots between thousands, as Vietnamese documents write it: "1.234.000", "-5.000". */
    public static String thousands(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return n < 0 ? "-" + out : out.toString();
    }
}
