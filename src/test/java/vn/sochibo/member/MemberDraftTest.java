package vn.sochibo.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.sochibo.common.Problem;

class MemberDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static MemberDraft draft(String name, LocalDate birth, LocalDate decision, LocalDate joined, LocalDate official,
                                     String personalId, String card) {
        return new MemberDraft(name, null, Gender.NAM, birth, null, null, null, null, null, null, personalId, card, null,
                null, null, null, null, null, null, null, decision, joined, official, null, null, null);
    }

    @Test
    void aCompleteDraftHasNoProblems() {
        MemberDraft d = draft("Nguyễn Văn An", LocalDate.of(1985, 3, 14), LocalDate.of(2010, 5, 10),
                LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 19), "038085001234", "038085001234");
        assertThat(d.problems(TODAY)).isEmpty();
    }

    @Test
    void requiredFieldsAreErrors() {
        MemberDraft d = new MemberDraft("  ", null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(d.problems(TODAY)).extracting(Problem::messageKey).contains(
                "member.problem.fullName.required", "member.problem.gender.required",
                "member.problem.birth.required", "member.problem.joinedDate.required");
        assertThat(d.problems(TODAY)).allMatch(Problem::isError);
    }

    @Test
    void datesOutOfOrderAreErrors() {
        MemberDraft d = draft("Lê Thị Bình", LocalDate.of(1990, 1, 1), LocalDate.of(2015, 6, 1),
                LocalDate.of(2015, 5, 1), LocalDate.of(2014, 5, 1), null, null);
        assertThat(d.problems(TODAY)).filteredOn(Problem::isError).extracting(Problem::field)
                .contains("joinedDate", "officialDate");
    }

    @Test
    void futureDatesAreErrors() {
        MemberDraft d = draft("Lê Thị Bình", LocalDate.of(1990, 1, 1), null, LocalDate.of(2027, 1, 1), null, null, null);
        assertThat(d.problems(TODAY)).anyMatch(p -> p.isError() && p.messageKey().equals("member.problem.date.future"));
    }

    @Test
    void cardNumbersThatAreNotTwelveDigitsAreOnlyWarnings() {
        MemberDraft d = draft("Trần Quốc Bảo", LocalDate.of(1970, 1, 1), null, LocalDate.of(1995, 1, 1),
                LocalDate.of(1996, 1, 1), "380123456", "38012345");
        assertThat(d.problems(TODAY)).isNotEmpty().noneMatch(Problem::isError)
                .anyMatch(p -> p.messageKey().equals("member.problem.twelveDigits"));
    }

    @Test
    void aPersonalIdWithLettersOrTheWrongNumberOfDigitsIsAnError() {
        for (String bad : new String[] {"03817500456A", "0381750045671", "38175004567", "1234"}) {
            MemberDraft d = draft("Trần Quốc Bảo", LocalDate.of(1970, 1, 1), null, LocalDate.of(1995, 1, 1),
                    LocalDate.of(1996, 1, 1), bad, null);
            assertThat(d.problems(TODAY)).as(bad).anyMatch(p -> p.isError()
                    && p.messageKey().equals("member.problem.personalId.format") && p.field().equals("personalId"));
        }
    }

    @Test
    void textLongerThanItsColumnAndABirthBefore1900AreErrors() {
        MemberDraft d = new MemberDraft("Lê Văn An", null, Gender.NAM, LocalDate.of(1899, 12, 31), null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                LocalDate.of(1995, 1, 1), null, null, "0912 345 678 0912 345 678 0912 345", "x".repeat(2001));
        assertThat(d.problems(TODAY)).filteredOn(Problem::isError).extracting(Problem::field)
                .containsExactlyInAnyOrder("birthDate", "phone", "notes");
    }

    @Test
    void officialDateOtherThanTwelveMonthsIsAWarning() {
        MemberDraft d = draft("Trần Quốc Bảo", LocalDate.of(1970, 1, 1), null, LocalDate.of(1995, 1, 1),
                LocalDate.of(1996, 4, 1), null, null);
        assertThat(d.problems(TODAY)).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.messageKey()).isEqualTo("member.problem.officialDate.notTwelveMonths");
        });
    }

    @Test
    void textIsStoredInNfcAndIdsKeepLeadingZeros() {
        String nfd = Normalizer.normalize("phạm thị ánh", Normalizer.Form.NFD);
        MemberDraft d = draft(nfd, null, null, LocalDate.of(2010, 1, 1), null, "001 085 001 234", "001085001234");
        assertThat(d.fullName()).isEqualTo("Phạm Thị Ánh");
        assertThat(Normalizer.isNormalized(d.fullName(), Normalizer.Form.NFC)).isTrue();
        assertThat(d.personalId()).isEqualTo("001085001234");
    }
}
