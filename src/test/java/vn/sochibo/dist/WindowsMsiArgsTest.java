package vn.sochibo.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The dry part of the Windows .msi build, on every build: installer/windows/check-msi-args.sh (argument files,
 * the fixed upgrade UUID that lets a new version install over an older one, the version from dist.version).
 */
class WindowsMsiArgsTest {

    @Test
    void theMsiArgumentsAreValid() throws Exception {
        Path bash = Paths.get("/bin/bash");
        Assumptions.assumeTrue(Files.isExecutable(bash), "needs bash");
        Path out = Files.createTempFile("check-msi", ".txt");
        Process check = new ProcessBuilder(bash.toString(), "installer/windows/check-msi-args.sh").redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).startsWith("OK.");
        Files.deleteIfExists(out);
    }
}
