package vn.sochibo.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.sochibo.rulebook.service.DatedSettingService;

/** Working days: weekends off, the year's holidays off, make-up Saturdays worked; unknown years are said. */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = new WorkingCalendar(DatedSettingService.loadDefaults());

    @Test
    @DisplayName("the 2026 holidays of the shipped setting are skipped and the make-up Saturday counts")
    void holidaysAndMakeUpDays() {
        // Thu 23/04 + 5: 24 (1), Giỗ Tổ bù 27/04, 28 (2), 29 (3), 30/04 and 01/05 off, 04 (4), 05/05 (5)
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 4, 23), 5)).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).as("Saturday worked for 02/01").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).as("Friday bridged").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 18))).as("Tết").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 21))).as("an ordinary Saturday").isFalse();
        // from a Saturday, counting starts on Monday
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 21), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 21), 0)).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    @DisplayName("a year without a holiday list is reported, not guessed")
    void unknownYears() {
        assertThat(calendar.knowsYear(2026)).isTrue();
        assertThat(calendar.unknownYears(LocalDate.of(2025, 12, 1), LocalDate.of(2027, 2, 1))).containsExactly(2025, 2027);
        // in 2027 the 2026 list does not apply to 2027 dates: 01/01/2027 (a Friday) counts as a working day
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    @DisplayName("the clerk's list for a new year is read, with ranges; unreadable entries are reported")
    void clerkListsAndTypingSlips() {
        RuleBook book = new RuleBook(Map.of(WorkingCalendar.HOLIDAYS, SettingKind.TEXT, WorkingCalendar.MAKE_UP_DAYS, SettingKind.TEXT),
                List.of(new DatedValue(WorkingCalendar.HOLIDAYS, LocalDate.of(2027, 1, 1),
                        "01/01/2027; 05/02/2027 – 11/02/2027; 31/02/2027; 01/01/2027-01/06/2027", "thử", true)));
        WorkingCalendar c = new WorkingCalendar(book);
        assertThat(c.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
        assertThat(c.unreadable(LocalDate.of(2027, 3, 1))).containsExactly("31/02/2027", "01/01/2027-01/06/2027");
        assertThat(WorkingCalendar.parse("12/1/2027").days()).containsExactly(LocalDate.of(2027, 1, 12));
    }
}
