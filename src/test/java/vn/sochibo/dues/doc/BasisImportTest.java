package vn.sochibo.dues.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.core.Services;
import vn.sochibo.dues.BasisLine;
import vn.sochibo.dues.DuesKind;
import vn.sochibo.dues.WageRegion;

/** Importing bases from a real .xlsx: preview with per-row problems, then only the good rows are stored. */
class BasisImportTest {

    @TempDir
    Path dir;
    private Services services;

    @BeforeEach
    void open() {
        services = Services.inMemory(TestClocks.FIXED);
        services.samples().load(true);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Path workbook(Object[][] rows) throws Exception {
        return vn.sochibo.dues.BasesWorkbook.write(dir.resolve("can-cu.xlsx"), rows);
    }

    @Test
    @DisplayName("preview lists every row with its problems; commit stores the good ones in one transaction")
    void previewThenCommit() throws Exception {
        Path file = workbook(new Object[][] {
                {"STT", "Họ và tên", "Áp dụng từ ngày", "Đối tượng", "Mức lương đóng BHXH/lương hưu (đồng)", "Vùng", "Đã đến tuổi nghỉ hưu", "Ghi chú"},
                {1, "BÙI MINH ĐẠT", "01/01/2027", "Hưởng lương", 7_722_000, null, null, "Nâng bậc"},
                {2, "Nguyen Van Thang", "01/2027", "Hưu trí", "6.100.000", null, null, null},
                {3, "Trương Văn Khải", "01/01/2027", "Không lương, không lương hưu", null, "II", "Không", "Nghỉ việc"},
                {4, "Trần Thị Không Có", "01/01/2027", "Hưởng lương", 5_000_000, null, null, null},
                {5, "Hà Văn Khiêm", "31/02/2027", "Hưởng lương", 5_000_000, null, null, null},
                {6, "Ngô Thị Huyền", "01/01/2027", "Bộ đội", 5_000_000, null, null, null},
                {7, "Lê Thị Kim Oanh", "01/01/2027", "Hưởng lương", "năm triệu", null, null, null},
                {null, "Tổng cộng", null, null, null, null, null, null}});
        List<BasisLine> preview = services.duesImports().preview(file);
        assertThat(preview).hasSize(7);
        assertThat(preview).filteredOn(BasisLine::ok).extracting(BasisLine::name)
                .containsExactly("Bùi Minh Đạt", "Nguyen Van Thang", "Trương Văn Khải");
        assertThat(preview.get(1).basis().kind()).isEqualTo(DuesKind.PENSIONER);
        assertThat(preview.get(1).basis().from()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(preview.get(2).basis().region()).isEqualTo(WageRegion.II);
        assertThat(preview.get(2).basis().retired()).isFalse();
        Messages vi = Messages.forLanguage("vi");
        assertThat(preview.get(3).problems()).extracting(vi::describe).containsExactly("Họ và tên: Không có đảng viên tên \"Trần Thị Không Có\" trong sổ.");
        assertThat(preview.get(4).row()).isEqualTo(8);
        assertThat(preview.get(4).problems()).extracting(p -> p.messageKey()).containsExactly("dues.import.problem.date");
        assertThat(preview.get(5).problems()).extracting(p -> p.messageKey()).containsExactly("dues.import.problem.kind");
        assertThat(preview.get(6).problems()).extracting(p -> p.messageKey()).containsExactly("dues.import.problem.amount");

        assertThat(services.duesImports().commit(preview, "can-cu.xlsx")).isEqualTo(3);
        long dat = services.members().list().stream().filter(m -> m.fullName().equals("Bùi Minh Đạt")).findFirst().orElseThrow().id();
        assertThat(services.dues().bases(dat)).last().satisfies(b -> assertThat(b.base()).isEqualTo(7_722_000));
        assertThat(services.duesBook().month(YearMonth.of(2027, 1), null).lines().stream()
                .filter(l -> l.fullName().equals("Trương Văn Khải")).findFirst().orElseThrow().due().amount()).isEqualTo(14_190);
    }

    @Test
    @DisplayName("a file without the header is refused naming the file")
    void noHeader() throws Exception {
        Path file = workbook(new Object[][] {{"Tên", "Tiền"}, {"A", 1}});
        assertThatThrownBy(() -> services.duesImports().preview(file)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("dues.import.error.noHeader"));
    }
}
