package vn.sochibo.meeting;

import java.time.LocalDate;

/** One row of the meeting list. */
public record MeetingSummary(long id, LocalDate date, MeetingType type, String subject, String issuer, int number) {
}
