package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.io.excel.ImportFiles;

/** sochibo members import on a real H2 file in a temp folder. */
class MembersImportCommandTest {

    @TempDir
    Path dataDir;

    private CliRun run(String... args) {
        return CliRun.run(dataDir, args);
    }

    private int members() throws Exception {
        return new ObjectMapper().readTree(run("members", "list", "--json").out()).size();
    }

    @Test
    void importPrintsOneJsonObjectWithTheSpreadsheetsRowNumbers() throws Exception {
        CliRun r = run("members", "import", ImportFiles.path("danh-sach-chi-bo.xlsx").toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("rowsRead").asInt()).isEqualTo(8);
        assertThat(json.get("imported").asInt()).isEqualTo(5);
        assertThat(json.get("updated").asInt()).isZero();
        assertThat(json.get("rejected").findValuesAsText("row")).containsOnly("14", "15", "16");
        JsonNode impossible = json.get("rejected").get(0);
        assertThat(impossible.get("row").asInt()).isEqualTo(14);
        assertThat(impossible.get("column").asText()).isEqualTo("C");
        assertThat(impossible.get("reason").asText()).isEqualTo("Ngày sinh: ngày \"31/02/1980\" không có thật.");
        assertThat(json.get("warnings").get(0).get("reason").asText()).contains("038175004567");
        assertThat(json.get("convertedColumns").isArray()).isTrue();
        assertThat(members()).isEqualTo(5);
    }

    @Test
    void exportWritesEveryMemberAndTheExportImportsBack() throws Exception {
        assertThat(run("demo").exit()).isZero();
        Path file = dataDir.resolve("xuat.xlsx");
        CliRun export = run("members", "export", file.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("Đã xuất 36 đảng viên");
        assertThat(java.nio.file.Files.size(file)).isPositive();
        CliRun again = run("members", "import", file.toString(), "--dry-run", "--json");
        JsonNode json = new ObjectMapper().readTree(again.out());
        assertThat(json.get("rowsRead").asInt()).isEqualTo(36);
        assertThat(json.get("rejected")).isEmpty();
        assertThat(members()).isEqualTo(36);
    }

    @Test
    void legacyColumnsAreListed() throws Exception {
        CliRun r = run("members", "import", ImportFiles.path("tcvn3-vntime.xls").toString(), "--dry-run", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("convertedColumns").findValuesAsText("column")).containsExactly("B", "D", "E");
        assertThat(json.get("convertedColumns").findValuesAsText("encoding")).containsOnly("TCVN3");
        assertThat(json.get("imported").asInt()).as("a dry run counts what a real import would add").isEqualTo(3);
        assertThat(members()).isZero();
    }

    @Test
    void strictRefusesTheFileAndChangesNothing() throws Exception {
        CliRun r = run("members", "import", ImportFiles.path("danh-sach-chi-bo.xls").toString(), "--strict", "--json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(r.out()).get("imported").asInt()).isZero();
        assertThat(r.err()).contains("--strict");
        assertThat(members()).isZero();
    }

    @Test
    void aFileItCannotReadGivesAMessageAndAnErrorExit() throws Exception {
        CliRun r = run("members", "import", ImportFiles.path("bad-renamed-pdf.xlsx").toString(), "--json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad-renamed-pdf.xlsx").contains("PDF");
        assertThat(r.out()).isEmpty();
        assertThat(members()).isZero();
    }

    @Test
    void dryRunJsonShowsTheMappingAndWhatEachRowWouldBecomeThenTheListHasEveryField() throws Exception {
        Path file = Path.of("src/test/resources/import/layouts/csdl-dang-vien.xlsx");
        CliRun dry = run("members", "import", file.toString(), "--dry-run", "--json");
        assertThat(dry.exit()).as(dry.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(dry.out());
        assertThat(json.get("dryRun").asBoolean()).isTrue();
        assertThat(json.get("imported").asInt()).as("a dry run counts what it would add").isEqualTo(5);
        assertThat(json.get("refused").asInt()).isZero();
        assertThat(json.get("columns").findValuesAsText("column")).containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I");
        assertThat(json.get("columns").get(7).get("header").asText()).isEqualTo("Chi bộ nơi cư trú");
        assertThat(json.get("columns").get(7).get("field").asText()).isEqualTo("RESIDENCE_BRANCH");
        assertThat(json.get("columns").get(8).get("field").asText()).isEqualTo("STATUS");
        JsonNode cuong = json.get("rows").get(2);
        assertThat(cuong.get("action").asText()).isEqualTo("add");
        assertThat(cuong.get("status").asText()).isEqualTo("DECEASED");
        assertThat(cuong.get("history").findValuesAsText("type")).containsExactly("ADMITTED", "OFFICIAL", "DECEASED");
        assertThat(cuong.get("toComplete").toString()).contains("cần xác nhận");
        assertThat(members()).as("a dry run writes nothing").isZero();

        assertThat(run("members", "import", file.toString(), "--json").exit()).isZero();
        JsonNode list = new ObjectMapper().readTree(run("members", "list", "--json").out());
        JsonNode an = list.get(0);
        assertThat(an.get("fullName").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(an.get("residenceBranch").asText()).isEqualTo("Chi bộ Tổ dân phố 5");
        assertThat(an.get("subBranch").asText()).isEqualTo("Chi bộ Khu phố 1");
        assertThat(an.get("status").asText()).isEqualTo("OFFICIAL");
        assertThat(an.get("gender").isNull()).isTrue();
        assertThat(an.has("notes")).isTrue();
        assertThat(an.has("badgeNumber")).isTrue();
        assertThat(an.get("toComplete").toString()).contains("giới tính");
    }
}
