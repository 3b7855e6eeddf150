package vn.sochibo.election.engine;

import vn.sochibo.vote.VoteBase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message catalogue is NFC Vietnamese and reads naturally.
 */
class ElectionMessagesTest {

    @Test
    @DisplayName("every message source file of the election feature is stored in NFC")
    void messageSourcesAreNfc() throws IOException {
        for (String file : List.of("src/main/java/vn/sochibo/election/engine/ElectionMessages.java",
                "src/test/java/vn/sochibo/election/engine/CommitteeWorkedExamplesTest.java")) {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(file).isTrue();
        }
    }

    @Test
    @DisplayName("names join as “A, B và C” and percentages use a decimal comma")
    void namesJoinTheVietnameseWayAndPercentagesUseAComma() {
        assertThat(ElectionMessages.joinNames(List.of())).isEmpty();
        assertThat(ElectionMessages.joinNames(List.of("An"))).isEqualTo("An");
        assertThat(ElectionMessages.joinNames(List.of("An", "Bình", "Cường"))).isEqualTo("An, Bình và Cường");
        assertThat(ElectionMessages.percent(new BigDecimal("87.88"))).isEqualTo("87,88");
    }

    @Test
    @DisplayName("every subtraction of N has a Vietnamese label")
    void everySubtractionHasALabel() {
        for (VoteBase.Subtraction item : new VoteBase(10, 1, 1, 1, 1, 1).subtractions()) {
            assertThat(ElectionMessages.baseLabel(item.labelKey())).isNotEqualTo(item.labelKey());
        }
    }
}
