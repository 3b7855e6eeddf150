package vn.sochibo.admission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;

/**
 * A candidate's personal data as the clerk types it (from the biography): the chi bộ it belongs to, name, gender
 * ({@code NAM} or {@code NU}, the register's codes), the full birth date (the age rule needs it), home town,
 * residence, occupation and workplace, general education, ethnicity, religion, notes. Text is NFC; the name is in
 * list casing.
 */
public record CandidateProfile(String issuer, String fullName, String gender, LocalDate birthDate, String homeTown,
                               String residence, String occupation, String education, String ethnicity,
                               String religion, String notes) {

    public CandidateProfile {
        issuer = Text.cleanOrNull(issuer);
        fullName = Text.personName(Text.cleanOrNull(fullName));
        gender = Text.cleanOrNull(gender);
        homeTown = Text.cleanOrNull(homeTown);
        residence = Text.cleanOrNull(residence);
        occupation = Text.cleanOrNull(occupation);
        education = Text.cleanOrNull(education);
        ethnicity = Text.cleanOrNull(ethnicity);
        religion = Text.cleanOrNull(religion);
        notes = Text.cleanOrNull(notes);
    }

    /** What is wrong, field by field, as of {@code today}; all of them block saving. */
    public List<Problem> problems(LocalDate today) {
        return problems(today, true);
    }

    /**
     * The same; a member whose probation is followed from the register may lack the full birth date (the register
     * may hold the year only), a candidate may not.
     */
    public List<Problem> problems(LocalDate today, boolean birthDateRequired) {
        List<Problem> problems = new ArrayList<>();
        if (issuer == null) {
            problems.add(Problem.error("issuer", "admission.problem.issuer.required"));
        }
        if (fullName == null) {
            problems.add(Problem.error("fullName", "admission.problem.fullName.required"));
        } else if (fullName.length() > 200 || !fullName.matches("[\\p{L}\\p{M} .'-]+")) {
            problems.add(Problem.error("fullName", "admission.problem.fullName.characters"));
        }
        if (!"NAM".equals(gender) && !"NU".equals(gender)) {
            problems.add(Problem.error("gender", "admission.problem.gender.required"));
        }
        if (birthDate == null && birthDateRequired) {
            problems.add(Problem.error("birthDate", "admission.problem.birthDate.required"));
        } else if (birthDate != null && (birthDate.isAfter(today) || birthDate.getYear() < 1900)) {
            problems.add(Problem.error("birthDate", "admission.problem.birthDate.range", birthDate));
        }
        tooLong(problems, "homeTown", homeTown, 300);
        tooLong(problems, "residence", residence, 300);
        tooLong(problems, "occupation", occupation, 300);
        tooLong(problems, "generalEducation", education, 50);
        tooLong(problems, "ethnicity", ethnicity, 50);
        tooLong(problems, "religion", religion, 50);
        tooLong(problems, "notes", notes, 2000);
        return problems;
    }

    private static void tooLong(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(Problem.error(field, "admission.problem.tooLong", max));
        }
    }
}
