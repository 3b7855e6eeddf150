package vn.sochibo.evaluation.doc;

import java.time.LocalDate;
import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.evaluation.BranchGradeDraft;
import vn.sochibo.evaluation.ChecklistItem;
import vn.sochibo.evaluation.EntryRecord;
import vn.sochibo.evaluation.Grade;
import vn.sochibo.evaluation.YearTally;

/**
 * What the evaluation's documents print for one chi bộ's year, as plain values (the writers see no repository).
 *
 * @param upperBody      the direct upper Party body
 * @param issuer         the chi bộ
 * @param placeDate      "Thanh Hóa, ngày 16 tháng 12 năm 2025"
 * @param date           the documents' date (the review meeting's, else today)
 * @param year           the evaluated year
 * @param reportNumber   the report's number, or null (then left blank to be written by hand)
 * @param legalBasis     the texts the evaluation follows, or null for a year without them
 * @param reviewDate     the date the chi bộ reviewed and voted, or null
 * @param voteBase       N of those votes, or null
 * @param rows           the members in roll order
 * @param tally          the counts
 * @param branch         the chi bộ's own grade as recorded
 * @param branchComputed the grade the rules give the chi bộ, or null
 * @param checklist      the "Chi bộ 4 tốt" items
 * @param warnings       what the chi bộ and the upper committee should look at
 * @param signer         the chi bộ's secretary, or empty
 */
public record YearDocument(String upperBody, String issuer, String placeDate, LocalDate date, int year,
                           Integer reportNumber, String legalBasis, LocalDate reviewDate, Integer voteBase,
                           List<Row> rows, YearTally tally, BranchGradeDraft branch, Grade branchComputed,
                           List<ChecklistItem> checklist, List<Problem> warnings, String signer) {

    public YearDocument {
        rows = List.copyOf(rows);
        checklist = List.copyOf(checklist);
        warnings = List.copyOf(warnings);
    }

    /**
     * One member's line.
     *
     * @param entry      what is stored
     * @param computed   the grade the rules give, or null
     * @param votePassed whether the vote on the proposal passed, or null
     */
    public record Row(EntryRecord entry, Grade computed, Boolean votePassed) {
    }
}
