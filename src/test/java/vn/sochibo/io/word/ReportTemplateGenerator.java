package vn.sochibo.io.word;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Builds {@code src/main/resources/templates/report.docx}, the built-in template of a chi bộ's own documents
 * (báo cáo, danh sách …) in the Party layout, with the minutes template's page, fonts and header: the type and
 * subject lines, a body loop, a table, a closing loop, then "Nơi nhận" on the left and the "T/M CHI BỘ" signature on
 * the right. Every {@code {{placeholder}}} is one run. Run {@code main} and commit the result; {@code
 * PartyReportWriterTest} checks the committed file.
 */
public final class ReportTemplateGenerator {

    private ReportTemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Paths.get(args.length > 0 ? args[0] : "src/main/resources/templates/report.docx");
        try (XWPFDocument doc = build(); OutputStream stream = Files.newOutputStream(out)) {
            doc.write(stream);
        }
        System.out.println("wrote " + out.toAbsolutePath());
    }

    static XWPFDocument build() {
        XWPFDocument doc = new XWPFDocument();
        MinutesTemplateGenerator.defaults(doc);
        MinutesTemplateGenerator.page(doc);
        // poi-tl reads the gutter to size a table in percent of the text width
        doc.getDocument().getBody().getSectPr().getPgMar().setGutter(java.math.BigInteger.ZERO);
        int width = MinutesTemplateGenerator.TEXT_WIDTH;

        XWPFTable header = MinutesTemplateGenerator.borderless(doc, 3900, width - 3900);
        XWPFTableCell left = header.getRow(0).getCell(0);
        MinutesTemplateGenerator.line(left.getParagraphs().get(0), "{{upperBody}}", 14, false, false, false);
        MinutesTemplateGenerator.line(left.addParagraph(), "{{issuer}}", 14, true, false, false);
        MinutesTemplateGenerator.line(left.addParagraph(), "*", 14, false, false, false);
        MinutesTemplateGenerator.line(left.addParagraph(), "{{number}}", 14, false, false, false);
        XWPFTableCell right = header.getRow(0).getCell(1);
        MinutesTemplateGenerator.line(right.getParagraphs().get(0), "ĐẢNG CỘNG SẢN VIỆT NAM", 15, true, false, true);
        MinutesTemplateGenerator.line(right.addParagraph(), "", 14, false, false, false);
        MinutesTemplateGenerator.line(right.addParagraph(), "", 14, false, false, false);
        MinutesTemplateGenerator.line(right.addParagraph(), "{{placeDate}}", 14, false, true, false);

        MinutesTemplateGenerator.line(doc.createParagraph(), "", 14, false, false, false);
        MinutesTemplateGenerator.line(doc.createParagraph(), "{{kind}}", 16, true, false, false);
        MinutesTemplateGenerator.line(doc.createParagraph(), "{{subject}}", 14, true, false, false);
        MinutesTemplateGenerator.line(doc.createParagraph(), "-----", 14, false, false, false);
        MinutesTemplateGenerator.line(doc.createParagraph(), "", 14, false, false, false);

        MinutesTemplateGenerator.body(doc.createParagraph(), "{{?body}}");
        MinutesTemplateGenerator.body(doc.createParagraph(), "{{text}}");
        MinutesTemplateGenerator.body(doc.createParagraph(), "{{/body}}");
        MinutesTemplateGenerator.line(doc.createParagraph(), "{{#table}}", 13, false, false, false);
        MinutesTemplateGenerator.body(doc.createParagraph(), "{{?closing}}");
        MinutesTemplateGenerator.body(doc.createParagraph(), "{{text}}");
        MinutesTemplateGenerator.body(doc.createParagraph(), "{{/closing}}");

        MinutesTemplateGenerator.line(doc.createParagraph(), "", 14, false, false, false);
        XWPFTable signatures = MinutesTemplateGenerator.borderless(doc, width * 9 / 20, width - width * 9 / 20);
        XWPFTableCell recipients = signatures.getRow(0).getCell(0);
        leftLine(recipients.getParagraphs().get(0), "Nơi nhận:", 12, true);
        leftLine(recipients.addParagraph(), "{{recipients}}", 11, false);
        XWPFTableCell sign = signatures.getRow(0).getCell(1);
        MinutesTemplateGenerator.line(sign.getParagraphs().get(0), "{{onBehalf}}", 14, true, false, false);
        MinutesTemplateGenerator.line(sign.addParagraph(), "{{role}}", 14, true, false, false);
        for (int i = 0; i < 4; i++) {
            MinutesTemplateGenerator.line(sign.addParagraph(), "", 14, false, false, false);
        }
        MinutesTemplateGenerator.line(sign.addParagraph(), "{{signer}}", 14, true, false, false);
        return doc;
    }

    private static void leftLine(XWPFParagraph p, String text, int size, boolean underline) {
        MinutesTemplateGenerator.line(p, text, size, false, underline, underline);
        p.setAlignment(ParagraphAlignment.LEFT);
    }
}
