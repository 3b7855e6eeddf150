package vn.sochibo.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.sochibo.TestClocks;
import vn.sochibo.cli.ElectionTallyCommand;
import vn.sochibo.common.Messages;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.core.Services;
import vn.sochibo.io.excel.ImportFiles;
import vn.sochibo.importing.doc.SheetProblem;
import vn.sochibo.member.MemberSummary;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.common.ProgressListener;

/**
 * Issue 6: malformed and hostile input files, each with the message the clerk gets (in Vietnamese, saying what
 * is wrong and where: file, sheet, row, column) and a register left exactly as it was (same row counts and
 * checksum of every row, as a backup's manifest records them). Excel lists go through the import as the
 * wizard and the command line run it; JSON tally files through {@code sochibo election tally}; Word files
 * through the minutes-template step.
 */
class BadInputCorpusTest {

    static final String[] HEADER = {"STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Số thẻ đảng viên",
        "Ngày vào Đảng", "Ngày chính thức", "Ghi chú"};
    static final String SHEET = "Danh sách";

    @TempDir
    static Path dir;

    static Services services;
    static MemberSummary registered;
    private static final Messages VI = Messages.forLanguage("vi");
    private static final Messages EN = Messages.forLanguage("en");

    @BeforeAll
    static void register() {
        services = Services.open(DataLocation.at(dir.resolve("register")), TestClocks.FIXED);
        services.samples().load(true);
        registered = services.members().list().stream().filter(m -> m.partyCardNumber() != null
                && m.partyCardNumber().length() == 12 && m.personalId() != null).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    /** One bad input: how to make it and what the clerk must be told. */
    record Case(String name, Maker maker, Expect expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Maker {
        Path make(Path folder) throws Exception;
    }

    /** A row problem the import must report: Excel row, column letter, words of the message. */
    record At(int row, String column, String... words) {
    }

    sealed interface Expect permits Refused, Rows, Tally, Template {
    }

    /** The whole file is refused with {@code key}; the message names the file and contains {@code words}. */
    record Refused(String key, String... words) implements Expect {
    }

    /** Rows are rejected, each problem with its row and column; {@code goodRows} other rows would import. */
    record Rows(int goodRows, At... problems) implements Expect {
    }

    /** {@code sochibo election tally} refuses the file with exit code 2 and a message with {@code words}. */
    record Tally(String... words) implements Expect {
    }

    /** The minutes-template step refuses the file with {@code key}. */
    record Template(String key, String... words) implements Expect {
    }

    static Stream<Case> corpus() {
        List<Case> c = new ArrayList<>();
        // --- files that are not member lists at all
        c.add(new Case("0-byte .xlsx", f -> Files.createFile(f.resolve("rong.xlsx")),
                new Refused("import.error.empty", "rỗng (0 byte)")));
        c.add(new Case("text renamed .xlsx", f -> text(f, "ghi-chu.xlsx", "Danh sách đảng viên gửi kèm\nXem tệp đính kèm\n"),
                new Refused("import.error.notExcel", "không phải bảng tính Excel")));
        c.add(new Case("csv renamed .xlsx", f -> copy(f, "bad-csv-renamed.xlsx"),
                new Refused("import.error.csv", "tệp văn bản (CSV)")));
        c.add(new Case(".csv file", f -> copy(f, "bad-danh-sach.csv"),
                new Refused("import.error.csv", "lưu lại dạng .xlsx")));
        c.add(new Case("pdf renamed .xlsx", f -> copy(f, "bad-renamed-pdf.xlsx"),
                new Refused("import.error.pdf", "PDF")));
        c.add(new Case("truncated .xlsx", f -> truncated(f, "cat-ngang.xlsx"),
                new Refused("import.error.damaged", "bị hỏng hoặc không trọn vẹn")));
        c.add(new Case(".docx renamed .xlsx", f -> docx(f, "bien-ban.xlsx"),
                new Refused("import.error.notExcel", "không phải bảng tính Excel")));
        c.add(new Case("plain zip renamed .xlsx", f -> zip(f, "nen.xlsx", "ds.txt", "Nguyễn Văn An".getBytes(StandardCharsets.UTF_8)),
                new Refused("import.error.notExcel", "không phải bảng tính Excel")));
        c.add(new Case("random bytes .xlsx", f -> random(f, "ngau-nhien.xlsx"),
                new Refused("import.error.notExcel", "không phải bảng tính Excel")));
        c.add(new Case("zip bomb", BadInputCorpusTest::zipBomb,
                new Refused("import.error.tooLarge", "quá lớn")));
        c.add(new Case("zip bomb that lies about its size: 1 GB of shared strings declared as 1,000 bytes",
                f -> lyingBomb(f, "bom-khai-gian.xlsx", false),
                new Refused("import.error.tooLarge", "bom-khai-gian.xlsx", "quá lớn")));
        c.add(new Case("one shared string of 300 MB declared as 1,000 bytes",
                f -> lyingBomb(f, "chuoi-khong-lo.xlsx", true),
                new Refused("import.error.tooLarge", "chuoi-khong-lo.xlsx", "quá lớn")));
        c.add(new Case(".xlsx without its sheet part", BadInputCorpusTest::missingSheetPart,
                new Refused("import.error.sheetDamaged", "thieu-trang.xlsx", "trang tính \"" + SHEET + "\"", "bị hỏng")));
        c.add(new Case(".xlsx whose sheet breaks off after row 3", BadInputCorpusTest::brokenSheetXml,
                new Refused("import.error.sheetDamagedAfterRow", "dut-giua.xlsx", SHEET, "sau dòng 3")));
        c.add(new Case(".xls header followed by garbage", BadInputCorpusTest::xlsGarbage,
                new Refused("import.error.damaged", "rac.xls", "bị hỏng")));
        c.add(new Case("password-protected workbook", BadInputCorpusTest::encrypted,
                new Refused("import.error.encrypted", "mật khẩu")));
        c.add(new Case("XML entity (XXE) in a sheet", BadInputCorpusTest::xxe,
                new Refused("import.error.doctype", "DOCTYPE")));
        c.add(new Case("file that is not there", f -> f.resolve("khong-co.xlsx"),
                new Refused("import.error.notFound", "Không tìm thấy", "chọn lại")));
        c.add(new Case("folder named .xlsx", f -> Files.createDirectories(f.resolve("thu-muc.xlsx")),
                new Refused("import.error.unreadable", "Không đọc được")));
        c.add(new Case("file without read permission", BadInputCorpusTest::unreadable,
                new Refused("import.error.unreadable", "Không đọc được")));
        // --- workbooks without a usable table
        c.add(new Case("empty workbook", f -> xlsx(f, "trong.xlsx", wb -> wb.createSheet(SHEET)),
                new Refused("import.error.noTable", "Không tìm thấy bảng danh sách", SHEET)));
        c.add(new Case("wrong headers", f -> xlsx(f, "sai-tieu-de.xlsx", wb -> rows(wb.createSheet(SHEET),
                new String[] {"Cột 1", "Cột 2", "Cột 3"}, new String[] {"1", "Nguyễn Văn An", "12/03/1975"})),
                new Refused("import.error.noTable", "Họ và tên")));
        c.add(new Case("no header row", f -> xlsx(f, "khong-tieu-de.xlsx", wb -> rows(wb.createSheet(SHEET),
                good(1), good(2))),
                new Refused("import.error.noTable", "dòng tiêu đề")));
        c.add(new Case("headers but no data", f -> members(f, "chi-tieu-de.xlsx"),
                new Refused("import.error.noRows", "chi-tieu-de.xlsx", SHEET, "không có dòng")));
        c.add(new Case("table only on a hidden sheet", BadInputCorpusTest::hiddenSheet,
                new Refused("import.error.noTableHidden", "Ẩn", "bỏ ẩn")));
        // --- rows with wrong values
        c.add(new Case("31/02/1980", f -> members(f, "ngay-31-02.xlsx", with(good(1), 3, "31/02/1980")),
                new Rows(0, new At(2, "D", "Ngày sinh", "31/02/1980", "không có thật"))));
        c.add(new Case("30/02 in the joining date", f -> members(f, "ngay-30-02.xlsx", with(good(1), 6, "30/02/2001")),
                new Rows(0, new At(2, "G", "Ngày vào Đảng", "30/02/2001", "không có thật"))));
        c.add(new Case("birth date in the future", f -> members(f, "sinh-tuong-lai.xlsx", with(good(1), 3, "01/01/2030")),
                new Rows(0, new At(2, "D", "Ngày sinh", "01/01/2030", "tương lai"))));
        c.add(new Case("joined before birth", f -> members(f, "vao-dang-truoc-sinh.xlsx", with(good(1), 6, "19/05/1970")),
                new Rows(0, new At(2, "G", "Ngày vào Đảng", "phải sau"))));
        c.add(new Case("year of birth 1850", f -> members(f, "nam-1850.xlsx", with(good(1), 3, "1850")),
                new Rows(0, new At(2, "D", "1850", "không hợp lý"))));
        c.add(new Case("date serial 0 (00/01/1900)", BadInputCorpusTest::serialZeroDate,
                new Rows(0, new At(2, "D", "Ngày sinh", "1899", "không hợp lý"))));
        c.add(new Case("formula errors #REF! and #DIV/0!", BadInputCorpusTest::formulaErrors,
                new Rows(0, new At(2, "D", "Ngày sinh", "#REF!", "lỗi công thức"),
                        new At(3, "G", "Ngày vào Đảng", "#DIV/0!", "lỗi công thức"))));
        c.add(new Case("gender X", f -> members(f, "gioi-tinh.xlsx", with(good(1), 2, "X")),
                new Rows(0, new At(2, "C", "Giới tính", "không phải Nam hay Nữ"))));
        c.add(new Case("11-digit personal ID", f -> members(f, "cccd-11-so.xlsx", with(good(1), 4, "38175004567")),
                new Rows(0, new At(2, "E", "Số định danh cá nhân", "38175004567", "12 chữ số"))));
        c.add(new Case("13-digit personal ID", f -> members(f, "cccd-13-so.xlsx", with(good(1), 4, "0381750045671")),
                new Rows(0, new At(2, "E", "Số định danh cá nhân", "0381750045671", "12 chữ số"))));
        c.add(new Case("letters in the personal ID", f -> members(f, "cccd-co-chu.xlsx", with(good(1), 4, "03817500456A")),
                new Rows(0, new At(2, "E", "Số định danh cá nhân", "03817500456A", "chữ số"))));
        c.add(new Case("same card twice in the file", f -> members(f, "trung-the.xlsx", good(1),
                with(with(good(2), 5, good(1)[5]), 4, good(1)[4])),
                new Rows(1, new At(3, "F", "trùng", "dòng 2"))));
        c.add(new Case("card already in the register", f -> members(f, "the-da-co.xlsx",
                with(good(1), 5, registered.partyCardNumber())),
                new Rows(0, new At(2, "F", registered.partyCardNumber(), registered.fullName()))));
        c.add(new Case("personal ID already in the register", f -> members(f, "cccd-da-co.xlsx",
                with(good(1), 4, registered.personalId())),
                new Rows(0, new At(2, "E", registered.personalId(), registered.fullName()))));
        c.add(new Case("very long name", f -> members(f, "ten-dai.xlsx", with(good(1), 1, "Nguyễn " + "Văn ".repeat(60) + "An")),
                new Rows(0, new At(2, "B", "Họ và tên", "dài quá 200"))));
        c.add(new Case("huge cell (40,000 characters)", BadInputCorpusTest::hugeCell,
                new Rows(0, new At(2, "I", "Ghi chú", "dài quá 2000"))));
        c.add(new Case("control characters in a name", f -> members(f, "ky-tu-la.xlsx", with(good(1), 1, "Nguyễn\u0007Văn\u0001An")),
                new Rows(0, new At(2, "B", "Họ và tên", "chữ cái"))));
        c.add(new Case("merged name cells", BadInputCorpusTest::mergedNames,
                new Rows(1, new At(3, "B", "Họ và tên", "chưa nhập"))));
        // --- other inputs: the command-line tally and the minutes template
        c.add(new Case("tally: truncated JSON", f -> text(f, "kiem-phieu.json", "{\"office\": \"committee\", \"seats\": 5, \"candidates\": ["),
                new Tally("kiem-phieu.json", "cắt cụt", "dòng 1")));
        c.add(new Case("tally: text where a number belongs", f -> text(f, "so-ghe.json",
                "{\"office\": \"committee\", \"seats\": \"năm\", \"alternates\": 0, \"candidates\": [], \"ballotsIssued\": 0, \"ballots\": []}"),
                new Tally("so-ghe.json", "seats")));
        c.add(new Case("tally: not JSON at all", f -> copy(f, "bad-renamed-pdf.xlsx", "phieu.json"),
                new Tally("phieu.json")));
        c.add(new Case("minutes template: a workbook renamed .docx", f -> copy(f, "danh-sach-chi-bo.xlsx", "mau-bien-ban.docx"),
                new Template("meeting.template.error.notDocx", "mau-bien-ban.docx", "không phải là tài liệu Word")));
        c.add(new Case("minutes template: a Word file without placeholders", f -> docx(f, "mau-trong.docx"),
                new Template("meeting.template.error.invalid", "mau-trong.docx", "ô giữ chỗ")));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badInputGetsAClearMessageAndChangesNothing(Case bad) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(bad.name().replaceAll("[^A-Za-z0-9]+", "-")));
        Path file = bad.maker().make(folder);
        String before = Backups.fingerprint(services.database());
        String shown;
        if (bad.expect() instanceof Refused r) {
            shown = refused(file, r);
        } else if (bad.expect() instanceof Rows r) {
            shown = rows(file, r);
        } else if (bad.expect() instanceof Tally t) {
            shown = tally(file, t);
        } else {
            shown = template(file, (Template) bad.expect());
        }
        System.out.println("CORPUS " + bad.name() + " → " + shown);
        assertThat(Backups.fingerprint(services.database())).as("the register is unchanged").isEqualTo(before);
    }

    private static String refused(Path file, Refused expect) {
        Throwable t = catchThrowable(() -> services.imports().importFile(file, null, MemberImportService.Mode.COMMIT,
                ProgressListener.NONE));
        assertThat(t).as("refused").isInstanceOf(UserFacingException.class);
        assertThat(((UserFacingException) t).messageKey()).isEqualTo(expect.key());
        String vi = VI.describe(t);
        assertThat(vi).contains(file.getFileName().toString()).contains(expect.words());
        assertThat(EN.describe(t)).as("English too").contains(file.getFileName().toString()).isNotEqualTo(vi);
        return vi;
    }

    private static String rows(Path file, Rows expect) {
        ImportResult result = services.imports().importFile(file, null, MemberImportService.Mode.STRICT,
                ProgressListener.NONE);
        assertThat(result.committed()).as("strict import refused").isFalse();
        List<String> lines = result.rejected().stream().map(p -> result.describe(p, VI)).toList();
        for (At at : expect.problems()) {
            SheetProblem p = result.rejected().stream().filter(x -> x.row() == at.row() && at.column().equals(x.column()))
                    .findFirst().orElseThrow(() -> new AssertionError("no problem at row " + at.row() + " column "
                            + at.column() + ": " + lines));
            String line = result.describe(p, VI);
            assertThat(line).contains("\"" + file.getFileName() + "\"", "\"" + SHEET + "\"", "dòng " + at.row(),
                    "cột " + at.column() + " (").contains(at.words());
            assertThat(result.describe(p, EN)).contains("row " + at.row(), "column " + at.column());
        }
        assertThat(result.rowsRead() - result.rejectedRows()).as("rows that would import").isEqualTo(expect.goodRows());
        if (expect.goodRows() == 0) {
            ImportResult commit = services.imports().importFile(file, null, MemberImportService.Mode.COMMIT,
                    ProgressListener.NONE);
            assertThat(commit.imported() + commit.updated()).as("the wizard's import adds nothing").isZero();
        }
        return String.join(" | ", lines);
    }

    private static String tally(Path file, Tally expect) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ElectionTallyCommand.run(file, true, new PrintWriter(out), new PrintWriter(err));
        assertThat(exit).isEqualTo(ElectionTallyCommand.EXIT_BAD_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains(expect.words());
        return err.toString().strip();
    }

    private static String template(Path file, Template expect) {
        Throwable t = catchThrowable(() -> services.minutes().installUserTemplate(file));
        assertThat(t).isInstanceOf(UserFacingException.class);
        assertThat(((UserFacingException) t).messageKey()).isEqualTo(expect.key());
        String vi = VI.describe(t);
        assertThat(vi).contains(expect.words());
        return vi;
    }

    // ---------------------------------------------------------------- file makers

    /** A good row {@code i} (unique name, IDs and dates), column by column as in {@link #HEADER}. */
    static String[] good(int i) {
        String id = String.format("0381%02d%06d", 70 + i % 20, 4000 + i);
        return new String[] {String.valueOf(i), "Đỗ Thị Mẫu " + "ABCDEFGHIK".charAt(i % 10), "Nữ",
            String.format("%02d/03/19%02d", 1 + i % 27, 70 + i % 20), id, id, "19/05/2005", "19/05/2006", ""};
    }

    static String[] with(String[] row, int column, String value) {
        String[] copy = Arrays.copyOf(row, row.length);
        copy[column] = value;
        return copy;
    }

    static Path members(Path folder, String name, String[]... rows) throws IOException {
        return xlsx(folder, name, wb -> {
            String[][] all = new String[rows.length + 1][];
            all[0] = HEADER;
            System.arraycopy(rows, 0, all, 1, rows.length);
            rows(wb.createSheet(SHEET), all);
        });
    }

    static void rows(XSSFSheet sheet, String[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            XSSFRow row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (!rows[r][c].isEmpty()) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        }
    }

    static Path xlsx(Path folder, String name, Consumer<XSSFWorkbook> fill) throws IOException {
        Path file = folder.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill.accept(wb);
            wb.write(out);
        }
        return file;
    }

