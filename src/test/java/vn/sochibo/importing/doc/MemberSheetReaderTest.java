package vn.sochibo.importing.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.sochibo.TestClocks;
import vn.sochibo.member.Gender;
import vn.sochibo.member.PoliticalTheory;
import vn.sochibo.io.excel.ImportFiles;
import vn.sochibo.io.excel.LegacyVietnamese;

/** Reads the files LibreOffice Calc made from src/test/resources/import/source/*.fods. */
class MemberSheetReaderTest {

    private final MemberSheetReader reader = new MemberSheetReader(LocalDate.now(TestClocks.FIXED));

    private List<ReadRow> readAll(Path file, SheetLayout layout) {
        List<ReadRow> rows = new ArrayList<>();
        reader.read(file, layout, layout.suggestedMapping(), rows::add, () -> false);
        return rows;
    }

    private static ReadRow row(List<ReadRow> rows, int number) {
        return rows.stream().filter(r -> r.rowNumber() == number).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"danh-sach-chi-bo.xlsx", "danh-sach-chi-bo.xls"})
    void findsTheTableUnderTheTitleRowsAndJoinsTheTwoRowHeader(String name) {
        Path file = ImportFiles.path(name);
        assertThat(reader.sheetNames(file)).containsExactly("Ghi chú", "Danh sách ĐV");
        SheetLayout layout = reader.layout(file, null);
        assertThat(layout.sheet()).isEqualTo("Danh sách ĐV");
        assertThat(layout.headerFirstRow()).isEqualTo(6);
        assertThat(layout.headerLastRow()).as("header, sub-header and the (1) (2) (3) row").isEqualTo(8);
        Map<Integer, ColumnField> mapping = layout.suggestedMapping();
        assertThat(mapping).containsEntry(0, ColumnField.SEQUENCE).containsEntry(1, ColumnField.FULL_NAME)
                .containsEntry(2, ColumnField.MALE).containsEntry(3, ColumnField.FEMALE)
                .containsEntry(7, ColumnField.PARTY_CARD).containsEntry(8, ColumnField.PERSONAL_ID)
                .containsEntry(9, ColumnField.JOINED_DATE).containsEntry(10, ColumnField.OFFICIAL_DATE)
                .containsEntry(11, ColumnField.POLITICAL_THEORY).containsEntry(12, ColumnField.JOB_POSITION);
        assertThat(layout.column(9).header()).isEqualTo("Ngày vào Đảng / Dự bị");
    }

    @ParameterizedTest
    @ValueSource(strings = {"danh-sach-chi-bo.xlsx", "danh-sach-chi-bo.xls"})
    void readsValuesAsClerksTypeThemAndStopsAtTheFooter(String name) {
        Path file = ImportFiles.path(name);
        List<ReadRow> rows = readAll(file, reader.layout(file, null));
        assertThat(rows).extracting(ReadRow::rowNumber).as("blank rows skipped, footer and signatures not read")
                .containsExactly(9, 10, 11, 13, 14, 15, 16, 17);

        ReadRow hung = row(rows, 9);
        assertThat(hung.draft().birthDate()).isEqualTo(LocalDate.of(1975, 4, 12));
        assertThat(hung.draft().gender()).isEqualTo(Gender.NAM);
        assertThat(hung.draft().personalId()).as("typed as a number").isEqualTo("038175004567");
        assertThat(hung.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("I");
            assertThat(p.problem().messageKey()).isEqualTo("import.warning.leadingZeros");
            assertThat(p.isError()).isFalse();
        });
        assertThat(hung.draft().politicalTheory()).isEqualTo(PoliticalTheory.CAO_CAP);

        ReadRow thuy = row(rows, 10);
        assertThat(thuy.draft().fullName()).as("capitals and stray spaces").isEqualTo("Nguyễn Thị Hồng Thúy");
        assertThat(thuy.draft().gender()).isEqualTo(Gender.NU);
        assertThat(thuy.draft().birthDate()).as("text dd/MM/yyyy under Nữ").isEqualTo(LocalDate.of(1988, 9, 2));
        assertThat(thuy.problems()).isEmpty();

        ReadRow anh = row(rows, 11);
        assertThat(anh.draft().birthDate()).as("d/M/yyyy").isEqualTo(LocalDate.of(1990, 7, 3));
        assertThat(anh.draft().joinedDate()).as("dd-MM-yyyy").isEqualTo(LocalDate.of(2016, 2, 3));
        assertThat(anh.draft().officialDate()).as("dd.MM.yyyy").isEqualTo(LocalDate.of(2017, 2, 3));

        ReadRow mai = row(rows, 13);
        assertThat(mai.draft().birthYear()).as("a year typed as a number").isEqualTo(1992);
        assertThat(mai.draft().birthDate()).isNull();

        assertThat(row(rows, 17).draft().birthYear()).as("a year typed as text").isEqualTo(1985);

        ReadRow impossible = row(rows, 14);
        assertThat(impossible.hasErrors()).isTrue();
        assertThat(impossible.problems()).anySatisfy(p -> {
            assertThat(p.column()).isEqualTo("C");
            assertThat(p.header()).isEqualTo("Ngày sinh / Nam");
            assertThat(p.problem().messageKey()).isEqualTo("import.problem.date.impossible");
            assertThat(p.problem().args()).containsExactly("31/02/1980");
        });

        ReadRow future = row(rows, 15);
        assertThat(future.draft().gender()).as("x under Nữ").isEqualTo(Gender.NU);
        assertThat(future.problems()).anySatisfy(p -> {
            assertThat(p.column()).isEqualTo("J");
            assertThat(p.problem().messageKey()).isEqualTo("member.problem.date.future");
        });
    }

    @Test
    void textInNfdIsStoredInNfc() throws Exception {
        Path file = java.nio.file.Files.createTempFile("nfd", ".xlsx");
        try (var out = java.nio.file.Files.newOutputStream(file); var wb = new org.dhatim.fastexcel.Workbook(out, "t", "1.0")) {
            var ws = wb.newWorksheet("DS");
            String[] header = {"Họ và tên", "Giới tính", "Năm sinh", "Ngày vào Đảng"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            ws.value(1, 0, java.text.Normalizer.normalize("Đặng Thị Nguyệt", java.text.Normalizer.Form.NFD));
            ws.value(1, 1, java.text.Normalizer.normalize("Nữ", java.text.Normalizer.Form.NFD));
            ws.value(1, 2, 1970);
            ws.value(1, 3, "01/01/2000");
        }
        SheetLayout layout = reader.layout(file, null);
        List<ReadRow> rows = readAll(file, layout);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.draft().fullName()).isEqualTo("Đặng Thị Nguyệt").hasSize(15);
            assertThat(r.draft().gender()).isEqualTo(Gender.NU);
            assertThat(r.problems()).isEmpty();
        });
        java.nio.file.Files.delete(file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcvn3-vntime.xls", "tcvn3-vntime.xlsx", "vni-times.xlsx", "vni-no-font.xlsx"})
    void convertsLegacyEncodingsAndSaysWhichColumns(String name) {
        Path file = ImportFiles.path(name);
        SheetLayout layout = reader.layout(file, null);
        LegacyVietnamese.Encoding expected = name.startsWith("tcvn3") ? LegacyVietnamese.Encoding.TCVN3 : LegacyVietnamese.Encoding.VNI;
        assertThat(layout.columns()).extracting(SheetColumn::header).contains("Ngày vào Đảng", "Quê quán", "Giới tính");
        assertThat(layout.convertedColumns()).extracting(SheetColumn::letter).contains("B", "D", "E");
        assertThat(layout.convertedColumns()).extracting(SheetColumn::encoding).containsOnly(expected);
        List<ReadRow> rows = readAll(file, layout);
        assertThat(rows).extracting(r -> r.draft().fullName())
                .containsExactly("Nguyễn Văn Thắng", "Trần Thị Hồng Nhung", "Lê Đình Tuấn");
        assertThat(rows).extracting(r -> r.draft().homeTown())
                .containsExactly("Xã Đông Hưng, huyện Đông Sơn", "Phường Điện Biên, thành phố Thanh Hóa", "Xã Quảng Lợi, huyện Quảng Xương");
        assertThat(rows).extracting(r -> r.draft().gender()).containsExactly(Gender.NAM, Gender.NU, Gender.NAM);
        assertThat(rows).allSatisfy(r -> assertThat(r.hasErrors()).isFalse());
    }
}
