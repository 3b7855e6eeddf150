package vn.sochibo.meeting;

import java.time.LocalDate;

/** An open assignment of an earlier meeting, brought to the next one to be marked done or carried over. */
public record CarriedAssignment(Assignment assignment, LocalDate meetingDate) {
}