    static Path text(Path folder, String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    static Path copy(Path folder, String resource) throws IOException {
        return copy(folder, resource, resource);
    }

    static Path copy(Path folder, String resource, String name) throws IOException {
        return Files.copy(ImportFiles.path(resource), folder.resolve(name));
    }

    static Path truncated(Path folder, String name) throws IOException {
        Path whole = members(folder, "nguyen-ven.xlsx", good(1), good(2), good(3));
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        return Files.write(folder.resolve(name), Arrays.copyOf(bytes, bytes.length * 6 / 10));
    }

    static Path docx(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Biên bản sinh hoạt chi bộ tháng 11 năm 2026");
            doc.write(out);
        }
        return file;
    }

    static Path zip(Path folder, String name, String entry, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
        }
        return file;
    }

    static Path random(Path folder, String name) throws IOException {
        byte[] bytes = new byte[4096];
        new Random(6).nextBytes(bytes);
        bytes[0] = 0x13;
        return Files.write(folder.resolve(name), bytes);
    }

    /** A workbook's parts with a 200 MB sheet of zeros packed into a few hundred kilobytes. */
    static Path zipBomb(Path folder) throws IOException {
        Path file = folder.resolve("bom.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        }
        return file;
    }

    /**
     * A workbook whose shared strings really inflate to about 1 GB (or hold one 300 MB text) from about a
     * megabyte, while the zip's central directory declares 1,000 bytes for that part: a check that trusts the
     * declared sizes lets it through to the reader. Written in 1 MB steps, so making it needs little memory.
     */
    static Path lyingBomb(Path folder, String name, boolean oneString) throws IOException {
        Path file = folder.resolve(name);
        byte[] chunk;
        long chunks;
        if (oneString) {
            chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'A');
            chunks = 300;
        } else {
            chunk = "<si><t>Nguyễn Văn An</t></si>".repeat(30_000).getBytes(StandardCharsets.UTF_8);
            chunks = 1_000_000_000L / chunk.length;
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            part(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            part(zip, "xl/workbook.xml", "<workbook><sheets><sheet name=\"" + SHEET + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write("<sst>".getBytes(StandardCharsets.UTF_8));
            if (oneString) {
                zip.write("<si><t>".getBytes(StandardCharsets.UTF_8));
            }
            for (long i = 0; i < chunks; i++) {
                zip.write(chunk);
            }
            zip.write((oneString ? "</t></si></sst>" : "</sst>").getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).as("packed small").isLessThan(5_000_000);
        declareSize(bytes, "xl/sharedStrings.xml", 1_000);
        Files.write(file, bytes);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            assertThat(zip.getEntry("xl/sharedStrings.xml").getSize()).as("the lie is in place").isEqualTo(1_000);
        }
        return file;
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Rewrites the uncompressed size the central directory records for {@code entry}. */
    private static void declareSize(byte[] zip, String entry, int size) {
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = zip.length - 46; i >= 0; i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2
                    && (zip[i + 28] & 0xFF | (zip[i + 29] & 0xFF) << 8) == name.length
                    && Arrays.equals(zip, i + 46, i + 46 + name.length, name, 0, name.length)) {
                java.nio.ByteBuffer.wrap(zip, i + 24, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(size);
                return;
            }
        }
        throw new AssertionError("no central directory entry " + entry);
    }

    /** A good workbook with its only sheet's part left out of the zip. */
    static Path missingSheetPart(Path folder) throws IOException {
        Path good = members(folder, "du.xlsx", good(1), good(2));
        Path file = folder.resolve("thieu-trang.xlsx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(good));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (!e.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    out.write(bytes);
                }
            }
        }
        Files.delete(good);
        return file;
    }

    /** A good workbook whose sheet XML stops in the middle of row 4 (a part cut short, still a valid zip). */
    static Path brokenSheetXml(Path folder) throws IOException {
        Path good = members(folder, "nguon.xlsx", good(1), good(2), good(3), good(4));
        Path file = folder.resolve("dut-giua.xlsx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(good));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    bytes = xml.substring(0, xml.indexOf("<row r=\"4\"") + 20).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
            }
        }
        Files.delete(good);
        return file;
    }

    /** The eight bytes that open every .xls (an OLE2 compound file), then 8 KB of noise. */
    static Path xlsGarbage(Path folder) throws IOException {
        byte[] bytes = new byte[8 + 8192];
        new Random(12).nextBytes(bytes);
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return Files.write(folder.resolve("rac.xls"), bytes);
    }

    static Path encrypted(Path folder) throws Exception {
        Path plain = members(folder, "ro.xlsx", good(1));
        Path file = folder.resolve("mat-khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("chibo2026");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(Files.readAllBytes(plain));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(plain);
        return file;
    }

    /** A good workbook whose sheet XML declares an external entity (XXE). */
    static Path xxe(Path folder) throws IOException {
        Path good = members(folder, "goc.xlsx", good(1));
        Path file = folder.resolve("thuc-the.xlsx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(good));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    xml = xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
            }
        }
        Files.delete(good);
        return file;
    }

    /**
     * A file the program may not read: a workbook without read permission; when the tests run as an administrator
     * (CI runs as root, who reads anything), a name for a file no one can read instead (Linux's /proc/self/mem,
     * which fails with an I/O error, as a disk does), so the refusal is tested either way.
     */
    static Path unreadable(Path folder) throws IOException {
        Path file = members(folder, "khong-quyen.xlsx", good(1));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        if (Files.isReadable(file)) {
            Path noOne = Path.of("/proc/self/mem");
            Assumptions.assumeTrue(Files.exists(noOne), "an administrator reads anything, and there is no /proc here");
            Files.delete(file);
            Files.createSymbolicLink(file, noOne);
        }
        return file;
    }

    static Path hiddenSheet(Path folder) throws IOException {
        return xlsx(folder, "trang-an.xlsx", wb -> {
            wb.createSheet("Bìa");
            rows(wb.createSheet("Ẩn"), HEADER, good(1));
            wb.setSheetHidden(1, true);
        });
    }

    static Path serialZeroDate(Path folder) throws IOException {
        return xlsx(folder, "ngay-0.xlsx", wb -> {
            XSSFSheet sheet = wb.createSheet(SHEET);
            rows(sheet, HEADER, good(1));
            XSSFCellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            XSSFCell cell = sheet.getRow(1).createCell(3);
            cell.setCellValue(0);
            cell.setCellStyle(date);
        });
    }

    static Path formulaErrors(Path folder) throws IOException {
        return xlsx(folder, "loi-cong-thuc.xlsx", wb -> {
            XSSFSheet sheet = wb.createSheet(SHEET);
            rows(sheet, HEADER, good(1), good(2));
            sheet.getRow(1).createCell(3).setCellErrorValue(FormulaError.REF);
            XSSFCell div = sheet.getRow(2).createCell(6);
            div.setCellFormula("1/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(div);
        });
    }

    static Path mergedNames(Path folder) throws IOException {
        return xlsx(folder, "o-gop.xlsx", wb -> {
            XSSFSheet sheet = wb.createSheet(SHEET);
            rows(sheet, HEADER, good(1), with(good(2), 1, ""));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
        });
    }

    /** A notes cell of 40,000 characters: more than Excel's own 32,767, written as raw sheet XML. */
    static Path hugeCell(Path folder) throws IOException {
        Path file = folder.resolve("o-qua-lon.xlsx");
        try (OutputStream out = Files.newOutputStream(file);
             org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "sochibo", "1.0")) {
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet(SHEET);
            String[] row = with(good(1), 8, "Rất dài. ".repeat(4445));
            for (int c = 0; c < HEADER.length; c++) {
                ws.value(0, c, HEADER[c]);
                ws.value(1, c, row[c]);
            }
        }
        return file;
    }
}
