package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;

/** The command line on an encrypted data folder: the password only from a file (or the environment). */
class PasswordCliTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        System.setErr(errStream); // the recovery code goes to the real stderr, never into piped output
        try {
            int exit = SoChiBoCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), errStream, TestClocks.FIXED);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
        }
    }

    @Test
    void encryptedFolderNeedsThePasswordFileAndBackupsTravelWithIt() throws Exception {
        Path data = dir.resolve("data");
        Path passwordFile = dir.resolve("pw.txt");
        Files.writeString(passwordFile, "mật khẩu chi bộ 2026\n", StandardCharsets.UTF_8);
        Path wrongFile = dir.resolve("wrong.txt");
        Files.writeString(wrongFile, "mat khau chi bo 2026\n", StandardCharsets.UTF_8);

        Run demo = run("--data-dir", data.toString(), "--password-file", passwordFile.toString(), "demo");
        assertThat(demo.exit()).as(demo.err()).isZero();
        Matcher code = Pattern.compile("MÃ KHÔI PHỤC.*: ([0-9A-Z]{5}(-[0-9A-Z]{5}){4})").matcher(demo.err());
        assertThat(code.find()).as(demo.err()).isTrue();
        assertThat(Files.exists(data.resolve("sochibo.key"))).isTrue();
        String raw = new String(Files.readAllBytes(data.resolve("sochibo.mv.db")), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("Nguy").doesNotContain("CREATE");

        Run noPassword = run("--data-dir", data.toString(), "members", "list", "--json");
        assertThat(noPassword.exit()).isEqualTo(2);
        assertThat(noPassword.err()).contains("Dữ liệu có mật khẩu").contains("--password-file").contains("SOCHIBO_PASSWORD");

        Run wrong = run("--data-dir", data.toString(), "--password-file", wrongFile.toString(), "members", "list", "--json");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("Mật khẩu không đúng").doesNotContain("Exception");

        Run list = run("--data-dir", data.toString(), "--password-file", passwordFile.toString(), "members", "list", "--json");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("\"fullName\"");

        Path usb = dir.resolve("usb");
        Run backup = run("--data-dir", data.toString(), "--password-file", passwordFile.toString(), "backup", "create", usb.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        Path file;
        try (var files = Files.list(usb)) {
            file = files.findFirst().orElseThrow();
        }
        // another computer: the backup's password opens it, the wrong one is refused and nothing is created
        Path other = dir.resolve("other");
        Run refused = run("--data-dir", other.toString(), "--password-file", wrongFile.toString(), "backup", "restore", file.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("Mật khẩu không đúng");
        assertThat(Files.exists(other.resolve("sochibo.mv.db"))).isFalse();
        Run restore = run("--data-dir", other.toString(), "--password-file", passwordFile.toString(), "backup", "restore", file.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("36 đảng viên");
        Run again = run("--data-dir", other.toString(), "--password-file", passwordFile.toString(), "members", "list", "--json");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo(list.out());
    }

    @Test
    void theWordPasswordIsNotAnOption() {
        Run run = run("--data-dir", dir.toString(), "--password", "x", "members", "list");
        assertThat(run.exit()).isNotZero();
    }
}
