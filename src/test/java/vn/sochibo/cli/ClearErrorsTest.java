package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.storage.DataLocation;

/**
 * Issue 12, point 8: a full disk is said as such wherever it surfaces (here the operating system's own
 * "No space left on device" from {@code /dev/full}, through H2 and jOOQ, and through an export); the command
 * line logs to the data folder's log as the window does and prints one Vietnamese line, never a stack trace.
 * {@code /dev/full} exists on every Linux, CI included; the assumption only spares other systems.
 */
class ClearErrorsTest {

    private static final Path FULL = Paths.get("/dev/full");
    private static final Messages VI = Messages.forLanguage("vi");

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
    void aFullDiskUnderH2IsSaidAsSuchWithItsFolderAlsoOnTheCommandLine() throws Exception {
        Assumptions.assumeTrue(Files.isSymbolicLink(FULL) || !Files.isRegularFile(FULL), "/dev/full is Linux's");
        Assumptions.assumeTrue(Files.exists(FULL), "/dev/full is Linux's");
        // written through a link, never to /dev/full by name: a program that replaces its target by renaming
        // a temporary file would, running as root, replace the device itself
        Path script = Files.createSymbolicLink(dataDir.resolve("full.sql"), FULL);
        try (Services services = Services.open(DataLocation.at(dataDir.resolve("data")), TestClocks.FIXED)) {
            services.samples().load(true);
            Throwable t = catchThrowable(() -> services.database().read(ctx -> ctx.execute("SCRIPT TO '" + script + "'")));
            assertThat(t).as("the device refused the write").isNotNull();
            String said = VI.describe(t);
            assertThat(said).startsWith("Ổ đĩa chứa thư mục /").contains("hết chỗ trống", "thử lại", "Không có gì trong sổ bị thay đổi");
            assertThat(SoChiBoCli.failureLine(t, "backup")).startsWith("Lỗi: " + said).doesNotContain("\n")
                    .doesNotContain("Exception");
        } finally {
            assertThat(Files.isRegularFile(FULL)).as("/dev/full is still the device").isFalse();
        }
    }

    @Test
    void theCommandLineLogsToTheDataFolderAndPrintsOneLineWithoutATrace() throws Exception {
        Files.createDirectories(dataDir.resolve("sochibo.mv.db")); // a folder where the database file belongs
        Process child = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), SoChiBoCli.class.getName(),
                "--data-dir", dataDir.toString(), "members", "list").start();
        child.getOutputStream().close();
        List<String> err = new ArrayList<>();
        String out;
        try (var errStream = child.getErrorStream(); var outStream = child.getInputStream()) {
            out = new String(outStream.readAllBytes(), StandardCharsets.UTF_8);
            new String(errStream.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(err::add);
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Path log = dataDir.resolve("logs").resolve("sochibo.log");

        assertThat(child.exitValue()).isNotZero();
        assertThat(out).isEmpty();
        assertThat(err).as("one line, no trace").hasSize(1);
        assertThat(err.get(0)).startsWith("Lỗi: Không mở được cơ sở dữ liệu")
                .endsWith("Chi tiết trong tệp nhật ký " + log).doesNotContain("\tat ");
        assertThat(Files.readString(log)).contains("ERROR vn.sochibo.cli.SoChiBoCli - sochibo list failed", "\tat org.h2.");
    }
}
