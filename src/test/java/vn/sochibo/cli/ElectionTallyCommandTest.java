package vn.sochibo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sochibo election tally FILE.json --json} on files written to a temporary folder.
 */
class ElectionTallyCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] T1_NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
        "Hoàng Văn Đức", "Võ Thị Giang"};
    static final int[] T1_VOTES = {29, 27, 22, 20, 18, 18};

    @TempDir
    Path folder;

    /**
     * T1's first round (src/site/rules.md, "Bầu cử tại đại hội chi bộ") in the tally file format: 30 valid ballots,
     * one keeping all six names, one without stamp.
     */
    static String t1Input() {
        List<List<String>> crossed = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            crossed.add(new ArrayList<>());
        }
        int next = 0;
        for (int c = 0; c < T1_NAMES.length; c++) {
            for (int k = 0; k < 30 - T1_VOTES[c]; k++) {
                crossed.get(next).add(T1_NAMES[c]);
                next = (next + 1) % 30;
            }
        }
        StringBuilder ballots = new StringBuilder();
        for (List<String> names : crossed) {
            ballots.append("{\"crossed\": [");
            for (Iterator<String> it = names.iterator(); it.hasNext();) {
                ballots.append('"').append(it.next()).append('"').append(it.hasNext() ? ", " : "");
            }
            ballots.append("]},\n");
        }
        ballots.append("{\"crossed\": []},\n{\"invalid\": \"Không có dấu của Ban kiểm phiếu\"}");
        StringBuilder candidates = new StringBuilder();
        for (int c = T1_NAMES.length - 1; c >= 0; c--) {
            candidates.append("{\"name\": \"").append(T1_NAMES[c]).append("\", \"partyYears\": ").append(10 + c)
                    .append(c == 0 ? "}" : "}, ");
        }
        return "{\"office\": \"committee\", \"seats\": 5, \"alternates\": 0,\n"
                + " \"base\": {\"officialMembers\": 38, \"temporarilyElsewhere\": 2, \"exemptAbsent\": 1,"
                + " \"suspended\": 1, \"absentExcused\": 1},\n"
                + " \"candidates\": [" + candidates + "],\n"
                + " \"ballotsIssued\": 32,\n \"ballots\": [" + ballots + "]}";
    }

    Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    record Run(int exitCode, String out, String err) {
    }

    static Run run(Path file, boolean json) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ElectionTallyCommand.run(file, json, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    @DisplayName("T1 as a file prints one JSON object with N, the threshold, the vote order, the tie and the sums")
    void t1FilePrintsTheResultAsOneJsonObject() throws IOException {
        Run run = run(write("t1.json", t1Input()), true);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.isObject()).isTrue();
        assertThat(run.out().strip()).doesNotContain("\n");
        List<String> fields = new ArrayList<>();
        result.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).startsWith("base", "votesNeeded", "ballotsIssued", "ballotsCollected", "valid",
                "invalid", "candidates", "elected", "alternates", "tied", "seatsUnfilled", "problems");
        assertThat(result.get("base").intValue()).isEqualTo(33);
        assertThat(result.get("votesNeeded").intValue()).isEqualTo(17);
        assertThat(result.get("ballotsIssued").intValue()).isEqualTo(32);
        assertThat(result.get("ballotsCollected").intValue()).isEqualTo(32);
        assertThat(result.get("valid").intValue()).isEqualTo(30);
        assertThat(result.get("invalid").intValue()).isEqualTo(2);
        JsonNode first = result.get("candidates").get(0);
        assertThat(first.get("name").textValue()).isEqualTo("Nguyễn Văn An");
        assertThat(first.get("votes").intValue()).isEqualTo(29);
        assertThat(first.get("passed").booleanValue()).isTrue();
        assertThat(run.out()).contains("\"percentOfBase\":87.88,\"percentOfValid\":96.67")
                .contains("\"votes\":27,\"percentOfBase\":81.82,\"percentOfValid\":90.00");
        assertThat(names(result.get("candidates"), "name")).containsExactly(T1_NAMES);
        assertThat(names(result.get("elected"), null)).containsExactly("Nguyễn Văn An", "Trần Thị Bình",
                "Lê Văn Cường", "Phạm Thị Dung");
        assertThat(names(result.get("tied"), null)).containsExactly("Hoàng Văn Đức", "Võ Thị Giang");
        assertThat(result.get("alternates").isEmpty()).isTrue();
        assertThat(result.get("seatsUnfilled").intValue()).isEqualTo(1);
        assertThat(result.get("problems").isEmpty()).isTrue();
        assertThat(result.get("invalidReasons").get(1).get("reason").textValue())
                .isEqualTo("Không có dấu của Ban kiểm phiếu");
    }

    @Test
    @DisplayName("the issue's ballot shapes are read: agree/disagree marks, both, none, and a board ruling")
    void agreeDisagreeBallotsAndBoardRulingsAreRead() throws IOException {
        String input = "{\"office\": \"delegates\", \"seats\": 2, \"alternates\": 0,"
                + " \"base\": {\"officialMembers\": 5},"
                + " \"candidates\": [{\"name\": \"Nguyễn Văn An\", \"partyYears\": 20}, {\"name\": \"Lê Thị Bình\"}],"
                + " \"ballotsIssued\": 5, \"ballots\": ["
                + "{\"marks\": {\"Nguyễn Văn An\": \"agree\", \"Lê Thị Bình\": \"both\"}},"
                + "{\"marks\": {\"Nguyễn Văn An\": \"agree\", \"Lê Thị Bình\": \"agree\"}},"
                + "{\"marks\": {\"Nguyễn Văn An\": \"agree\", \"Lê Thị Bình\": \"none\"}},"
                + "{\"marks\": {\"Nguyễn Văn An\": \"disagree\", \"Lê Thị Bình\": \"agree\"}},"
                + "{\"invalid\": \"Không có dấu của Ban kiểm phiếu\"}]}";

        Run run = run(write("marks.json", input), true);

        assertThat(run.exitCode()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("valid").intValue()).isEqualTo(4);
        assertThat(result.get("candidates").get(0).get("votes").intValue()).isEqualTo(3);
        assertThat(result.get("candidates").get(1).get("votes").intValue()).isEqualTo(2);
        assertThat(names(result.get("elected"), null)).containsExactly("Nguyễn Văn An");
        assertThat(result.get("seatsUnfilled").intValue()).isEqualTo(1);
        assertThat(result.get("candidates").get(1).get("percentOfBase").decimalValue()).isEqualByComparingTo("40");
    }

    @Test
    @DisplayName("sums that do not hold still exit 0 and are listed in problems")
    void brokenSumsExitZeroWithProblems() throws IOException {
        String input = t1Input().replace("\"ballotsIssued\": 32", "\"ballotsIssued\": 31, \"ballotsCollected\": 33");

        Run run = run(write("sums.json", input), true);

        assertThat(run.exitCode()).isZero();
        List<String> problems = names(JSON.readTree(run.out()).get("problems"), null);
        assertThat(problems).containsExactly("Số phiếu thu vào (32) nhiều hơn số phiếu phát ra (31).",
                "Đã nhập 32 phiếu nhưng Ban kiểm phiếu báo thu vào 33 phiếu.");
    }

    @Test
    @DisplayName("a file that cannot be read or used exits non-zero with a Vietnamese message on stderr only")
    void unreadableInputExitsNonZeroWithAVietnameseMessage() throws IOException {
        List<Run> runs = List.of(
                run(folder.resolve("missing.json"), true),
                run(write("broken.json", "{\"office\": \"committee\", "), true),
                run(write("typo.json", t1Input().replace("\"ballotsIssued\"", "\"ballotIssued\"")), true),
                run(write("mark.json", t1Input().replace("{\"crossed\": []}", "{\"marks\": {\"Lê Văn Cường\": \"x\"}}")),
                        true),
                run(write("office.json", t1Input().replace("\"committee\"", "\"chairman\"")), true),
                run(write("twice.json", t1Input().replace("Võ Thị Giang\", \"partyYears\"",
                        "Nguyễn Văn An\", \"partyYears\"")), true),
                run(write("negative.json", t1Input().replace("\"suspended\": 1", "\"suspended\": -1")), true),
                run(write("ballot.json", t1Input().replace("{\"crossed\": []}", "{}")), true),
                run(write("empty.json", ""), true),
                run(write("fraction.json", t1Input().replace("\"seats\": 5", "\"seats\": 5.5")), true),
                run(write("text.json", t1Input().replace("\"seats\": 5", "\"seats\": \"5\"")), true));

        assertThat(runs).allSatisfy(run -> {
            assertThat(run.exitCode()).isEqualTo(ElectionTallyCommand.EXIT_BAD_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isNotBlank();
        });
        assertThat(runs.get(0).err()).startsWith("Không tìm thấy tệp");
        assertThat(runs.get(1).err()).contains("broken.json bị cắt cụt").contains("dòng 1, cột 25");
        assertThat(runs.get(2).err()).contains("ballotIssued");
        assertThat(runs.get(3).err()).contains("Phiếu số 31").contains("“x”");
        assertThat(runs.get(4).err()).contains("chairman");
        assertThat(runs.get(5).err()).contains("Nguyễn Văn An").contains("hai lần");
        assertThat(runs.get(6).err()).contains("không được âm");
        assertThat(runs.get(7).err()).contains("Phiếu số 31");
        assertThat(runs.get(8).err()).contains("không phải là JSON hợp lệ");
        assertThat(runs.get(9).err()).contains("“seats”");
        assertThat(runs.get(10).err()).contains("“seats”");
    }

    @Test
    @DisplayName("registered with picocli, `tally FILE --json` prints JSON and plain `tally FILE` a Vietnamese summary")
    void picocliRunsTheCommandWithAndWithoutJson() throws IOException, ElectionTallyInputException {
        Path file = write("t1.json", t1Input());
        StringWriter json = new StringWriter();
        StringWriter text = new StringWriter();

        int jsonCode = new CommandLine(new ElectionTallyCommand()).setOut(new PrintWriter(json))
                .execute(file.toString(), "--json");
        int textCode = new CommandLine(new ElectionTallyCommand()).setOut(new PrintWriter(text))
                .execute(file.toString());

        assertThat(jsonCode).isZero();
        assertThat(json.toString().strip()).isEqualTo(ElectionTallyCommand.tallyJson(file));
        assertThat(JSON.readTree(json.toString()).get("base").intValue()).isEqualTo(33);
        assertThat(textCode).isZero();
        assertThat(text.toString())
                .contains("Kết quả kiểm phiếu bầu Chi ủy: cần bầu 5 người.")
                .contains("N = 33: 38 đảng viên chính thức được triệu tập, trừ 5:")
                .contains("ít nhất 17 phiếu")
                .contains("1. Nguyễn Văn An: 29 phiếu, 87,88% so với N, 96,67% so với phiếu hợp lệ (trúng cử)")
                .contains("Hoàng Văn Đức và Võ Thị Giang bằng phiếu nhau ở vị trí cuối")
                .doesNotContain("Số liệu cần kiểm tra lại");
    }

    static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(field == null ? node.textValue() : node.get(field).textValue()));
        return names;
    }
}
