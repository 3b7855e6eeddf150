package vn.sochibo.rulebook;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Working days (ngày làm việc) as the Party texts count their deadlines: Monday to Friday, less the public holidays
 * of the year, plus the Saturdays worked in exchange for a bridged day. Both lists are dated settings
 * ({@link #HOLIDAYS}, {@link #MAKE_UP_DAYS}): each value lists the days of the year it starts in, so the program
 * can tell a year whose holidays it does not know ({@link #knowsYear}) instead of guessing. Immutable; pure.
 * See src/site/rules.md, "Kết nạp đảng viên (admission)", working days.
 */
public final class WorkingCalendar {

    /** Dated setting: the public holidays falling on weekdays, e.g. "01/01/2026-02/01/2026; 27/04/2026". */
    public static final String HOLIDAYS = "calendar.holidays";
    /** Dated setting: the Saturdays or Sundays worked in exchange for a bridged day. */
    public static final String MAKE_UP_DAYS = "calendar.makeUpWorkdays";

    /** The longest run one range may cover (a typing slip such as 2062 must not make a list of years). */
    private static final int MAX_RANGE_DAYS = 31;
    /** The most working days one deadline may count. */
    private static final int MAX_DAYS = 5000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final RuleBook book;
    private final Map<DatedValue, Parsed> parsed = new HashMap<>();

    /** What one list holds: its days, and the entries that could not be read. */
    public record Parsed(Set<LocalDate> days, List<String> unreadable) {
    }

    public WorkingCalendar(RuleBook book) {
        this.book = book;
    }

    /** Reads a list "dd/MM/yyyy; dd/MM/yyyy-dd/MM/yyyy; …" (commas and line breaks separate too). */
    public static Parsed parse(String text) {
        Set<LocalDate> days = new HashSet<>();
        List<String> unreadable = new ArrayList<>();
        if (text == null) {
            return new Parsed(Set.of(), List.of());
        }
        for (String raw : text.split("[;,\\n]")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            String[] ends = entry.split("\\s*[-–]\\s*");
            try {
                LocalDate first = LocalDate.parse(ends[0].strip(), DATE);
                LocalDate last = ends.length == 2 ? LocalDate.parse(ends[1].strip(), DATE) : first;
                long span = ChronoUnit.DAYS.between(first, last);
                if (ends.length > 2 || span < 0 || span > MAX_RANGE_DAYS) {
                    unreadable.add(entry);
                    continue;
                }
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    days.add(d);
                }
            } catch (DateTimeParseException e) {
                unreadable.add(entry);
            }
        }
        return new Parsed(Set.copyOf(days), List.copyOf(unreadable));
    }

    private synchronized Parsed list(String key, LocalDate date) {
        Optional<DatedValue> value = book.inForce(key, date);
        return value.map(v -> parsed.computeIfAbsent(v, x -> parse(x.value()))).orElse(new Parsed(Set.of(), List.of()));
    }

    /** Whether {@code date} is a working day: a weekday that is no holiday, or a Saturday worked in exchange. */
    public boolean isWorkingDay(LocalDate date) {
        if (list(MAKE_UP_DAYS, date).days().contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        return !list(HOLIDAYS, date).days().contains(date);
    }

    /**
     * The {@code days}-th working day after {@code from} ({@code from} itself is not counted, whatever day it is).
     *
     * @throws IllegalArgumentException if {@code days} is negative or absurdly large
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("working days out of range: " + days);
        }
        LocalDate d = from;
        int counted = 0;
        while (counted < days) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** Whether the holidays of {@code year} are known: a value of {@link #HOLIDAYS} starts in that year. */
    public boolean knowsYear(int year) {
        return book.history(HOLIDAYS).stream().anyMatch(v -> v.from().getYear() == year);
    }

    /** The years from {@code from} to {@code to} (both included) whose holidays are not known, in order. */
    public List<Integer> unknownYears(LocalDate from, LocalDate to) {
        List<Integer> unknown = new ArrayList<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!knowsYear(y)) {
                unknown.add(y);
            }
        }
        return unknown;
    }

    /** Entries of the lists in force on {@code date} that could not be read (a typing slip in Settings). */
    public List<String> unreadable(LocalDate date) {
        List<String> bad = new ArrayList<>(list(HOLIDAYS, date).unreadable());
        bad.addAll(list(MAKE_UP_DAYS, date).unreadable());
        return bad;
    }
}
