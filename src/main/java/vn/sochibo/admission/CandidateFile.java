package vn.sochibo.admission;

import java.time.LocalDate;

/**
 * A candidate with what follows from the file today: the checklist and the key dates (end of probation = the
 * official date; the last day for the full-membership vote), for the window and the command line.
 *
 * @param probationEnd {@code null} before the ceremony
 * @param fullVoteDue  {@code null} before the ceremony
 */
public record CandidateFile(Candidate candidate, Checklist checklist, LocalDate probationEnd, LocalDate fullVoteDue) {
}
