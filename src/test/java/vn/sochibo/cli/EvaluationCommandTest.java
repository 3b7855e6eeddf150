package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** {@code sochibo evaluation YEAR ...} on a real H2 file with the sample branch. */
class EvaluationCommandTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(dir.resolve("data"), args);
    }

    @Test
    void printsTheYearAsJsonAndWritesItsDocuments() throws Exception {
        assertThat(run("demo").exit()).isZero();
        CliRun json = run("evaluation", "2025", "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode years = new ObjectMapper().readTree(json.out());
        assertThat(years).hasSize(1);
        JsonNode office = years.get(0);
        assertThat(office.get("issuer").asText()).isEqualTo("Chi bộ Văn phòng");
        assertThat(office.get("tally").get("evaluated").asInt()).isEqualTo(10);
        assertThat(office.get("tally").get("grades").get("HTXS").asInt()).isEqualTo(1);
        assertThat(office.get("tally").get("notEvaluated").get("EXEMPT").asInt()).isEqualTo(1);
        assertThat(office.get("sentence").asText()).endsWith("100% hoàn thành nhiệm vụ trở lên, 90% hoàn thành tốt nhiệm vụ trở lên.");
        assertThat(office.get("cap").get("exceeded").asBoolean()).isFalse();
        assertThat(office.get("branch").get("fourGood").asText()).isEqualTo("ACHIEVED");
        assertThat(office.get("members")).hasSize(11);
        JsonNode thuy = null;
        for (JsonNode m : office.get("members")) {
            if (m.get("fullName").asText().equals("Nguyễn Thị Hồng Thúy")) {
                thuy = m;
            }
        }
        assertThat(thuy).isNotNull();
        assertThat(thuy.get("total").decimalValue()).isEqualByComparingTo("88.5");
        assertThat(thuy.get("computed").asText()).isEqualTo("HTT");
        assertThat(thuy.get("votePassed").asBoolean()).isTrue();

        CliRun text = run("evaluation", "2026");
        assertThat(text.out()).contains("Chi bộ Văn phòng – năm 2026:").contains("Còn chưa xếp loại");

        Path list = dir.resolve("ds.xlsx");
        Path report = dir.resolve("bc.docx");
        CliRun docs = run("evaluation", "2025", "--issuer", "Chi bộ Văn phòng", "--list", list.toString(), "--report", report.toString());
        assertThat(docs.exit()).as(docs.err()).isZero();
        assertThat(Files.size(list)).isPositive();
        assertThat(Files.size(report)).isPositive();
    }

    @Test
    void aYearWithoutEvaluationOrABadYearIsSaidPlainly() {
        assertThat(run("demo").exit()).isZero();
        CliRun none = run("evaluation", "2030");
        assertThat(none.exit()).isZero();
        assertThat(none.out()).contains("Chưa có chi bộ nào mở năm đánh giá 2030");
        assertThat(run("evaluation", "2030", "--json").out().strip()).isEqualTo("[]");
        CliRun docs = run("evaluation", "2030", "--report", dir.resolve("x.docx").toString());
        assertThat(docs.exit()).isEqualTo(2);
        assertThat(docs.err()).contains("Chưa có chi bộ nào mở năm đánh giá 2030").doesNotContain("Exception");
        CliRun bad = run("evaluation", "hai-nghìn");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("hai-nghìn").doesNotContain("Exception");
    }
}
