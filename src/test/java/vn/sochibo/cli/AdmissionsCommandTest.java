package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;

/** {@code sochibo admissions list} on a real H2 file with the sample branch. */
class AdmissionsCommandTest {

    @TempDir
    Path dir;

    private String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = SoChiBoCli.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestClocks.FIXED);
        return new String[] {String.valueOf(exit), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void listsTheSampleCandidatesWithStageNextStepAndChecklistAsJson() throws Exception {
        assertThat(run("demo")[0]).isEqualTo("0");
        String[] list = run("admissions", "list", "--json");
        assertThat(list[0]).as(list[2]).isEqualTo("0");
        JsonNode rows = new ObjectMapper().readTree(list[1]);
        assertThat(rows).hasSize(8);
        assertThat(rows.get(0).get("name").asText()).isEqualTo("Hoàng Đức Anh");
        JsonNode huy = null;
        JsonNode trang = null;
        for (JsonNode r : rows) {
            if (r.get("name").asText().equals("Lê Quang Huy")) {
                huy = r;
            }
            if (r.get("name").asText().equals("Phạm Thu Trang")) {
                trang = r;
            }
        }
        assertThat(huy.get("stage").asText()).isEqualTo("PROBATION");
        assertThat(huy.get("probationEnd").asText()).isEqualTo("2026-10-08");
        assertThat(huy.get("fullVoteDue").asText()).isEqualTo("2026-11-19");
        assertThat(huy.get("late").asInt()).isPositive();
        assertThat(trang.get("stage").asText()).isEqualTo("DECIDED");
        assertThat(trang.get("next").get("item").asText()).isEqualTo("CEREMONY");
        assertThat(trang.get("next").get("due").asText()).isEqualTo("2026-12-04");
        assertThat(trang.get("checklist").size()).isGreaterThan(10);

        String[] text = run("admissions", "list");
        assertThat(text[1]).contains("Phạm Thu Trang", "Có quyết định, chờ lễ kết nạp", "Lễ kết nạp (Cần làm, 04/12/2026)");
    }
}
