package vn.sochibo.member;

import java.time.LocalDate;
import java.util.List;

/**
 * Reminders another feature adds to the register's list (admission deadlines): a port, so the register knows no
 * feature. Called off the FX thread, with the list's other reminders.
 */
@FunctionalInterface
public interface ReminderSource {

    /** No extra reminders. */
    ReminderSource NONE = today -> List.of();

    /** The feature's reminders due within the look-ahead window of {@link Reminders} (or overdue) on {@code today}. */
    List<Reminder> reminders(LocalDate today);
}
