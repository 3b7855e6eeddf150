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
 * Builds {@code src/main/resources/templates/party-document.docx}, the built-in template of a chi bộ's own
 * documents (resolutions, summaries of opinions) in the Party layout, with the page, header and body of the minutes
 * template ({@link MinutesTemplateGenerator}): the type name and subject, the body loop, then "Nơi nhận" on the
 * left (underlined label, a loop of recipients) and the signature, kept on one page, "T/M CHI BỘ / BÍ THƯ / name" on the right. Every
 * {@code {{placeholder}}} is one run. Run with {@code main} and commit the result; {@link PartyDocumentWriterTest}
 * checks the committed file.
 */
public final class PartyDocumentTemplateGenerator {

    private PartyDocumentTemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Paths.get(args.length > 0 ? args[0] : "src/main/resources/templates/party-document.docx");
        try (XWPFDocument doc = build(); OutputStream stream = Files.newOutputStream(out)) {
            doc.write(stream);
        }
        System.out.println("wrote " + out.toAbsolutePath());
    }

    static XWPFDocument build() {
        XWPFDocument doc = new XWPFDocument();
        MinutesTemplateGenerator.defaults(doc);
        MinutesTemplateGenerator.page(doc);

        XWPFTable header = MinutesTemplateGenerator.borderless(doc, 3900, MinutesTemplateGenerator.TEXT_WIDTH - 3900);
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
        MinutesTemplateGenerator.line(doc.createParagraph(), "{{title}}", 16, true, false, false);
        MinutesTemplateGenerator.line(doc.createParagraph(), "{{subject}}", 14, true, false, false);
        MinutesTemplateGenerator.line(doc.createParagraph(), "-----", 14, false, false, false);
        MinutesTemplateGenerator.line(doc.createParagraph(), "", 14, false, false, false);

        MinutesTemplateGenerator.body(doc.createParagraph(), "{{?body}}");
        MinutesTemplateGenerator.body(doc.createParagraph(), "{{text}}");
        MinutesTemplateGenerator.body(doc.createParagraph(), "{{/body}}");

        MinutesTemplateGenerator.line(doc.createParagraph(), "", 14, false, false, false);
        int half = MinutesTemplateGenerator.TEXT_WIDTH / 2;
        XWPFTable end = MinutesTemplateGenerator.borderless(doc, half, MinutesTemplateGenerator.TEXT_WIDTH - half);
        end.getRow(0).setCantSplitRow(true); // the signature never parts from its title across a page break
        XWPFTableCell recipients = end.getRow(0).getCell(0);
        recipient(recipients.getParagraphs().get(0), "Nơi nhận:", true);
        recipient(recipients.addParagraph(), "{{?recipients}}", false);
        recipient(recipients.addParagraph(), "{{line}}", false);
        recipient(recipients.addParagraph(), "{{/recipients}}", false);
        XWPFTableCell sign = end.getRow(0).getCell(1);
        MinutesTemplateGenerator.line(sign.getParagraphs().get(0), "{{signOnBehalf}}", 14, true, false, false);
        MinutesTemplateGenerator.line(sign.addParagraph(), "{{signTitle}}", 14, true, false, false);
        for (int i = 0; i < 4; i++) {
            MinutesTemplateGenerator.line(sign.addParagraph(), "", 14, false, false, false);
        }
        MinutesTemplateGenerator.line(sign.addParagraph(), "{{signer}}", 14, true, false, false);
        return doc;
    }

    /** A left-aligned line of the recipients block, size 12; the label underlined. */
    private static void recipient(XWPFParagraph p, String text, boolean label) {
        MinutesTemplateGenerator.line(p, text, 12, false, false, label);
        p.setAlignment(ParagraphAlignment.LEFT);
        if (label) {
            p.getRuns().get(0).setItalic(false);
        }
    }
}
