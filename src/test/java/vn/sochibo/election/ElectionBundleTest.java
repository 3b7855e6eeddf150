package vn.sochibo.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.sochibo.common.Messages;
import vn.sochibo.common.Problem;

/** The engine's texts live in the bundle; English has the same arguments as Vietnamese. */
class ElectionBundleTest {

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void everyEngineTextHasTheSameArgumentsInEnglishAndVietnamese() {
        ResourceBundle vi = Messages.forLanguage("vi").bundle();
        ResourceBundle en = Messages.forLanguage("en").bundle();
        int engineKeys = 0;
        for (String key : vi.keySet()) {
            if (key.startsWith("election.engine.") || key.startsWith("cli.tally.")) {
                engineKeys++;
                assertThat(arguments(en.getString(key))).as(key).isEqualTo(arguments(vi.getString(key)));
                assertThat(vi.getString(key)).as(key).doesNotContain("%s").doesNotContain("%d");
            }
        }
        assertThat(engineKeys).isGreaterThan(80);
    }

    @Test
    void theEngineSpeaksVietnameseFromTheBundle() {
        Messages vi = Messages.forLanguage("vi");
        assertThat(vi.describe(Problem.warning("count", "election.engine.collectedExceedsIssued", 33, 32)))
                .isEqualTo("Số phiếu thu vào (33) nhiều hơn số phiếu phát ra (32).");
        assertThat(vi.get("election.engine.summaryItem", "Nhãn", 2)).isEqualTo("  − Nhãn: 2");
        assertThat(new TallyText(vi).names(java.util.List.of("A", "B", "C"))).isEqualTo("A, B và C");
    }
}
