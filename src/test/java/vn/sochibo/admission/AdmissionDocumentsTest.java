package vn.sochibo.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.admission.service.AdmissionDocumentService;
import vn.sochibo.admission.service.AdmissionDocumentService.Document;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.core.Services;
import vn.sochibo.io.word.PartyDocumentWriter;
import vn.sochibo.storage.DataLocation;

/**
 * The chi bộ's own admission documents as real .docx files from the sample branch: the Party layout's header,
 * number, title, body, recipients and signature; the branch's own template used, a broken one refused.
 * With {@code -Dsochibo.docsOut=DIR} the four documents are also written there (to look at them through LibreOffice).
 */
class AdmissionDocumentsTest {

    @TempDir
    Path dir;
    private Services services;

    @BeforeEach
    void open() {
        services = Services.open(DataLocation.at(dir.resolve("data")), TestClocks.FIXED);
        services.samples().load(true);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private long id(String name) {
        return services.admissions().list().stream().filter(r -> r.fullName().equals(name)).findFirst().orElseThrow().id();
    }

    private static String text(XWPFDocument doc) {
        StringBuilder all = new StringBuilder();
        for (XWPFTable t : doc.getTables()) {
            t.getRows().forEach(r -> r.getTableCells().forEach(c -> all.append(c.getText()).append('\n')));
        }
        all.append(doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")));
        return all.toString();
    }

    private XWPFDocument write(String name, Document d, Integer number) throws Exception {
        Path out = dir.resolve("mau-" + d.form() + ".docx");
        AdmissionDocumentService.Written w = services.admissionDocuments().write(id(name), d, number, out);
        assertThat(w.templateProblem()).isNull();
        String copyTo = System.getProperty("sochibo.docsOut");
        if (copyTo != null) {
            Files.copy(out, Path.of(copyTo).resolve(out.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (InputStream in = Files.newInputStream(out)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    @DisplayName("Mẫu 6: the resolution proposing admission, numbered, with N, the count, the old certificate's acceptance")
    void resolutionProposingAdmission() throws Exception {
        try (XWPFDocument doc = write("Lê Văn Hậu", Document.RESOLUTION_ADMISSION, 3)) {
            String all = text(doc);
            assertThat(all).contains("ĐẢNG BỘ SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "CHI BỘ VĂN PHÒNG", "Số 03-NQ/CB",
                    "ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Hóa, ngày 05 tháng 11 năm 2026", "NGHỊ QUYẾT", "Đề nghị kết nạp đảng viên",
                    "Căn cứ Điều lệ Đảng Cộng sản Việt Nam", "294-QĐ/TW", "quần chúng Lê Văn Hậu",
                    "Số đảng viên chính thức phải triệu tập (N): 8", "8/8 đồng chí, đạt 100,00%", "Nơi nhận:", "Lưu Chi bộ.",
                    "T/M CHI BỘ", "BÍ THƯ", "Trần Quốc Bảo");
            assertThat(all).doesNotContain("{{");
        }
    }

    @Test
    @DisplayName("Mẫu 5 and Mẫu 12: the chi ủy's summaries of opinions, signed T/M CHI ỦY, without a number")
    void summariesOfOpinions() throws Exception {
        try (XWPFDocument doc = write("Lê Văn Hậu", Document.OPINIONS_ADMISSION, null)) {
            String all = text(doc);
            assertThat(all).contains("TỔNG HỢP Ý KIẾN NHẬN XÉT", "đối với người xin vào Đảng", "15/15 đoàn viên",
                    "Chi bộ khu phố 5, phường Đông Quang", "T/M CHI ỦY", "ngày 16 tháng 10 năm 2026").doesNotContain("-NQ/CB");
        }
        try (XWPFDocument doc = write("Lê Thị Thu Trang", Document.OPINIONS_PROBATION, null)) {
            assertThat(text(doc)).contains("đối với đảng viên dự bị", "kết nạp vào Đảng ngày 10 tháng 12 năm 2025", "……");
        }
    }

    @Test
    @DisplayName("Mẫu 13 of a late vote: the official date is the end of probation and the explanation is printed")
    void resolutionOnALateFullMembership() throws Exception {
        String chiBo = "Chi bộ Phòng Bưu chính – Viễn thông";
        var prepared = services.meetings().prepare(chiBo, vn.sochibo.meeting.MeetingType.REGULAR, java.time.LocalDate.of(2026, 11, 20));
        var header = new vn.sochibo.meeting.MeetingDraft(vn.sochibo.meeting.MeetingType.REGULAR, prepared.header().subject(),
                java.time.LocalDate.of(2026, 11, 20), java.time.LocalTime.of(14, 0), java.time.LocalTime.of(16, 0), "Phòng họp tầng 3",
                "Lê Hoàng Anh", "Đỗ Thị Lan Hương", null, null);
        long meeting = services.meetings().save(new vn.sochibo.meeting.Meeting(0, header, chiBo, prepared.term(), prepared.number(),
                prepared.agenda(), prepared.roll(), List.of(), List.of()));
        long huy = id("Lê Quang Huy");
        int present = services.meetings().find(meeting).figures().votingPresent();
        services.admissionPipeline().recordVote(huy, VotePurpose.FULL_MEMBERSHIP, meeting, present - 1, 1, 0);
        services.admissions().recordStep(huy, new StepRecord(Step.LATE_EXPLANATION, java.time.LocalDate.of(2026, 11, 20), null,
                "Bí thư chi bộ đi công tác dài ngày, chi bộ họp ngay khi về.", null));
        try (XWPFDocument doc = write("Lê Quang Huy", Document.RESOLUTION_FULL, 12)) {
            assertThat(text(doc)).contains("Số 12-NQ/CB", "Đề nghị công nhận đảng viên chính thức", "đồng chí Lê Quang Huy",
                    "được kết nạp vào Đảng ngày 08 tháng 10 năm 2025", "tính từ ngày 08 tháng 10 năm 2026",
                    "hạn cuối ngày 19 tháng 11 năm 2026", "Bí thư chi bộ đi công tác", "Lê Hoàng Anh");
        }
    }

    @Test
    @DisplayName("Mẫu 13 needs a vote; the branch's own template is used, a broken one refused and nothing changes")
    void resolutionOnFullMembershipAndTemplates() throws Exception {
        assertThatThrownBy(() -> services.admissionDocuments().content(id("Lê Thị Thu Trang"), Document.RESOLUTION_FULL, null))
                .isInstanceOf(UserFacingException.class).hasMessage("admission.document.error.noVote");
        var own = services.admissionDocuments().template(Document.RESOLUTION_ADMISSION);
        Path exported = dir.resolve("mau.docx");
        own.exportBuiltIn(exported);
        assertThat(PartyDocumentWriter.inspect(Files.readAllBytes(exported)).usable()).isTrue();
        Path broken = dir.resolve("hong.docx");
        Files.write(broken, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> own.install(broken)).isInstanceOf(UserFacingException.class)
                .hasMessage("admission.template.error.notDocx");
        assertThat(own.present()).isFalse();
        own.install(exported);
        assertThat(own.present()).isTrue();
        try (XWPFDocument doc = write("Phạm Thu Trang", Document.RESOLUTION_ADMISSION, null)) {
            assertThat(text(doc)).contains("Số       -NQ/CB", "Thanh Hóa, ngày 04 tháng 9 năm 2026", "không tán thành: 1 đồng chí");
        }
        assertThat(services.admissionDocuments().available(services.admissions().find(id("Phạm Thu Trang"))))
                .containsExactly(Document.OPINIONS_ADMISSION, Document.RESOLUTION_ADMISSION);
        List<Document> all = List.of(Document.values());
        assertThat(all).hasSize(4);
    }
}
