package vn.sochibo.dues;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

/** Months as the clerk reads and types them: "03/2026" (and "2026-03" on the command line). */
public final class Months {

    private Months() {
    }

    /** "03/2026". */
    public static String text(YearMonth month) {
        return month == null ? "" : String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    /** "03, 06, 09/2026" for months of one year; "11/2026, 01/2027" otherwise. */
    public static String list(List<YearMonth> months) {
        if (months.isEmpty()) {
            return "";
        }
        int year = months.get(0).getYear();
        if (months.stream().allMatch(m -> m.getYear() == year)) {
            return months.stream().map(m -> (m.getMonthValue() < 10 ? "0" : "") + m.getMonthValue()).collect(Collectors.joining(", "))
                    + "/" + year;
        }
        return months.stream().map(Months::text).collect(Collectors.joining(", "));
    }

    /**
     * Parses "3/2026", "03/2026", "03-2026" or "2026-03".
     *
     * @throws DateTimeParseException when it is none of them
     */
    public static YearMonth parse(String text) {
        String t = text == null ? "" : text.strip();
        java.util.regex.Matcher iso = java.util.regex.Pattern.compile("(\\d{4})-(\\d{1,2})").matcher(t);
        java.util.regex.Matcher vn = java.util.regex.Pattern.compile("(\\d{1,2})[/.-](\\d{4})").matcher(t);
        try {
            if (iso.matches()) {
                return YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
            }
            if (vn.matches()) {
                return YearMonth.of(Integer.parseInt(vn.group(2)), Integer.parseInt(vn.group(1)));
            }
        } catch (java.time.DateTimeException e) {
            throw new DateTimeParseException("not a month", t, 0, e);
        }
        throw new DateTimeParseException("not a month", t, 0);
    }
}
