package vn.sochibo.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;

/**
 * A member's record as the clerk enters it (src/site/rules.md, "Hồ sơ đảng viên: các trường và trạng thái"). The
 * constructor normalises every text to NFC, trims it, and writes the name in list casing; {@link #problems} explains
 * what is wrong in the user's terms. Card and ID numbers are text, so leading zeros survive.
 */
public record MemberDraft(
        String fullName, String otherNames, Gender gender, LocalDate birthDate, Integer birthYear,
        String birthPlace, String homeTown, String residence, String ethnicity, String religion,
        String personalId, String partyCardNumber, String recordNumber,
        String generalEducation, String professionalLevel, PoliticalTheory politicalTheory,
        String occupation, String jobPosition, String partyPosts,
        LocalDate youthUnionDate, LocalDate admissionDecisionDate, LocalDate joinedDate, LocalDate officialDate,
        String subBranch, String phone, String notes,
        String residenceBranch, String badgeNumber, String permanentAddress, String foreignLanguage,
        String occupationBefore, String serviceBackground) {

    /** The earliest plausible year of birth; earlier dates are typing slips or an empty Excel date (00/01/1900). */
    static final int MIN_BIRTH_YEAR = 1900;

    public MemberDraft {
        fullName = Text.personName(Text.cleanOrNull(fullName));
        otherNames = Text.cleanOrNull(otherNames);
        if (birthDate != null) {
            birthYear = birthDate.getYear();
        }
        birthPlace = Text.cleanOrNull(birthPlace);
        homeTown = Text.cleanOrNull(homeTown);
        residence = Text.cleanOrNull(residence);
        ethnicity = Text.cleanOrNull(ethnicity);
        religion = Text.cleanOrNull(religion);
        personalId = digitsOrText(personalId);
        partyCardNumber = digitsOrText(partyCardNumber);
        recordNumber = Text.cleanOrNull(recordNumber);
        generalEducation = Text.cleanOrNull(generalEducation);
        professionalLevel = Text.cleanOrNull(professionalLevel);
        occupation = Text.cleanOrNull(occupation);
        jobPosition = Text.cleanOrNull(jobPosition);
        partyPosts = Text.cleanOrNull(partyPosts);
        subBranch = Text.cleanOrNull(subBranch);
        phone = Text.cleanOrNull(phone);
        notes = Text.cleanOrNull(notes);
        residenceBranch = Text.cleanOrNull(residenceBranch);
        badgeNumber = Text.cleanOrNull(badgeNumber);
        permanentAddress = Text.cleanOrNull(permanentAddress);
        foreignLanguage = Text.cleanOrNull(foreignLanguage);
        occupationBefore = Text.cleanOrNull(occupationBefore);
        serviceBackground = Text.cleanOrNull(serviceBackground);
    }

    /** A draft without the register fields added for imports (chi bộ nơi cư trú, số Huy hiệu, hộ khẩu …). */
    public MemberDraft(String fullName, String otherNames, Gender gender, LocalDate birthDate, Integer birthYear,
                       String birthPlace, String homeTown, String residence, String ethnicity, String religion,
                       String personalId, String partyCardNumber, String recordNumber,
                       String generalEducation, String professionalLevel, PoliticalTheory politicalTheory,
                       String occupation, String jobPosition, String partyPosts,
                       LocalDate youthUnionDate, LocalDate admissionDecisionDate, LocalDate joinedDate, LocalDate officialDate,
                       String subBranch, String phone, String notes) {
        this(fullName, otherNames, gender, birthDate, birthYear, birthPlace, homeTown, residence, ethnicity, religion,
                personalId, partyCardNumber, recordNumber, generalEducation, professionalLevel, politicalTheory, occupation,
                jobPosition, partyPosts, youthUnionDate, admissionDecisionDate, joinedDate, officialDate, subBranch, phone,
                notes, null, null, null, null, null, null);
    }

    /** The same draft with the register fields of the official lists set. */
    public MemberDraft withRegisterFields(String residenceBranch, String badgeNumber, String permanentAddress,
                                          String foreignLanguage, String occupationBefore, String serviceBackground) {
        return new MemberDraft(fullName, otherNames, gender, birthDate, birthYear, birthPlace, homeTown, residence, ethnicity,
                religion, personalId, partyCardNumber, recordNumber, generalEducation, professionalLevel, politicalTheory,
                occupation, jobPosition, partyPosts, youthUnionDate, admissionDecisionDate, joinedDate, officialDate, subBranch,
                phone, notes, residenceBranch, badgeNumber, permanentAddress, foreignLanguage, occupationBefore, serviceBackground);
    }

    private static String digitsOrText(String value) {
        String cleaned = Text.cleanOrNull(value);
        if (cleaned == null) {
            return null;
        }
        String compact = cleaned.replace(" ", "").replace(".", "");
        return compact.matches("\\d+") ? compact : cleaned;
    }

    /** The same draft in another chi bộ (an import's choice for its new members). */
    public MemberDraft withSubBranch(String name) {
        return new MemberDraft(fullName, otherNames, gender, birthDate, birthYear, birthPlace, homeTown, residence, ethnicity,
                religion, personalId, partyCardNumber, recordNumber, generalEducation, professionalLevel, politicalTheory,
                occupation, jobPosition, partyPosts, youthUnionDate, admissionDecisionDate, joinedDate, officialDate, name, phone, notes,
                residenceBranch, badgeNumber, permanentAddress, foreignLanguage, occupationBefore, serviceBackground);
    }

    /** The same draft with another official date. */
    public MemberDraft withOfficialDate(LocalDate date) {
        return new MemberDraft(fullName, otherNames, gender, birthDate, birthYear, birthPlace, homeTown, residence, ethnicity,
                religion, personalId, partyCardNumber, recordNumber, generalEducation, professionalLevel, politicalTheory,
                occupation, jobPosition, partyPosts, youthUnionDate, admissionDecisionDate, joinedDate, date, subBranch, phone, notes,
                residenceBranch, badgeNumber, permanentAddress, foreignLanguage, occupationBefore, serviceBackground);
    }

    /** A draft with only the name, gender, birth year and ceremony date set (handy in tests and imports). */
    public static MemberDraft minimal(String fullName, Gender gender, int birthYear, LocalDate joinedDate) {
        return new MemberDraft(fullName, null, gender, null, birthYear, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, joinedDate, null, null, null, null);
    }

    /**
     * Everything wrong with this draft as of {@code today}: errors (required fields, impossible or future dates,
     * dates out of order) and warnings (12-digit numbers, official date not 12 months after the ceremony).
     */
    public List<Problem> problems(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (fullName == null || fullName.isEmpty()) {
            problems.add(Problem.error("fullName", "member.problem.fullName.required"));
        } else if (fullName.length() > 200) {
            problems.add(Problem.error("fullName", "member.problem.tooLong", 200));
        } else if (!fullName.matches("[\\p{L}\\p{M} .'-]+")) {
            problems.add(Problem.error("fullName", "member.problem.fullName.characters"));
        }
        if (gender == null) {
            problems.add(Problem.error("gender", "member.problem.gender.required"));
        }
        if (birthDate == null && birthYear == null) {
            problems.add(Problem.error("birthDate", "member.problem.birth.required"));
        }
        if (birthYear != null && (birthYear < MIN_BIRTH_YEAR || birthDate == null && birthYear > today.getYear())) {
            problems.add(Problem.error("birthDate", "member.problem.birthYear.range", String.valueOf(birthYear)));
        }
        if (joinedDate == null) {
            problems.add(Problem.error("joinedDate", "member.problem.joinedDate.required"));
        }
        notInFuture(problems, "birthDate", birthDate, today);
        notInFuture(problems, "youthUnionDate", youthUnionDate, today);
        notInFuture(problems, "admissionDecisionDate", admissionDecisionDate, today);
        notInFuture(problems, "joinedDate", joinedDate, today);
        notInFuture(problems, "officialDate", officialDate, today);
        LocalDate birth = birthDate != null ? birthDate : birthYear != null ? LocalDate.of(birthYear, 1, 1) : null;
        after(problems, "youthUnionDate", youthUnionDate, "birthDate", birth);
        after(problems, "admissionDecisionDate", admissionDecisionDate, "birthDate", birth);
        after(problems, "joinedDate", joinedDate, "birthDate", birth);
        notBefore(problems, "joinedDate", joinedDate, "admissionDecisionDate", admissionDecisionDate);
        after(problems, "officialDate", officialDate, "joinedDate", joinedDate);
        if (birth != null && joinedDate != null && birthDate != null && joinedDate.isBefore(birthDate.plusYears(18))) {
            problems.add(Problem.warning("joinedDate", "member.problem.joinedDate.under18"));
        }
        if (officialDate != null && joinedDate != null && officialDate.isAfter(joinedDate)
                && !officialDate.equals(MemberLifecycle.probationEnd(joinedDate))) {
            problems.add(Problem.warning("officialDate", "member.problem.officialDate.notTwelveMonths",
                    MemberLifecycle.probationEnd(joinedDate)));
        }
        if (personalId != null && !personalId.matches("\\d{9}|\\d{12}")) {
            // no personal ID has letters or 10, 11, 13+ digits: 12 (căn cước) or 9 (old chứng minh nhân dân)
            problems.add(Problem.error("personalId", "member.problem.personalId.format", personalId));
        } else {
            twelveDigits(problems, "personalId", personalId);
        }
        twelveDigits(problems, "partyCardNumber", partyCardNumber);
        tooLong(problems, "otherNames", otherNames, 200);
        tooLong(problems, "birthPlace", birthPlace, 300);
        tooLong(problems, "homeTown", homeTown, 300);
        tooLong(problems, "residence", residence, 300);
        tooLong(problems, "ethnicity", ethnicity, 50);
        tooLong(problems, "religion", religion, 50);
        tooLong(problems, "personalId", personalId, 20);
        tooLong(problems, "partyCardNumber", partyCardNumber, 20);
        tooLong(problems, "recordNumber", recordNumber, 20);
        tooLong(problems, "generalEducation", generalEducation, 20);
        tooLong(problems, "professionalLevel", professionalLevel, 200);
        tooLong(problems, "occupation", occupation, 200);
        tooLong(problems, "jobPosition", jobPosition, 300);
        tooLong(problems, "partyPosts", partyPosts, 200);
        tooLong(problems, "subBranch", subBranch, 300);
        tooLong(problems, "phone", phone, 30);
        tooLong(problems, "notes", notes, 2000);
        tooLong(problems, "residenceBranch", residenceBranch, 300);
        tooLong(problems, "badgeNumber", badgeNumber, 40);
        tooLong(problems, "permanentAddress", permanentAddress, 300);
        tooLong(problems, "foreignLanguage", foreignLanguage, 100);
        tooLong(problems, "occupationBefore", occupationBefore, 200);
        tooLong(problems, "serviceBackground", serviceBackground, 100);
        if (phone != null && !phone.matches("[+0-9 .()-]{6,20}")) {
            problems.add(Problem.warning("phone", "member.problem.phone.format"));
        }
        return problems;
    }

    /** Fields the form requires but a member list may lack: brought in, then filled in from the work list. */
    public static final java.util.Set<String> COMPLETE_LATER = java.util.Set.of("gender", "birthDate", "joinedDate");

    /**
     * The problems of an imported record (src/site/rules.md, "Nhập danh sách đảng viên"): the same as
     * {@link #problems}, except that a missing gender, birth date or ceremony date is a warning (the member comes
     * in and goes on the work list) instead of an error. Only a missing or unreadable name refuses the record.
     */
    public List<Problem> importProblems(LocalDate today) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems(today)) {
            boolean missing = p.isError() && COMPLETE_LATER.contains(p.field()) && p.messageKey().endsWith(".required");
            out.add(missing ? Problem.warning(p.field(), p.messageKey(), p.args().toArray()) : p);
        }
        return out;
    }

    /** The column sizes of the member table (V001): longer text is refused here, not by the database. */
    private static void tooLong(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(Problem.error(field, "member.problem.tooLong", max));
        }
    }

    private static void twelveDigits(List<Problem> problems, String field, String value) {
        if (value != null && !value.matches("\\d{12}")) {
            problems.add(Problem.warning(field, "member.problem.twelveDigits", value));
        }
    }

    private static void notInFuture(List<Problem> problems, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            problems.add(Problem.error(field, "member.problem.date.future", date));
        }
    }

    private static void after(List<Problem> problems, String field, LocalDate date, String earlierField, LocalDate earlier) {
        if (date != null && earlier != null && !date.isAfter(earlier)) {
            problems.add(Problem.error(field, "member.problem.date.order", field, earlierField, date, earlier));
        }
    }

    private static void notBefore(List<Problem> problems, String field, LocalDate date, String earlierField, LocalDate earlier) {
        if (date != null && earlier != null && date.isBefore(earlier)) {
            problems.add(Problem.error(field, "member.problem.date.order", field, earlierField, date, earlier));
        }
    }
}
