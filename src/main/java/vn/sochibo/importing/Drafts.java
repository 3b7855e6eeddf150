package vn.sochibo.importing;

import vn.sochibo.member.MemberDraft;

/** Laying a file's values over a stored record: what the file says wins, what it leaves blank is kept. */
final class Drafts {

    private Drafts() {
    }

    static MemberDraft overlay(MemberDraft stored, MemberDraft file) {
        boolean sameYear = file.birthDate() == null && file.birthYear() != null && stored.birthDate() != null
                && stored.birthDate().getYear() == file.birthYear();
        return new MemberDraft(or(file.fullName(), stored.fullName()), or(file.otherNames(), stored.otherNames()),
                or(file.gender(), stored.gender()),
                sameYear ? stored.birthDate() : file.birthDate() != null || file.birthYear() != null ? file.birthDate() : stored.birthDate(),
                file.birthYear() != null ? file.birthYear() : stored.birthYear(),
                or(file.birthPlace(), stored.birthPlace()), or(file.homeTown(), stored.homeTown()),
                or(file.residence(), stored.residence()), or(file.ethnicity(), stored.ethnicity()),
                or(file.religion(), stored.religion()), or(file.personalId(), stored.personalId()),
                or(file.partyCardNumber(), stored.partyCardNumber()), or(file.recordNumber(), stored.recordNumber()),
                or(file.generalEducation(), stored.generalEducation()), or(file.professionalLevel(), stored.professionalLevel()),
                or(file.politicalTheory(), stored.politicalTheory()), or(file.occupation(), stored.occupation()),
                or(file.jobPosition(), stored.jobPosition()), or(file.partyPosts(), stored.partyPosts()),
                or(file.youthUnionDate(), stored.youthUnionDate()), or(file.admissionDecisionDate(), stored.admissionDecisionDate()),
                or(file.joinedDate(), stored.joinedDate()), or(file.officialDate(), stored.officialDate()),
                or(file.subBranch(), stored.subBranch()), or(file.phone(), stored.phone()), or(file.notes(), stored.notes()),
                // the register fields too: an update used to drop them, wiping what was stored (issue 17)
                or(file.residenceBranch(), stored.residenceBranch()), or(file.badgeNumber(), stored.badgeNumber()),
                or(file.permanentAddress(), stored.permanentAddress()), or(file.foreignLanguage(), stored.foreignLanguage()),
                or(file.occupationBefore(), stored.occupationBefore()), or(file.serviceBackground(), stored.serviceBackground()));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
