package vn.sochibo.admission;

import java.time.LocalDate;

/**
 * One row of the candidates list: who, which chi bộ, where they stand, the next thing to do and when it is due, and
 * how many lines of the checklist are late.
 *
 * @param next    the first checklist line still needing something, or {@code null}
 * @param nextDue its due date, or {@code null}
 */
public record CandidateSummary(long id, String issuer, String fullName, LocalDate birthDate, CandidateStage stage, CheckItem next,
                               CheckItem.State nextState, LocalDate nextDue, long late, Long memberId) {
}
