package vn.sochibo.election.engine;

import vn.sochibo.vote.VoteBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;

import vn.sochibo.common.PersonName;
import vn.sochibo.common.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ballot order and result order of candidates (src/site/rules.md, "Bầu cử tại đại hội chi bộ": the candidate list; the count and its record).
 */
class CandidateOrderTest {

    @Test
    @DisplayName("ABC order is by given name, then family name, then middle names, with Đ after D")
    void alphabeticalOrderIsByGivenNameThenFamilyThenMiddleNames() {
        List<Candidate> list = new ArrayList<>();
        for (String name : List.of("Nguyễn Văn Đức", "Trần Thị Dung", "Lê Dũng", "Trần Văn An", "Lê Thị Ánh",
                "Nguyễn Thị Anh", "Nguyễn Văn An", "Nguyễn Thị An", "Bùi Yến", "Ý")) {
            list.add(Candidate.named(name));
        }

        list.sort(CandidateOrder.alphabetical());

        assertThat(list).extracting(Candidate::name).containsExactly("Nguyễn Thị An", "Nguyễn Văn An",
                "Trần Văn An", "Nguyễn Thị Anh", "Lê Thị Ánh", "Trần Thị Dung", "Lê Dũng", "Nguyễn Văn Đức", "Ý",
                "Bùi Yến");
    }

    @Test
    @DisplayName("a name is cleaned as the register cleans it and splits into family, middle and given names")
    void nameSplitsIntoItsParts() {
        Candidate candidate = Candidate.named("  Tôn   Nữ Thị   Hà ");

        assertThat(candidate.name()).isEqualTo("Tôn Nữ Thị Hà");
        assertThat(PersonName.familyName(candidate.name())).isEqualTo("Tôn");
        assertThat(PersonName.middleNames(candidate.name())).isEqualTo("Nữ Thị");
        assertThat(PersonName.givenName(candidate.name())).isEqualTo("Hà");
        assertThat(PersonName.familyName(Candidate.named("Hà").name())).isEmpty();
        assertThat(PersonName.middleNames(Candidate.named("Lê Hà").name())).isEmpty();
        assertThat(Candidate.named("\u00a0Lê\u00a0 Thị\tHà\u202f").name()).isEqualTo("Lê Thị Hà");
        assertThat(Candidate.named("Le\u0302 Thi\u0323 Ha\u0300").name()).isEqualTo("Lê Thị Hà");
        assertThatThrownBy(() -> Candidate.named(" ")).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("election.engine.blankCandidateName");
    }

    @Test
    @DisplayName("results list more votes first, equal votes in ABC order")
    void resultsAreInVoteOrderThenAbcOrder() {
        List<Candidate> list = List.of(Candidate.named("Trần Văn Bình"), Candidate.named("Lê Văn Bình"),
                Candidate.named("Phạm Thị Đào"), Candidate.named("Ngô Văn Cường"));
        Contest contest = Contest.of(Office.COMMITTEE, 3, 0, list, new VoteBase(10, 0, 0, 0, 0));

        TallyResult result = Tally.count(contest, 10, BallotSets.crossingOut(contest.candidates(), 10,
                Map.of("Trần Văn Bình", 7, "Lê Văn Bình", 7, "Phạm Thị Đào", 9, "Ngô Văn Cường", 3)));

        assertThat(contest.candidates()).extracting(Candidate::name)
                .containsExactly("Lê Văn Bình", "Trần Văn Bình", "Ngô Văn Cường", "Phạm Thị Đào");
        assertThat(result.candidates()).extracting(CandidateResult::name)
                .containsExactly("Phạm Thị Đào", "Lê Văn Bình", "Trần Văn Bình", "Ngô Văn Cường");
        assertThat(result.electedNames()).containsExactly("Phạm Thị Đào", "Lê Văn Bình", "Trần Văn Bình");
    }
}
