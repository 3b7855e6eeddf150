package vn.sochibo.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.core.Services;
import vn.sochibo.member.MemberSummary;
import vn.sochibo.common.ProgressListener;

/** Export the sample branch, look at the file, import it into an empty register: the same members. */
class ExportRoundTripTest {

    @TempDir
    Path dir;

    private static List<String> comparable(List<MemberSummary> members) {
        return members.stream().sorted(Comparator.comparing(MemberSummary::fullName).thenComparing(m -> String.valueOf(m.birthYear())))
                .map(m -> String.join("|", m.fullName(), m.gender().name(), String.valueOf(m.birthDate()), String.valueOf(m.birthYear()),
                        String.valueOf(m.homeTown()), String.valueOf(m.admissionDecisionDate()), String.valueOf(m.joinedDate()),
                        String.valueOf(m.officialDate()), String.valueOf(m.partyCardNumber()), String.valueOf(m.personalId()),
                        String.valueOf(m.phone()), String.valueOf(m.subBranch()), String.valueOf(m.professionalLevel()),
                        String.valueOf(m.politicalTheory())))
                .toList();
    }

    @Test
    void exportingThenImportingIntoAnEmptyRegisterGivesTheSameMembers() throws Exception {
        Path file = dir.resolve("danh-sach.xlsx");
        List<MemberSummary> original;
        try (Services source = Services.inMemory(TestClocks.FIXED)) {
            source.samples().load(true);
            original = source.members().list();
            assertThat(source.exports().exportAll(file)).isEqualTo(original.size());
        }
        try (Services target = Services.inMemory(TestClocks.FIXED)) {
            ImportResult result = target.imports().importFile(file, null, MemberImportService.Mode.COMMIT, ProgressListener.NONE);
            assertThat(result.rejected()).isEmpty();
            assertThat(result.imported()).isEqualTo(original.size());
            assertThat(comparable(target.members().list())).containsExactlyElementsOf(comparable(original));
        }
    }


    @Test
    void theExportIsLaidOutAsOfficesSendIt() throws Exception {
        Path file = dir.resolve("danh-sach.xlsx");
        int count;
        try (Services source = Services.inMemory(TestClocks.FIXED)) {
            source.samples().load(true);
            count = source.exports().exportAll(file);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(sheet.getRow(0).getCell(0).getStringCellValue().toUpperCase());
            // every register field is exported (33 columns, issue 14); printed, they run on over several pages that
            // each repeat columns A:B, so the issuing bodies sit in A:B and the rest of the title over the first page
            final int HALF = 2;
            assertThat(sheet.getRow(0).getCell(HALF).getStringCellValue()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
            assertThat(sheet.getRow(1).getCell(HALF).getStringCellValue()).endsWith("ngày 22 tháng 11 năm 2026");
            assertThat(sheet.getRow(3).getCell(HALF).getStringCellValue()).isEqualTo("DANH SÁCH ĐẢNG VIÊN");
            assertThat(sheet.getMergedRegions()).anySatisfy(m -> assertThat(m.formatAsString()).isEqualTo("A1:B1"))
                    .noneSatisfy(m -> assertThat(m.getLastColumn()).isGreaterThan(9));
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getRow(5).getLastCellNum()).isEqualTo((short) 33);
            assertThat(sheet.getRow(5).getCell(29).getStringCellValue()).isEqualTo("Chi bộ nơi cư trú");
            assertThat(sheet.getRow(5).getCell(32).getStringCellValue()).isEqualTo("Ghi chú");
            assertThat(wb.getFontAt(sheet.getRow(5).getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 6);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("6:6");
            // readable on paper (issue 17): no shrinking to one page width; ≥ 10 pt printed; number and name on each page
            assertThat(sheet.getFitToPage()).isFalse();
            assertThat(sheet.getPrintSetup().getScale() / 100.0 * wb.getFontAt(sheet.getRow(6).getCell(1).getCellStyle().getFontIndex())
                    .getFontHeightInPoints()).isGreaterThanOrEqualTo(10.0);
            assertThat(sheet.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
            assertThat(sheet.getFooter().getCenter()).contains("&P");
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).isTrue();
            Cell joined = sheet.getRow(6).getCell(17);
            assertThat(joined.getLocalDateTimeCellValue().toLocalDate()).isBefore(LocalDate.of(2026, 11, 22));
            assertThat(joined.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            Cell card = sheet.getRow(6).getCell(11);
            assertThat(card.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            int total = 6 + count + 1;
            assertThat(sheet.getRow(total).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng: " + count + " đồng chí");
            assertThat(sheet.getRow(total + 2).getCell(0).getStringCellValue()).isEqualTo("Người lập biểu");
            assertThat(sheet.getRow(total + 2).getCell(HALF).getStringCellValue()).isEqualTo("T/M CHI BỘ");
            assertThat(sheet.getRow(total + 3).getCell(HALF).getStringCellValue()).isEqualTo("BÍ THƯ");
        }
    }
}
