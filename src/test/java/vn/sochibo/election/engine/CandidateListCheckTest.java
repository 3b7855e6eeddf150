package vn.sochibo.election.engine;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked examples T4 (surplus limits) and T5 (what body to elect) of src/site/rules.md, "Bầu cử tại đại hội chi bộ", and the list builder.
 */
class CandidateListCheckTest {

    @ParameterizedTest(name = "{0} seats: surplus ≤ {1}, list ≤ {2}, prepared {3}–{4}")
    @CsvSource({"3, 1, 4, 1, 1", "5, 1, 6, 1, 1", "7, 2, 9, 1, 1", "10, 3, 13, 1, 1", "20, 6, 26, 2, 3"})
    @DisplayName("T4: surplus limits by number of seats")
    void surplusLimitsFollowTheThirtyPercentAndSmallBodyRules(int seats, int maxSurplus, int maxList,
            int preparedMin, int preparedMax) {
        assertThat(CandidateListCheck.maxSurplus(seats)).isEqualTo(maxSurplus);
        assertThat(CandidateListCheck.maxListSize(seats)).isEqualTo(maxList);
        assertThat(CandidateListCheck.preparedSurplus(seats))
                .isEqualTo(new CandidateListCheck.SurplusRange(preparedMin, preparedMax));
        assertThat(Vietnamese.problems(CandidateListCheck.checkList(Office.COMMITTEE, seats, maxList))).isEmpty();
        assertThat(Vietnamese.problems(CandidateListCheck.checkList(Office.COMMITTEE, seats, maxList + 1))).hasSize(1)
                .first().asString().contains("vượt mức cho phép");
    }

    @Test
    @DisplayName("T4: a committee list equal to the seats is rejected")
    void committeeListEqualToTheSeatsIsRejected() {
        assertThat(Vietnamese.problems(CandidateListCheck.checkList(Office.COMMITTEE, 5, 5))).singleElement().asString()
                .contains("phải nhiều hơn số lượng cần bầu");
        assertThat(Vietnamese.problems(CandidateListCheck.checkList(Office.COMMITTEE, 5, 6))).isEmpty();
        assertThat(Vietnamese.problems(CandidateListCheck.checkList(Office.SECRETARY, 1, 1))).as("no surplus rule for the secretary")
                .isEmpty();
        assertThat(Vietnamese.problems(CandidateListCheck.checkList(Office.DELEGATES, 3, 2))).singleElement().asString()
                .contains("ít hơn số lượng cần bầu");
    }

    @Test
    @DisplayName("T4: a body of 3–5 may have a surplus of 1 only, and the message says so")
    void smallBodyAllowsASurplusOfOneOnly() {
        assertThat(Vietnamese.problems(CandidateListCheck.checkList(Office.COMMITTEE, 3, 5))).singleElement().asString()
                .contains("từ 3 đến 5");
        assertThat(Vietnamese.problems(CandidateListCheck.checkList(Office.COMMITTEE, 7, 10))).singleElement().asString()
                .contains("30%");
    }

    @Test
    @DisplayName("T5: 8 official and 4 probationary members elect no committee, only a secretary and maybe a deputy")
    void branchOfEightOfficialMembersElectsNoCommittee() {
        List<Attendee> roll = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            roll.add(Attendee.official("Chính thức " + i, true));
        }
        for (int i = 0; i < 4; i++) {
            roll.add(new Attendee("Dự bị " + i, Attendee.Standing.PROBATIONARY, Attendee.Situation.ACTIVE, true,
                    false));
        }

        BodyToElect body = BodyToElect.forBranch(CongressRoll.of(roll).officialMembers());

        assertThat(body.committee()).isFalse();
        assertThat(body.offices()).containsExactly(Office.SECRETARY, Office.DEPUTY);
        assertThat(body.deputyOptional()).isTrue();
        assertThat(Vietnamese.problems(CandidateListCheck.checkSeats(Office.COMMITTEE, 3, 8))).singleElement().asString()
                .contains("dưới 9");
    }

    @Test
    @DisplayName("T5: 9 official members elect a committee, then the secretary and one deputy from it")
    void branchOfNineOfficialMembersElectsACommitteeFirst() {
        BodyToElect body = BodyToElect.forBranch(9);

        assertThat(body.committee()).isTrue();
        assertThat(body.offices()).containsExactly(Office.COMMITTEE, Office.SECRETARY, Office.DEPUTY);
        assertThat(Vietnamese.problems(CandidateListCheck.checkSeats(Office.COMMITTEE, 3, 9))).isEmpty();
        assertThat(Vietnamese.problems(CandidateListCheck.checkSeats(Office.SECRETARY, 2, 9))).hasSize(1);
        List<Candidate> committee = List.of(Candidate.named("Nguyễn Văn An"), Candidate.named("Lê Thị Bình"),
                Candidate.named("Trần Văn Cường"));
        assertThat(CandidateListCheck.checkFromCommittee(List.of(Candidate.named("Lê Thị Bình")), committee))
                .isEmpty();
        assertThat(CandidateListCheck.checkFromCommittee(List.of(Candidate.named("Phạm Văn Dũng")), committee))
                .singleElement().asString().contains("Phạm Văn Dũng");
    }

    @Test
    @DisplayName("T5: 45 official members elect a committee of at most 7")
    void largeBranchElectsACommitteeOfAtMostSeven() {
        assertThat(BodyToElect.forBranch(45).maxCommitteeSize()).isEqualTo(7);
        assertThat(Vietnamese.problems(CandidateListCheck.checkSeats(Office.COMMITTEE, 7, 45))).isEmpty();
        assertThat(Vietnamese.problems(CandidateListCheck.checkSeats(Office.COMMITTEE, 8, 45))).singleElement().asString()
                .contains("tối đa 7");
        assertThat(BodyToElect.forBranch(2).problems()).hasSize(1);
    }

    @Test
    @DisplayName("a floor nomination needs more than 30% of those present; the list comes out in ABC order")
    void floorNominationNeedsMoreThanThirtyPercentAndTheListIsInAbcOrder() {
        CandidateList list = new CandidateList(30);
        list.nominate(Candidate.named("Trần Văn Đức"));
        list.nominate(Candidate.named("Nguyễn Thị Dung"));

        assertThat(list.nominateFromFloor(Candidate.named("Lê Văn An"), 9)).as("9/30 is exactly 30%").hasSize(1);
        assertThat(list.nominateFromFloor(Candidate.named("Lê Văn An"), 10)).isEmpty();
        assertThat(list.nominate(Candidate.named("Lê  Văn An"))).hasSize(1);
        assertThat(list.withdraw("Nguyễn Thị Dung")).isEmpty();
        assertThat(list.withdraw("Không Có Tên")).hasSize(1);

        assertThat(list.candidates()).extracting(Candidate::name).containsExactly("Lê Văn An", "Trần Văn Đức");
        assertThat(list.withdrawn()).containsExactly("Nguyễn Thị Dung");
    }
}
