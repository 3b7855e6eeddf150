package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;

/** {@code sochibo dues ...}: compute without a register; month and export on a real H2 file with the sample. */
class DuesCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = SoChiBoCli.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestClocks.FIXED);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path json(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static final String ISSUE_EXAMPLE = """
            {"month": "2026-03",
             "members": [{"name": "Nguyễn Văn An", "kind": "SALARIED", "base": 10000000},
                         {"name": "Lê Thị Bình", "kind": "PENSIONER", "base": 6000000},
                         {"name": "Trần Văn Cường", "kind": "STUDENT"},
                         {"name": "Phạm Thị Dung", "kind": "NO_PENSION", "region": "I", "retired": false},
                         {"name": "Hoàng Văn Em", "kind": "SALARIED", "base": 9000000, "partyYears": 52},
                         {"name": "Vũ Thị Giang", "kind": "BENEFIT", "base": 7000000, "reductionPercent": 50}]}
            """;

    @Test
    @DisplayName("compute: the issue's example, no register opened")
    void computesTheIssueExample() throws Exception {
        Run r = run("dues", "compute", json("vd.json", ISSUE_EXAMPLE).toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode out = new ObjectMapper().readTree(r.out());
        assertThat(out.get("month").asText()).isEqualTo("2026-03");
        assertThat(out.get("members")).extracting(m -> m.get("name").asText() + " " + m.get("due").asLong() + " " + m.get("exempt").asBoolean())
                .containsExactly("Nguyễn Văn An 100000 false", "Lê Thị Bình 30000 false", "Trần Văn Cường 5000 false",
                        "Phạm Thị Dung 15930 false", "Hoàng Văn Em 0 true", "Vũ Thị Giang 35000 false");
        assertThat(out.get("total").asLong()).isEqualTo(185_930);
        assertThat(Files.exists(dir.resolve("data"))).as("compute needs no register").isFalse();
        // a 2028 month takes the 2028 rate
        Run later = run("dues", "compute", json("2028.json", ISSUE_EXAMPLE.replace("2026-03", "2028-01")).toString(), "--json");
        assertThat(new ObjectMapper().readTree(later.out()).get("members").get(3).get("due").asLong()).isEqualTo(26_550);
    }

    @Test
    @DisplayName("compute: a month before the rule's start, an unknown kind, a misspelt field: exit code 2 and a clear message")
    void badInputExitsWithTwo() throws Exception {
        Run early = run("dues", "compute", json("early.json", ISSUE_EXAMPLE.replace("2026-03", "2026-01")).toString(), "--json");
        assertThat(early.exit()).isEqualTo(2);
        assertThat(early.out()).isEmpty();
        assertThat(early.err()).contains("Quy định về chế độ đảng phí").contains("01/01/2026");
        Run kind = run("dues", "compute", json("kind.json", ISSUE_EXAMPLE.replace("\"STUDENT\"", "\"SOLDIER\"")).toString());
        assertThat(kind.exit()).isEqualTo(2);
        assertThat(kind.err()).contains("Trần Văn Cường").contains("SOLDIER").contains("NO_PENSION");
        Run field = run("dues", "compute", json("field.json", ISSUE_EXAMPLE.replace("\"base\": 6000000", "\"bse\": 6000000")).toString());
        assertThat(field.exit()).isEqualTo(2);
        assertThat(field.err()).contains("bse");
        Run region = run("dues", "compute", json("region.json", ISSUE_EXAMPLE.replace("\"region\": \"I\"", "\"region\": \"V\"")).toString());
        assertThat(region.exit()).isEqualTo(2);
        assertThat(region.err()).contains("Phạm Thị Dung").contains("I, II, III hoặc IV");
        Run missing = run("dues", "compute", dir.resolve("none.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("none.json");
    }

    @Test
    @DisplayName("month --json and export on the sample branch's register")
    void monthAndExportOnTheSample() throws Exception {
        assertThat(run("demo").exit()).isZero();
        Run month = run("dues", "month", "2026-10", "--json");
        assertThat(month.exit()).as(month.err()).isZero();
        JsonNode out = new ObjectMapper().readTree(month.out());
        assertThat(out.get("month").asText()).isEqualTo("2026-10");
        assertThat(out.get("totals").get("owing").asInt()).isEqualTo(32);
        assertThat(out.get("totals").get("paid").asInt()).isEqualTo(31);
        assertThat(out.get("totals").get("kept").asLong() + out.get("totals").get("remitted").asLong())
                .isEqualTo(out.get("totals").get("collected").asLong());
        assertThat(out.get("removal")).extracting(JsonNode::asText).containsExactly("Bùi Minh Đạt");
        assertThat(out.get("behind")).extracting(JsonNode::asText).contains("Trương Văn Khải");

        Path file = dir.resolve("dang-phi-10-2026.xlsx");
        Run export = run("dues", "export", "2026-10", file.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("31/32");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("DANH SÁCH THU, NỘP ĐẢNG PHÍ THÁNG 10/2026");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
        assertThat(run("dues", "month", "2026-01").exit()).isEqualTo(2);
        assertThat(run("dues", "month", "tháng mười").err()).contains("YYYY-MM");
    }
}
