package vn.sochibo.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the dues book says for a new meeting's agenda ("thông báo tình hình đóng đảng phí"): the collection of the month
 * before and who is behind. The meeting package words it (minutes-text.properties); the dues feature fills it, wired
 * by the composition root. Called on a worker thread.
 */
@FunctionalInterface
public interface DuesNotices {

    /** Nothing to say (no dues book). */
    DuesNotices NONE = (issuer, date) -> Optional.empty();

    /** The figures for a meeting of {@code issuer} on {@code date}, or empty. */
    Optional<Notice> before(String issuer, LocalDate date);

    /**
     * @param month         "10/2026"
     * @param total         the amount collected, formatted ("1.234.000")
     * @param removalMonths the months of the rule of three
     * @param removal       members who reached it this year
     * @param behind        members behind with their dues (the others)
     */
    record Notice(String month, int paid, int owing, String total, int removalMonths, List<String> removal, List<String> behind) {
    }
}
