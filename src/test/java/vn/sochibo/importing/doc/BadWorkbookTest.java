package vn.sochibo.importing.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.io.excel.ImportFiles;

/** Files that are not readable workbooks get one clear Vietnamese sentence naming the file. */
class BadWorkbookTest {

    private final MemberSheetReader reader = new MemberSheetReader(LocalDate.now(TestClocks.FIXED));
    private final Messages vi = Messages.forLanguage("vi");

    @TempDir
    Path dir;

    private String messageFor(Path file) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> reader.layout(file, null));
        assertThat(t).isInstanceOf(UserFacingException.class);
        return vi.describe(t);
    }

    @ParameterizedTest
    @CsvSource({
        "bad-renamed-pdf.xlsx, import.error.pdf, là tệp PDF đổi tên",
        "bad-truncated.xlsx, import.error.damaged, bị hỏng hoặc không trọn vẹn",
        "bad-danh-sach.csv, import.error.csv, là tệp văn bản (CSV)",
        "bad-csv-renamed.xlsx, import.error.csv, là tệp văn bản (CSV)",
    })
    void filesThatAreNotWorkbooksAreRefusedWithAClearMessage(String name, String key, String words) {
        Path file = ImportFiles.path(name);
        assertThatThrownBy(() -> reader.layout(file, null)).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo(key));
        assertThat(messageFor(file)).contains(name).contains(words);
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws Exception {
        Path file = dir.resolve("mat-khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("chibo2026");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(Files.readAllBytes(ImportFiles.path("danh-sach-chi-bo.xlsx")));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(messageFor(file)).isEqualTo("Tệp \"mat-khau.xlsx\" được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.");
    }

    @Test
    void aPasswordProtectedXlsIsRefused() throws Exception {
        Path file = dir.resolve("mat-khau.xls");
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("chibo2026");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            var row = wb.createSheet("DS").createRow(0);
            row.createCell(0).setCellValue("Họ và tên");
            row.createCell(1).setCellValue("Ngày sinh");
            row.createCell(2).setCellValue("Ngày vào Đảng");
            wb.write(out);
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThat(messageFor(file)).isEqualTo("Tệp \"mat-khau.xls\" được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.");
    }

    @Test
    void aZipBombIsRefusedBeforeReading() throws Exception {
        Path file = dir.resolve("bom.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
        }
        assertThat(messageFor(file)).contains("bom.xlsx").contains("quá lớn");
    }

    @Test
    void anEmptyFileAndAMissingSheetAreNamed() throws Exception {
        Path empty = Files.createFile(dir.resolve("rong.xlsx"));
        assertThat(messageFor(empty)).isEqualTo("Tệp \"rong.xlsx\" rỗng (0 byte).");
        Path good = ImportFiles.path("danh-sach-chi-bo.xlsx");
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> reader.layout(good, "Sheet9"));
        assertThat(vi.describe(t)).contains("không có trang tính \"Sheet9\"").contains("Danh sách ĐV");
    }

    @Test
    void aWorkbookWithoutAMemberTableSaysWhatItLookedFor() {
        Path file = ImportFiles.path("danh-sach-chi-bo.xlsx");
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> reader.layout(file, "Ghi chú"));
        assertThat(vi.describe(t)).contains("Không tìm thấy bảng danh sách").contains("Họ và tên");
    }
}
