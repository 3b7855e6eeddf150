package vn.sochibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.core.Services;
import vn.sochibo.io.word.MinutesDocumentWriter;

/** Minutes of the sample meetings written as .docx and read back with POI. */
class MinutesServiceTest {

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

    private long meetingOn(String date) {
        return services.meetings().list().stream().filter(m -> m.date().equals(LocalDate.parse(date))).findFirst().orElseThrow().id();
    }

    private static XWPFDocument open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static String text(XWPFTable table, int cell) {
        return table.getRow(0).getCell(cell).getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    private static String body(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    @Test
    void minutesCarryThePartyHeaderTheFiguresTheVoteAndTheSignatures() throws IOException {
        Path out = dir.resolve("bien-ban.docx");
        MinutesService.Exported exported = services.minutes().writeMinutes(meetingOn("2026-10-05"), out);
        assertThat(exported.templateFellBack()).isFalse();
        try (XWPFDocument doc = open(out)) {
            XWPFTable header = doc.getTables().get(0);
            assertThat(text(header, 0)).isEqualTo("ĐẢNG BỘ SỞ THÔNG TIN VÀ TRUYỀN THÔNG\nCHI BỘ VĂN PHÒNG\n*\nSố 03-BB/CB");
            assertThat(text(header, 1)).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM\n\n\nThanh Hóa, ngày 05 tháng 10 năm 2026");
            XWPFRun party = header.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0);
            assertThat(party.isBold()).isTrue();
            assertThat(party.getUnderline()).isNotEqualTo(org.apache.poi.xwpf.usermodel.UnderlinePatterns.NONE);
            assertThat(header.getRow(0).getCell(1).getParagraphs().get(3).getRuns().get(0).isItalic()).isTrue();
            String body = body(doc);
            assertThat(body).contains("BIÊN BẢN\nSinh hoạt chuyên đề: Chuyển đổi số trong hoạt động của cơ quan\n-----");
            assertThat(body).contains("Vào hồi 14 giờ 00 phút, ngày 05 tháng 10 năm 2026, tại Phòng họp tầng 2, trụ sở Sở, Chi bộ Văn phòng");
            assertThat(body).contains("Chủ trì: đồng chí Trần Quốc Bảo.").contains("Thư ký (người ghi biên bản): đồng chí Phạm Thị Ánh.");
            assertThat(body).contains("Tổng số đảng viên của chi bộ: 11 đồng chí, trong đó 10 đảng viên chính thức, 1 đảng viên dự bị");
            assertThat(body).contains("8 đồng chí. Có mặt: 8 đồng chí, trong đó 7 đảng viên chính thức (87,5%)");
            assertThat(body).contains("Vắng có lý do: 2 đồng chí: Lê Đình Hùng (Đi công tác tại Hà Nội), Nguyễn Văn Thắng (miễn sinh hoạt).");
            assertThat(body).contains("Vắng không có lý do: 1 đồng chí: Bùi Minh Đạt.");
            assertThat(body).contains("Ý kiến phát biểu:\n- Đồng chí Vũ Thị Ngọc Ánh: đề nghị tập huấn sử dụng chữ ký số cho đảng viên lớn tuổi.\n"
                    + "- Đồng chí Đỗ Văn Đức: cần bảo đảm an toàn thông tin khi số hóa hồ sơ đảng viên.");
            assertThat(body).contains("1. Thông qua nghị quyết chuyên đề chuyển đổi số quý IV năm 2026.\n"
                    + "Kết quả biểu quyết: tán thành 7/8 đồng chí (87,50%), không tán thành 0, ý kiến khác 0.\n"
                    + "Nghị quyết được thông qua (cần ít nhất 5 phiếu tán thành trên 8 đảng viên phải triệu tập).");
            assertThat(body).contains("- Đồng chí Vũ Thị Ngọc Ánh: Tổ chức tập huấn chữ ký số cho đảng viên, thời hạn 30/11/2026.");
            assertThat(body).endsWith("Hội nghị kết thúc vào hồi 16 giờ 30 phút cùng ngày. Biên bản đã được đọc lại cho hội nghị nghe và nhất trí thông qua.\n");
            XWPFTable signatures = doc.getTables().get(1);
            assertThat(text(signatures, 0)).startsWith("NGƯỜI GHI BIÊN BẢN").endsWith("Phạm Thị Ánh");
            assertThat(text(signatures, 1)).startsWith("CHỦ TRÌ HỘI NGHỊ").endsWith("Trần Quốc Bảo");
            // the left header column holds "CHI BỘ PHÒNG HÀNH CHÍNH" on one line (4300 twips, no inner margin)
            assertThat(header.getCTTbl().getTblGrid().getGridColArray(0).getW().toString()).isEqualTo("4300");
            assertThat(header.getRow(0).getCell(0).getCTTc().getTcPr().getTcW().getW().toString()).isEqualTo("4300");
            assertThat(header.getCTTbl().getTblPr().getTblCellMar().getLeft().getW().toString()).isEqualTo("0");
            vn.sochibo.io.word.PageNumbersTest.assertFromPageTwo(doc);
            var section = doc.getDocument().getBody().getSectPr();
            assertThat(section.getPgMar().getLeft().toString()).isEqualTo("1701");
            assertThat(section.getPgMar().getRight().toString()).isEqualTo("851");
            assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
        }
    }

    @Test
    void theYearsBookHasEveryMeetingInDateOrderOnItsOwnPage() throws IOException {
        Path out = dir.resolve("so-bien-ban-2026.docx");
        services.minutes().writeBook("Chi bộ Văn phòng", 2026, out);
        try (XWPFDocument doc = open(out)) {
            assertThat(doc.getTables()).hasSize(8);  // the cover is paragraphs only
            List<String> numbers = doc.getTables().stream().filter(t -> text(t, 0).contains("-BB/CB"))
                    .map(t -> text(t, 0).substring(text(t, 0).lastIndexOf('\n') + 1)).toList();
            assertThat(numbers).containsExactly("Số 01-BB/CB", "Số 02-BB/CB", "Số 03-BB/CB", "Số 04-BB/CB");
            long pageBreaks = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> r.getCTR().getBrList().stream().anyMatch(b -> b.getType() != null && b.getType().toString().equals("page")))
                    .count();
            assertThat(pageBreaks).as("after the cover and between the minutes").isEqualTo(4);
        }
        assertThatThrownBy(() -> services.minutes().writeBook("Chi bộ Văn phòng", 2019, dir.resolve("none.docx")))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void theBookOpensWithACoverAndEveryPageButTheFirstIsNumberedAtTheTopCentre() throws IOException {
        Path out = dir.resolve("so-bien-ban-2026.docx");
        services.minutes().writeBook("Chi bộ Văn phòng", 2026, out);
        try (XWPFDocument doc = open(out)) {
            String cover = body(doc).substring(0, body(doc).indexOf("BIÊN BẢN\n"));
            assertThat(cover).contains("ĐẢNG BỘ SỞ THÔNG TIN VÀ TRUYỀN THÔNG\nCHI BỘ VĂN PHÒNG").contains("SỔ BIÊN BẢN SINH HOẠT CHI BỘ")
                    .contains("NĂM 2026").contains("Từ ngày 05/08/2026 đến ngày 05/11/2026").contains("Gồm 4 biên bản");
            // the cover is the first page: its page break comes before the first minutes' header table
            assertThat(doc.getBodyElements().get(0)).isInstanceOf(XWPFParagraph.class);
            vn.sochibo.io.word.PageNumbersTest.assertFromPageTwo(doc);
        }
    }

    @Test
    void noAbsenceIsSaidInWordsAndAgendaItemsWithNothingRecordedAreLeftOut() throws IOException {
        Path out = dir.resolve("bien-ban.docx");
        services.minutes().writeMinutes(meetingOn("2026-08-05"), out);
        try (XWPFDocument doc = open(out)) {
            String body = body(doc);
            assertThat(body).contains("Vắng không có lý do: không.").doesNotContain("0 đồng chí");
            // of the sample's agenda only the dues item (the dues book's notice of the month before) and item 4 have
            // notes: they alone are printed, numbered 1 and 2
            assertThat(body).contains("II- NỘI DUNG\n1. Điểm danh đảng viên; thông báo tình hình đóng đảng phí\n"
                            + "Nội dung chính: Đảng phí tháng 07/2026: đã thu 11/11 đồng chí")
                    .contains("\n2. Đánh giá kết quả thực hiện nhiệm vụ tháng trước\nNội dung chính:")
                    .doesNotContain("Tuyên bố lý do").doesNotContain("Thông qua biên bản\n");
            assertThat(body).contains("III- NGHỊ QUYẾT").contains("IV- PHÂN CÔNG");
        }
    }

    @Test
    void anEditedTemplateIsUsedAndABrokenOneFallsBackToTheBuiltIn() throws IOException {
        Path userTemplate = dir.resolve("data").resolve("templates").resolve("minutes.docx");
        MinutesService minutes = new MinutesService(services.meetings(), new MinutesDocumentWriter(), userTemplate);
        Path exported = dir.resolve("mau.docx");
        minutes.exportBuiltInTemplate(exported);
        // the clerk's edit: the title in another wording
        try (XWPFDocument doc = open(exported)) {
            XWPFParagraph title = doc.getParagraphs().stream().filter(p -> p.getText().equals("BIÊN BẢN")).findFirst().orElseThrow();
            title.getRuns().get(0).setText("BIÊN BẢN HỌP", 0);
            try (var os = Files.newOutputStream(exported)) {
                doc.write(os);
            }
        }
        minutes.installUserTemplate(exported);
        Path out = dir.resolve("edited.docx");
        assertThat(minutes.writeMinutes(meetingOn("2026-11-05"), out).templateFellBack()).isFalse();
        try (XWPFDocument doc = open(out)) {
            assertThat(body(doc)).contains("BIÊN BẢN HỌP");
        }
        // a file that is no .docx is refused when put back ...
        Path junk = dir.resolve("junk.docx");
        Files.writeString(junk, "not a document");
        assertThatThrownBy(() -> minutes.installUserTemplate(junk)).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("meeting.template.error.notDocx"));
        // ... and so is a .docx whose placeholder Word split into two runs
        Path split = dir.resolve("split.docx");
        try (XWPFDocument doc = open(exported)) {
            XWPFParagraph subject = doc.getParagraphs().stream().filter(p -> p.getText().equals("{{subject}}")).findFirst().orElseThrow();
            subject.getRuns().get(0).setText("{{sub", 0);
            subject.createRun().setText("ject}}");
            try (var os = Files.newOutputStream(split)) {
                doc.write(os);
            }
        }
        assertThatThrownBy(() -> minutes.installUserTemplate(split)).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).args()).containsExactly("{{subject}}", "split.docx"));
        // ... and one broken afterwards (file damaged on disk) gives the built-in layout with a reason
        Files.writeString(userTemplate, "damaged");
        MinutesService.Exported fallback = minutes.writeMinutes(meetingOn("2026-11-05"), out);
        assertThat(fallback.templateFellBack()).isTrue();
        try (XWPFDocument doc = open(out)) {
            assertThat(body(doc)).contains("BIÊN BẢN\n").doesNotContain("BIÊN BẢN HỌP");
        }
    }

    @Test
    void writesTheSampleMinutesForALookWhenAskedTo() throws IOException {
        String target = System.getProperty("sochibo.minutesOut");
        if (target != null) {
            services.minutes().writeMinutes(meetingOn("2026-10-05"), Path.of(target, "bien-ban-mau.docx"));
            services.minutes().writeBook("Chi bộ Văn phòng", 2026, Path.of(target, "so-bien-ban-2026.docx"));
        }
        assertThat(services.meetings().list()).hasSize(4);
    }

    @Test
    void theBuiltInTemplateHasEveryPlaceholderInASingleRun() {
        assertThat(MinutesDocumentWriter.check(new MinutesDocumentWriter().builtInTemplate())).isNull();
    }

    @Test
    void placeDateLinesTakeLeadingZerosForDaysBelowTenAndJanuaryAndFebruary() {
        assertThat(MinutesComposer.placeDate("Thanh Hóa", LocalDate.of(2026, 2, 5))).isEqualTo("Thanh Hóa, ngày 05 tháng 02 năm 2026");
        assertThat(MinutesComposer.placeDate("Thanh Hóa", LocalDate.of(2026, 11, 22))).isEqualTo("Thanh Hóa, ngày 22 tháng 11 năm 2026");
        assertThat(MinutesComposer.placeDate("Hà Nội", LocalDate.of(2026, 3, 9))).isEqualTo("Hà Nội, ngày 09 tháng 3 năm 2026");
    }
}
