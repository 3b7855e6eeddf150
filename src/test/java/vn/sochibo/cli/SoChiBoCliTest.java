package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;

/** The command line on a real H2 file in a temp folder. */
class SoChiBoCliTest {

    @TempDir
    Path dataDir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SoChiBoCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestClocks.FIXED);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void demoThenListAsJson() throws Exception {
        Run demo = run("--data-dir", dataDir.toString(), "demo");
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("36");
        assertThat(Files.exists(dataDir.resolve("sochibo.mv.db"))).isTrue();

        Run list = run("--data-dir", dataDir.toString(), "members", "list", "--json");
        assertThat(list.exit()).as(list.err()).isZero();
        JsonNode members = new ObjectMapper().readTree(list.out());
        assertThat(members.isArray()).isTrue();
        assertThat(members).hasSize(36);
        JsonNode first = members.get(0);
        for (String field : new String[] {"fullName", "gender", "birthDate", "birthYear", "homeTown", "joinedDate",
                "officialDate", "partyCardNumber", "status", "subBranch"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(members.findValuesAsText("gender")).containsOnly("Nam", "Nữ");
        assertThat(members.findValuesAsText("status")).contains("OFFICIAL", "PROBATIONARY", "DECEASED", "TEMPORARILY_AWAY");
        // Vietnamese order: by given name first
        assertThat(first.get("fullName").asText()).endsWith(" Anh");
        // a member whose birth date is unknown has birthDate null and a birth year
        assertThat(members.findValues("birthDate")).anyMatch(JsonNode::isNull);
    }

    @Test
    void demoRefusesANonEmptyRegisterWithAVietnameseMessage() {
        assertThat(run("--data-dir", dataDir.toString(), "demo").exit()).isZero();
        Run again = run("--data-dir", dataDir.toString(), "demo");
        assertThat(again.exit()).isNotZero();
        assertThat(again.err()).contains("Sổ đảng viên đã có dữ liệu");
    }

    @Test
    void versionIsPrinted() {
        Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("Sổ Chi bộ ");
    }

    @Test
    void backupThenRestoreFromTheCommandLine() throws Exception {
        assertThat(run("--data-dir", dataDir.toString(), "demo").exit()).isZero();
        Path usb = dataDir.resolveSibling(dataDir.getFileName() + "-usb");
        Run backup = run("--data-dir", dataDir.toString(), "backup", "create", usb.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("36 đảng viên");
        Path file;
        try (var files = Files.list(usb)) {
            file = files.findFirst().orElseThrow();
        }
        Path other = dataDir.resolveSibling(dataDir.getFileName() + "-other");
        Run restore = run("--data-dir", other.toString(), "backup", "restore", file.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("36 đảng viên");
        Run notBackup = run("--data-dir", other.toString(), "backup", "restore", dataDir.resolve("sochibo.mv.db").toString());
        assertThat(notBackup.exit()).isNotZero();
        assertThat(notBackup.err()).contains("không phải bản sao lưu");
    }

    @Test
    void everyCommandOptionAndParameterHasHelpTextFromTheBundle() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        java.util.Deque<picocli.CommandLine> todo = new java.util.ArrayDeque<>();
        todo.add(SoChiBoCli.commandLine(new SoChiBoCli()));
        while (!todo.isEmpty()) {
            picocli.CommandLine cl = todo.poll();
            var spec = cl.getCommandSpec();
            if (spec.usageMessage().description().length == 0) {
                missing.add(spec.qualifiedName() + " (command)");
            }
            assertThat(spec.findOption("--help")).as(spec.qualifiedName() + " --help").isNotNull();
            spec.options().forEach(o -> {
                if (o.description().length == 0 || o.description()[0].isBlank()) {
                    missing.add(spec.qualifiedName() + " " + o.longestName());
                }
            });
            spec.positionalParameters().stream().filter(p -> p.description().length == 0)
                    .forEach(p -> missing.add(spec.qualifiedName() + " " + p.paramLabel()));
            todo.addAll(cl.getSubcommands().values());
        }
        assertThat(missing).isEmpty();
        Run unknown = run("members", "lits");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Lỗi: Lệnh không hiểu \"lits\"").contains("Cách dùng: sochibo members");
        Run noFile = run("members", "import");
        assertThat(noFile.exit()).isEqualTo(2);
        assertThat(noFile.err()).contains("Lỗi: Còn thiếu FILE.");
        assertThat(run("backup").err()).contains("Hãy chọn một lệnh con").contains("restore");
        Run notANumber = run("meetings", "minutes", "abc", "out.docx");
        assertThat(notANumber.exit()).isEqualTo(2);
        assertThat(notANumber.err()).contains("Lỗi: ID: \"abc\" không hợp lệ").doesNotContain("Invalid value");
        Run help = run("backup", "restore", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Khôi phục từ TỆP sao lưu").contains("-h, --help").contains("Hiển thị hướng dẫn này rồi thoát.");
        assertThat(new picocli.CommandLine(new SoChiBoCli()).getUsageMessage()).contains("Sổ Chi bộ – sổ đảng viên")
                .contains("Hiển thị hướng dẫn này rồi thoát.");
    }
}
