package vn.sochibo.election.doc;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Generates {@code src/main/resources/templates/count-record.docx}, the count record template in the Party
 * layout (A4; margins 20/20/30/15 mm; Times New Roman 14). Run once after changing the layout, then commit the
 * .docx: {@code java -cp target/test-classes:target/classes:<deps> vn.sochibo.election.doc.CountRecordTemplateGenerator}.
 */
public final class CountRecordTemplateGenerator {

    private static final String FONT = "Times New Roman";

    private CountRecordTemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Paths.get(args.length > 0 ? args[0] : "src/main/resources/templates/count-record.docx");
        try (XWPFDocument doc = build(); OutputStream out = Files.newOutputStream(target)) {
            doc.write(out);
        }
    }

    static XWPFDocument build() {
        XWPFDocument doc = new XWPFDocument();
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(850));

        XWPFTable header = doc.createTable(1, 2);
        header.removeBorders();
        header.setTableAlignment(TableRowAlign.CENTER);
        header.setWidth("100%");
        XWPFTableCell left = header.getRow(0).getCell(0);
        left.setWidth("42%");
        line(left.getParagraphs().get(0), "{{upperBody}}", false, false, 14, ParagraphAlignment.CENTER);
        line(left.addParagraph(), "{{branchName}}", true, false, 14, ParagraphAlignment.CENTER);
        line(left.addParagraph(), "*", false, false, 14, ParagraphAlignment.CENTER);
        line(left.addParagraph(), "{{number}}", false, false, 14, ParagraphAlignment.CENTER);
        XWPFTableCell right = header.getRow(0).getCell(1);
        grid(header, 3900, 5455);
        right.setWidth("58%");
        XWPFParagraph party = right.getParagraphs().get(0);
        XWPFRun partyRun = line(party, "ĐẢNG CỘNG SẢN VIỆT NAM", true, false, 15, ParagraphAlignment.CENTER);
        partyRun.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        line(right.addParagraph(), "", false, false, 8, ParagraphAlignment.CENTER);
        line(right.addParagraph(), "{{placeDate}}", false, true, 14, ParagraphAlignment.CENTER);

        line(doc.createParagraph(), "", false, false, 14, ParagraphAlignment.CENTER);
        line(doc.createParagraph(), "BIÊN BẢN KIỂM PHIẾU", true, false, 16, ParagraphAlignment.CENTER);
        line(doc.createParagraph(), "{{subject}}", true, false, 14, ParagraphAlignment.CENTER);
        line(doc.createParagraph(), "-----", false, false, 14, ParagraphAlignment.CENTER);

        body(doc, "{{opening}}");
        heading(doc, "I- BAN KIỂM PHIẾU");
        body(doc, "- Trưởng ban: ", "{{boardHead}}");
        body(doc, "- Các ủy viên: ", "{{boardMembers}}");
        heading(doc, "II- SỐ LƯỢNG CẦN BẦU VÀ DANH SÁCH BẦU CỬ");
        body(doc, "{{seats}}");
        body(doc, "Danh sách bầu cử (xếp theo vần A, B, C):");
        lines(doc, "{{list}}");
        heading(doc, "III- SỐ ĐẢNG VIÊN LÀM CĂN CỨ TÍNH KẾT QUẢ");
        body(doc, "- Đảng viên chính thức được triệu tập: ", "{{official}}");
        body(doc, "- Trừ số được giới thiệu sinh hoạt tạm thời ở đảng bộ khác: ", "{{subElsewhere}}");
        body(doc, "- Trừ số miễn công tác và sinh hoạt đảng vắng mặt: ", "{{subExempt}}");
        body(doc, "- Trừ số bị đình chỉ sinh hoạt đảng: ", "{{subSuspended}}");
        body(doc, "- Trừ số bị khởi tố, truy tố, tạm giam: ", "{{subProsecuted}}");
        body(doc, "- Trừ số vắng mặt cả buổi có lý do được cấp ủy triệu tập chấp nhận: ", "{{subExcused}}");
        XWPFParagraph n = body(doc, "- Số đảng viên làm căn cứ tính kết quả (N): ", "{{base}}");
        n.getRuns().forEach(r -> r.setBold(true));
        body(doc, "- Đảng viên chính thức có mặt, được nhận phiếu: ", "{{present}}");
        body(doc, "{{votesNeeded}}");
        heading(doc, "IV- KẾT QUẢ KIỂM PHIẾU");
        lines(doc, "{{ballots}}");

        XWPFTable table = doc.createTable(2, 6);
        table.setWidth("100%");
        String[] heads = {"STT", "Họ và tên", "Số phiếu", "Tỷ lệ % so với N", "Tỷ lệ % so với phiếu hợp lệ",
            "Kết quả"};
        String[] cells = {"[rank]", "[name]", "[votes]", "[pctBase]", "[pctValid]", "[outcome]"};
        String[] widths = {"8%", "32%", "12%", "14%", "16%", "18%"};
        for (int c = 0; c < 6; c++) {
            XWPFTableCell head = table.getRow(0).getCell(c);
            head.setWidth(widths[c]);
            line(head.getParagraphs().get(0), heads[c], true, false, 12, ParagraphAlignment.CENTER);
            XWPFTableCell cell = table.getRow(1).getCell(c);
            cell.setWidth(widths[c]);
            line(cell.getParagraphs().get(0), cells[c], false, false, 13,
                    c == 1 || c == 5 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
        }
        grid(table, 700, 3000, 1000, 1400, 1500, 1755);
        // the loop tag sits in the row above the row it repeats, in its own run
        run(table.getRow(0).getCell(0).getParagraphs().get(0), "{{rows}}", true, false, 12);

        heading(doc, "V- KẾT QUẢ BẦU CỬ");
        body(doc, "Các đồng chí trúng cử (theo thứ tự số phiếu từ cao xuống thấp):");
        XWPFParagraph elected = lines(doc, "{{elected}}");
        elected.getRuns().forEach(r -> r.setBold(true));
        lines(doc, "{{notes}}");
        body(doc, "Việc kiểm phiếu kết thúc lúc ", "{{endedAt}}",
                ". Ban kiểm phiếu đã niêm phong toàn bộ phiếu bầu và giao cho Đoàn Chủ tịch đại hội.");

        line(doc.createParagraph(), "", false, false, 14, ParagraphAlignment.CENTER);
        XWPFTable sign = doc.createTable(1, 2);
        sign.removeBorders();
        sign.setWidth("100%");
        XWPFTableCell members = sign.getRow(0).getCell(0);
        members.setWidth("50%");
        line(members.getParagraphs().get(0), "CÁC ỦY VIÊN", true, false, 14, ParagraphAlignment.CENTER);
        line(members.addParagraph(), "", false, false, 14, ParagraphAlignment.CENTER);
        line(members.addParagraph(), "", false, false, 14, ParagraphAlignment.CENTER);
        line(members.addParagraph(), "", false, false, 14, ParagraphAlignment.CENTER);
        line(members.addParagraph(), "{{boardSignature}}", true, false, 14, ParagraphAlignment.CENTER);
        grid(sign, 4677, 4678);
        XWPFTableCell head = sign.getRow(0).getCell(1);
        head.setWidth("50%");
        line(head.getParagraphs().get(0), "T/M BAN KIỂM PHIẾU", true, false, 14, ParagraphAlignment.CENTER);
        line(head.addParagraph(), "TRƯỞNG BAN", true, false, 14, ParagraphAlignment.CENTER);
        line(head.addParagraph(), "", false, false, 14, ParagraphAlignment.CENTER);
        line(head.addParagraph(), "", false, false, 14, ParagraphAlignment.CENTER);
        line(head.addParagraph(), "{{boardHead}}", true, false, 14, ParagraphAlignment.CENTER);
        return doc;
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        spacing(p);
        p.setSpacingBefore(120);
        run(p, text, true, false, 14);
    }

    private static XWPFParagraph body(XWPFDocument doc, String... parts) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        spacing(p);
        for (String part : parts) {
            run(p, part, false, false, 14);
        }
        return p;
    }

    /** A paragraph whose placeholder holds several lines: left-aligned, so line breaks do not stretch words. */
    private static XWPFParagraph lines(XWPFDocument doc, String tag) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.LEFT);
        p.setIndentationLeft(567);
        spacing(p);
        run(p, tag, false, false, 14);
        return p;
    }

    private static void grid(XWPFTable table, int... twips) {
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (var row : table.getRows()) {
            for (int c = 0; c < twips.length; c++) {
                row.getCell(c).setWidth(String.valueOf(twips[c]));
            }
        }
    }

    private static void spacing(XWPFParagraph p) {
        p.setSpacingBetween(19, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        p.setSpacingAfter(60);
    }

    private static XWPFRun line(XWPFParagraph p, String text, boolean bold, boolean italic, int size,
            ParagraphAlignment alignment) {
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        return run(p, text, bold, italic, size);
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        return run;
    }
}
