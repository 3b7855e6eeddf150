package vn.sochibo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;

/** A second copy of the program opening the same data gets a clear message and changes nothing. */
class SecondInstanceTest {

    @TempDir
    Path dir;

    @Test
    void secondCopyIsRefusedWithAClearMessageAndTheDataIsUntouched() throws Exception {
        try (Services first = Services.open(DataLocation.at(dir), TestClocks.FIXED)) {
            first.samples().load(true);
        }
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldDatabase.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("READY"));
            assertThat(line).as("the other copy opened the database").isEqualTo("READY");

            assertThatThrownBy(() -> Services.open(DataLocation.at(dir), TestClocks.FIXED))
                    .isInstanceOf(StorageException.class)
                    .satisfies(e -> assertThat(Messages.forLanguage("vi").describe(e))
                            .isEqualTo("Dữ liệu đang được mở bởi một cửa sổ Sổ Chi bộ khác hoặc bởi lệnh sochibo đang chạy. Hãy đóng cửa sổ đó hoặc chờ lệnh chạy xong rồi thử lại."));
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Services again = Services.open(DataLocation.at(dir), TestClocks.FIXED)) {
            assertThat(again.members().list()).hasSize(36);
        }
    }
}
