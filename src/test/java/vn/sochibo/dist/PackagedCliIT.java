package vn.sochibo.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the command line from the packaged app-image (jlink runtime, second launcher), as an installed copy
 * would: proves the trimmed runtime has every module H2, Flyway, jOOQ and Jackson need.
 */
class PackagedCliIT {

    private static Path launcher;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void findImage() {
        Path image = Paths.get(System.getProperty("sochibo.appImage", "target/dist/SoChiBo"));
        launcher = image.resolve("bin").resolve("sochibo");
        assertThat(launcher).as("packaged command line").isExecutable();
        assertThat(image.resolve("bin").resolve("SoChiBo")).as("packaged app launcher").isExecutable();
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    private static Result run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("sochibo-out", ".txt");
        Path err = Files.createTempFile("sochibo-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionDemoAndListRunFromTheImage() throws Exception {
        Result version = run("--version");
        assertThat(version.exit()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("Sổ Chi bộ ");

        Result demo = run("--data-dir", dataDir.toString(), "demo");
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(Files.exists(dataDir.resolve("sochibo.mv.db"))).isTrue();

        Result list = run("--data-dir", dataDir.toString(), "members", "list", "--json");
        assertThat(list.exit()).as(list.err()).isZero();
        JsonNode members = new ObjectMapper().readTree(list.out());
        assertThat(members).hasSize(36);
        assertThat(members.findValuesAsText("fullName")).contains("Nguyễn Thị Hồng Thúy");
    }

    @Test
    void theStartUpArchiveMadeAtBuildTimeMaps() throws Exception {
        Path appDir = launcher.getParent().getParent().resolve("lib").resolve("app");
        assertThat(appDir.resolve("sochibo.classlist")).as("class list shipped for installed copies").isNotEmptyFile();
        assertThat(appDir.resolve("sochibo.jsa")).as("archive made by the build").isNotEmptyFile();
        // -Xshare:on: the JVM refuses to start when it cannot map the archive (the launchers' -Xshare:auto would
        // silently go on without it)
        Result version = run(Map.of("_JAVA_OPTIONS", "-Xshare:on"), "--version");
        assertThat(version.exit()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("Sổ Chi bộ ");
    }
}
