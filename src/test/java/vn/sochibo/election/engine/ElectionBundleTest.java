package vn.sochibo.election.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.sochibo.common.Messages;

/** The engine's texts live in the bundle; English has the same format arguments in the same order. */
class ElectionBundleTest {

    private static List<String> conversions(String pattern) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("%[%sd]").matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void everyEngineTextHasTheSameFormatArgumentsInEnglishAndVietnamese() {
        ResourceBundle vi = Messages.forLanguage("vi").bundle();
        ResourceBundle en = Messages.forLanguage("en").bundle();
        int engineKeys = 0;
        for (String key : vi.keySet()) {
            if (key.startsWith("election.engine.")) {
                engineKeys++;
                assertThat(conversions(en.getString(key))).as(key).isEqualTo(conversions(vi.getString(key)));
            }
        }
        assertThat(engineKeys).isGreaterThan(80);
    }

    @Test
    void theEngineSpeaksVietnameseFromTheBundle() {
        assertThat(ElectionMessages.collectedExceedsIssued(33, 32))
                .isEqualTo("Số phiếu thu vào (33) nhiều hơn số phiếu phát ra (32).");
        assertThat(ElectionMessages.summaryItem("Nhãn", 2)).isEqualTo("  − Nhãn: 2");
        assertThat(ElectionMessages.joinNames(List.of("A", "B", "C"))).isEqualTo("A, B và C");
    }
}
