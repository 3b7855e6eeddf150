package vn.sochibo.dues.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.dues.BasesWorkbook;
import vn.sochibo.ui.DirectUiExecutor;

/** Importing bases without the window: the preview says what each row is, only the good rows are stored. */
class BasisImportViewModelTest {

    @TempDir
    Path dir;

    @Test
    void previewThenImportTheGoodRows() throws Exception {
        try (Services services = Services.inMemory(TestClocks.FIXED)) {
            services.samples().load(true);
            BasisImportViewModel model = new BasisImportViewModel(services.duesImports(), new DirectUiExecutor(),
                    Messages.forLanguage("vi"));
            Path file = BasesWorkbook.write(dir.resolve("can-cu.xlsx"), new Object[][] {
                    {"STT", "Họ và tên", "Áp dụng từ ngày", "Đối tượng", "Mức lương đóng BHXH/lương hưu (đồng)", "Vùng", "Đã đến tuổi nghỉ hưu", "Ghi chú"},
                    {1, "Bùi Minh Đạt", "01/01/2027", "Hưởng lương", 7_722_000, null, null, "Nâng bậc"},
                    {2, "Trần Thị Không Có", "01/01/2027", "Hưởng lương", 5_000_000, null, null, null}});
            model.preview(file);
            assertThat(model.summaryProperty().get()).isEqualTo("can-cu.xlsx: 2 dòng; nhập được 1, lỗi 1.");
            assertThat(model.canImportProperty().get()).isTrue();
            assertThat(model.status(model.lines().get(0))).isEqualTo("Nhập được");
            assertThat(model.basisText(model.lines().get(0))).contains("7.722.000").contains("01/01/2027");
            assertThat(model.status(model.lines().get(1))).contains("Trần Thị Không Có");

            AtomicInteger stored = new AtomicInteger(-1);
            model.importGoodRows(stored::set);
            assertThat(stored.get()).isEqualTo(1);
            assertThat(model.summaryProperty().get()).isEqualTo("Đã nhập 1 căn cứ.");
            assertThat(model.canImportProperty().get()).isFalse();

            Path broken = Files.writeString(dir.resolve("hong.xlsx"), "không phải tệp Excel");
            model.preview(broken);
            assertThat(model.problemProperty().get()).isNotEmpty();
            assertThat(model.lines()).isEmpty();
        }
    }
}
