package vn.sochibo.admission;

import java.time.LocalDate;

/**
 * Something the clerk picks in a form: a member of the register (introducer, helper, a probationary member to
 * follow) or a meeting of the candidate's chi bộ (a vote, a listing). {@code date} is the meeting's day, or null.
 */
public record Choice(long id, String label, LocalDate date) {
}
