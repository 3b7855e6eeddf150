package vn.sochibo.evaluation.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.core.Services;
import vn.sochibo.evaluation.YearRecord;
import vn.sochibo.io.word.PartyReportWriter;

/**
 * The list of proposed grades (.xlsx) and the report (.docx) of the sample's 2025, written and read back with POI.
 * With {@code -Dsochibo.docsOut=DIR} the files are also left there, to be rendered with LibreOffice and looked at.
 */
class EvaluationDocumentsTest {

    @TempDir
    Path dir;
    private Services services;
    private long year2025;
    private long year2026;

    @BeforeEach
    void open() {
        services = Services.inMemory(TestClocks.FIXED);
        services.samples().load(true);
        List<YearRecord> years = services.evaluations().years("Chi bộ Văn phòng");
        year2025 = years.stream().filter(y -> y.year() == 2025).findFirst().orElseThrow().id();
        year2026 = years.stream().filter(y -> y.year() == 2026).findFirst().orElseThrow().id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Path out(String name) throws Exception {
        String keep = System.getProperty("sochibo.docsOut");
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            return Path.of(keep, name);
        }
        return dir.resolve(name);
    }

    @Test
    void theListOfProposedGradesIsPrintReady() throws Exception {
        Path file = out("danh-sach-xep-loai-2025.xlsx");
        services.evaluationDocuments().exportList(year2025, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> text = new ArrayList<>();
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    text.add(format.formatCellValue(cell));
                }
            }
            assertThat(text).contains("ĐẢNG BỘ SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "CHI BỘ VĂN PHÒNG", "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Thanh Hóa, ngày 16 tháng 12 năm 2025",
                    "DANH SÁCH ĐỀ NGHỊ XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2025", "Lê Đình Hùng",
                    "Hoàn thành xuất sắc nhiệm vụ", "Không đánh giá", "9/9", "T/M CHI BỘ", "BÍ THƯ", "Trần Quốc Bảo");
            assertThat(text).anyMatch(t -> t.contains("100% hoàn thành nhiệm vụ trở lên, 90% hoàn thành tốt nhiệm vụ trở lên"));
            assertThat(cell(sheet, "Nguyễn Thị Hồng Thúy", 5).getNumericCellValue()).isEqualTo(88.5);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getRepeatingRows()).isNotNull();
            assertThat(sheet.getFooter().getCenter()).contains("&P");
            assertThat(cell(sheet, "Đặng Thu Hà", 5).getNumericCellValue()).isEqualTo(83.5);
            assertThat(format.formatCellValue(cell(sheet, "Nguyễn Văn Thắng", 10))).isEqualTo("miễn công tác và sinh hoạt đảng");
        }
    }

    private static Cell cell(Sheet sheet, String name, int column) {
        for (Row row : sheet) {
            Cell first = row.getCell(1);
            if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && first.getStringCellValue().equals(name)) {
                return row.getCell(column);
            }
        }
        throw new AssertionError("no row for " + name);
    }

    @Test
    void theReportIsInThePartyLayoutWithTheSentence() throws Exception {
        Path file = out("bao-cao-xep-loai-2025.docx");
        services.evaluationDocuments().exportReport(year2025, file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            String all = text(doc);
            assertThat(all).contains("ĐẢNG BỘ SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "CHI BỘ VĂN PHÒNG", "Số 12-BC/CB",
                    "Thanh Hóa, ngày 16 tháng 12 năm 2025", "BÁO CÁO",
                    "Kết quả kiểm điểm, đánh giá, xếp loại chất lượng đảng viên và chi bộ năm 2025",
                    "Thực hiện Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị",
                    "100% hoàn thành nhiệm vụ trở lên, 90% hoàn thành tốt nhiệm vụ trở lên",
                    "Chi bộ tự chấm: 92,5 điểm.", "Quyết định số 45-QĐ/ĐU ngày 12/01/2026",
                    "Kết quả: Đạt “Chi bộ 4 tốt”.", "Nơi nhận:", "- Lưu Chi bộ.", "T/M CHI BỘ", "Trần Quốc Bảo")
                    .doesNotContain("{{", "III- NHỮNG VẤN ĐỀ CẦN LƯU Ý");
            XWPFTable grades = doc.getTables().stream().filter(t -> t.getText().contains("Mức xếp loại")).findFirst().orElseThrow();
            assertThat(grades.getRows()).hasSize(6);
            assertThat(grades.getRow(2).getCell(1).getText()).isEqualTo("Hoàn thành tốt nhiệm vụ");
            assertThat(grades.getRow(2).getCell(2).getText()).isEqualTo("08");
            assertThat(grades.getRow(2).getCell(3).getText()).isEqualTo("80");
        }
    }

    @Test
    void aYearInProgressSaysWhatIsLeftAndWhatToWatch() throws Exception {
        Path file = out("bao-cao-xep-loai-2026.docx");
        services.evaluationDocuments().exportReport(year2026, file);
        services.evaluationDocuments().exportList(year2026, out("danh-sach-xep-loai-2026.xlsx"));
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            String all = text(doc);
            assertThat(all).contains("Số      -BC/CB", "Còn chưa xếp loại", "Chưa đánh giá")
                    .doesNotContain("trở lên, ");
        }
    }

    @Test
    void theBuiltInTemplateKeepsEveryPlaceholderInOneRun() throws Exception {
        try (InputStream in = PartyReportWriter.class.getResourceAsStream(PartyReportWriter.BUILT_IN);
             XWPFDocument doc = new XWPFDocument(in)) {
            List<String> runs = new ArrayList<>();
            doc.getParagraphs().forEach(p -> p.getRuns().forEach(r -> runs.add(r.text())));
            doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs()
                    .forEach(p -> p.getRuns().forEach(run -> runs.add(run.text()))))));
            for (String tag : List.of("upperBody", "issuer", "number", "placeDate", "kind", "subject", "?body", "text",
                    "/body", "#table", "?closing", "/closing", "recipients", "onBehalf", "role", "signer")) {
                assertThat(runs).as(tag).anyMatch(r -> r.equals("{{" + tag + "}}"));
            }
        }
    }

    private static String text(XWPFDocument doc) {
        StringBuilder all = new StringBuilder();
        for (XWPFParagraph p : doc.getParagraphs()) {
            all.append(p.getText()).append('\n');
        }
        doc.getTables().forEach(t -> all.append(t.getText()).append('\n'));
        return all.toString();
    }
}
