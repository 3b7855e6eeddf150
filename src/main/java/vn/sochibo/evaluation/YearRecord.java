package vn.sochibo.evaluation;

/**
 * A stored evaluation year.
 *
 * @param id     its id
 * @param issuer the chi bộ evaluated
 * @param year   the evaluated year
 * @param header what the clerk recorded about it
 * @param branch the chi bộ's own grade
 */
public record YearRecord(long id, String issuer, int year, YearHeader header, BranchGradeDraft branch) {
}
