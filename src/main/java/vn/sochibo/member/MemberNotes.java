package vn.sochibo.member;

import java.time.LocalDate;
import java.util.List;

/**
 * Reminders that another feature raises about members (the dues book: the rule of three, arrears), shown with the
 * register's own in the reminders panel and in the member's details. Read-only; called on a worker thread when the
 * register loads. The register knows nothing of the feature: the composition root adds it.
 */
@FunctionalInterface
public interface MemberNotes {

    /** The feature's reminders as of {@code today}, each of kind {@link Reminder.Kind#NOTE} with its message. */
    List<Reminder> reminders(LocalDate today);
}
