package vn.sochibo.dues.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.core.Services;
import vn.sochibo.dues.MonthBook;
import vn.sochibo.dues.YearRow;

/** The month's list and the year's book of the sample branch, read back from the real .xlsx files. */
class DuesDocumentsTest {

    @TempDir
    static Path dir;
    static Services services;

    @BeforeAll
    static void open() {
        services = Services.inMemory(TestClocks.FIXED);
        services.samples().load(true);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static List<String> texts(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                    out.add(cell.getStringCellValue());
                }
            }
        }
        return out;
    }

    @Test
    @DisplayName("the month's list: title, rule, one line per member, totals in figures and words, kept and remitted")
    void monthList() throws Exception {
        Path file = dir.resolve("thang-10.xlsx");
        MonthBook book = services.duesDocuments().exportMonth(YearMonth.of(2026, 10), null, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> texts = texts(sheet);
            assertThat(texts).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                    "DANH SÁCH THU, NỘP ĐẢNG PHÍ THÁNG 10/2026",
                    "(Thực hiện Quy định số 01-QĐ/TW ngày 03/02/2026 của Bộ Chính trị về chế độ đảng phí)",
                    "Trương Văn Khải", "Chưa nộp", "Nộp thêm 20.700 đồng", "1%, giảm 50%");
            assertThat(texts).contains("Số đảng viên phải nộp: 32 đồng chí; số đã nộp: 31 đồng chí.",
                    "Tổng số đảng phí thu được: 2.891.579 đồng (bằng chữ: Hai triệu tám trăm chín mươi mốt nghìn năm trăm bảy mươi chín đồng).",
                    "Trích giữ lại tại chi bộ (30%): 867.474 đồng.");
            assertThat(book.totals().remitted()).isEqualTo(2_024_105);
            // amounts are numbers (the treasurer sums them), the total line sums the members' lines
            Row total = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && "Cộng".equals(row.getCell(0).toString())) {
                    total = row;
                }
            }
            assertThat(total).isNotNull();
            assertThat((long) total.getCell(6).getNumericCellValue()).isEqualTo(2_891_579);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows()).isNotNull();
        }
    }

    @Test
    @DisplayName("the year's book: two lines per member, twelve months, 'Miễn'/'—', what is owed up to last month")
    void yearBook() throws Exception {
        Path file = dir.resolve("so-2026.xlsx");
        List<YearRow> rows = services.duesDocuments().exportYear(2026, null, file);
        assertThat(rows).extracting(YearRow::fullName).contains("Nguyễn Thị Thanh Loan", "Trần Văn Nam").doesNotContain("Vũ Đình Khánh");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> texts = texts(sheet);
            assertThat(texts).contains("SỔ THU, NỘP ĐẢNG PHÍ NĂM 2026", "T1", "T12", "Phải nộp", "Đã nộp", "—",
                    "Chưa nộp: 03, 06, 09/2026; Còn thiếu 210.600 đồng", "Chưa nộp: 10/2026; Còn thiếu 66.924 đồng",
                    "Có lý do: 09/2026");
            assertThat(texts).noneMatch(t -> t.contains("12/2026")); // December is not over: nobody is behind for it
            Row total = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && "Cộng".equals(row.getCell(0).toString())) {
                    total = row;
                }
            }
            assertThat(total).isNotNull();
            assertThat(total.getCell(3).toString()).as("January 2026: before the rule, no book, as on the members' lines").isEqualTo("—");
            assertThat((long) total.getCell(4).getNumericCellValue()).as("February's due").isPositive();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        }
    }
}
