package vn.sochibo.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.sochibo.common.Messages;
import vn.sochibo.vote.VoteBase;

/** The one tally renderer reads naturally in both languages; the sources it is written from are NFC. */
class TallyTextTest {

    private static final TallyText VI = new TallyText(Messages.forLanguage("vi"));
    private static final TallyText EN = new TallyText(Messages.forLanguage("en"));

    @Test
    @DisplayName("the renderer and the worked examples are stored in NFC")
    void messageSourcesAreNfc() throws IOException {
        for (String file : List.of("src/main/java/vn/sochibo/election/TallyText.java",
                "src/test/java/vn/sochibo/election/engine/CommitteeWorkedExamplesTest.java")) {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(file).isTrue();
        }
    }

    @Test
    @DisplayName("names join as “A, B và C” (“A, B and C”) and percentages use a decimal comma in Vietnamese only")
    void namesJoinTheWayTheLanguageJoinsThemAndPercentagesUseItsDecimalMark() {
        assertThat(VI.names(List.of())).isEmpty();
        assertThat(VI.names(List.of("An"))).isEqualTo("An");
        assertThat(VI.names(List.of("An", "Bình", "Cường"))).isEqualTo("An, Bình và Cường");
        assertThat(EN.names(List.of("An", "Bình", "Cường"))).isEqualTo("An, Bình and Cường");
        assertThat(VI.percent(new BigDecimal("87.88"))).isEqualTo("87,88");
        assertThat(EN.percent(new BigDecimal("87.88"))).isEqualTo("87.88");
    }

    @Test
    @DisplayName("every subtraction of N has a label in both languages")
    void everySubtractionHasALabel() {
        for (String language : List.of("vi", "en")) {
            Messages messages = Messages.forLanguage(language);
            for (VoteBase.Subtraction item : new VoteBase(10, 1, 1, 1, 1, 1).subtractions()) {
                assertThat(messages.has(item.labelKey())).as(language + " " + item.labelKey()).isTrue();
            }
        }
    }
}
