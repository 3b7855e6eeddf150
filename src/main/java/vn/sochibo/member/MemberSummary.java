package vn.sochibo.member;

import java.time.LocalDate;

/** One row of the member list: what the table, the statistics and the command line need. */
public record MemberSummary(
        long id, String fullName, Gender gender, LocalDate birthDate, Integer birthYear, String homeTown,
        LocalDate admissionDecisionDate, LocalDate joinedDate, LocalDate officialDate,
        String partyCardNumber, String personalId, String phone, MemberStatus status, String subBranch,
        String professionalLevel, PoliticalTheory politicalTheory, String searchKey) {

    /** The start of Party years: the admission decision date, or the ceremony date when it is unknown. */
    public LocalDate partyYearsStart() {
        return admissionDecisionDate != null ? admissionDecisionDate : joinedDate;
    }
}
