package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** {@code sochibo meetings ...} on a real H2 file with the sample branch. */
class MeetingsCommandTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(dir.resolve("data"), args);
    }

    @Test
    void listsTheSampleMeetingsAsJsonAndWritesTheMinutesOfOne() throws Exception {
        assertThat(run("demo").exit()).isZero();
        CliRun list = run("meetings", "list", "--json");
        assertThat(list.exit()).as(list.err()).isZero();
        JsonNode meetings = new ObjectMapper().readTree(list.out());
        assertThat(meetings).hasSize(4);
        JsonNode latest = meetings.get(0);
        assertThat(latest.get("date").asText()).isEqualTo("2026-11-05");
        assertThat(latest.get("type").asText()).isEqualTo("REGULAR");
        assertThat(latest.get("title").asText()).isEqualTo("Sinh hoạt chi bộ thường kỳ tháng 11 năm 2026");
        assertThat(latest.has("id")).isTrue();

        Path out = dir.resolve("bien-ban.docx");
        CliRun minutes = run("meetings", "minutes", latest.get("id").asText(), out.toString());
        assertThat(minutes.exit()).as(minutes.err()).isZero();
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(body).contains("Thông qua nghị quyết sinh hoạt chi bộ tháng 11 năm 2026 và kế hoạch kiểm điểm cuối năm.");
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).contains("Số 04-BB/CB");
        }
    }

    @Test
    void anUnknownMeetingIsOneSentenceOnStandardErrorAndANonZeroExit() {
        assertThat(run("demo").exit()).isZero();
        CliRun minutes = run("meetings", "minutes", "999", dir.resolve("x.docx").toString());
        assertThat(minutes.exit()).isEqualTo(2);
        assertThat(minutes.err()).contains("Không tìm thấy cuộc họp (mã 999)");
    }
}
