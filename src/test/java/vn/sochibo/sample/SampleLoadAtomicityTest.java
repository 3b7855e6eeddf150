package vn.sochibo.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.cli.SoChiBoCli;
import vn.sochibo.core.Services;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.DataLocation;

/**
 * Issue 12, point 9: {@code sochibo demo} is all or nothing. A load that fails after the members (as a killed
 * process would, between the members and the meetings) leaves the register exactly as it was, so the next
 * {@code demo} runs instead of refusing a half-filled register.
 */
class SampleLoadAtomicityTest {

    @TempDir
    Path dataDir;

    @Test
    void aLoadThatFailsAfterTheMembersStoresNothingAndTheNextDemoSucceeds() {
        DataLocation location = DataLocation.at(dataDir);
        try (Services services = Services.open(location, TestClocks.FIXED)) {
            String before = Backups.fingerprint(services.database());
            services.samples().afterMembers = () -> {
                assertThat(services.members().list()).as("the members are in (this transaction's view)").hasSize(36);
                throw new IllegalStateException("killed between the members and the meetings");
            };
            assertThatThrownBy(() -> services.samples().load(true)).hasMessageContaining("killed");

            assertThat(Backups.fingerprint(services.database())).as("nothing written").isEqualTo(before);
            assertThat(services.members().list()).isEmpty();
            assertThat(services.meetings().list()).isEmpty();
            assertThat(services.branch().profile()).isEmpty();
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SoChiBoCli.run(new String[] {"--data-dir", dataDir.toString(), "demo"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                TestClocks.FIXED);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("36");
        try (Services services = Services.open(location, TestClocks.FIXED)) {
            assertThat(services.members().list()).hasSize(36);
            assertThat(services.meetings().list()).isNotEmpty();
        }
    }
}
