package vn.sochibo.io.word;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Builds {@code src/main/resources/templates/minutes.docx}, the built-in minutes template in the Party layout
 * (src/site/rules.md, "Văn bản của Đảng"): A4, margins 20/20/30/15 mm, Times New Roman 14, a borderless two-column
 * header, the title, a body loop and two signature columns. Every {@code {{placeholder}}} is written as one run. Run
 * with {@code main} and commit the result; {@link MinutesTemplateTest} checks the committed file.
 */
public final class MinutesTemplateGenerator {

    private static final String FONT = "Times New Roman";
    /** A4 text width in twips: 210 − 30 − 15 = 165 mm. */
    static final int TEXT_WIDTH = 9355;

    private MinutesTemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Paths.get(args.length > 0 ? args[0] : "src/main/resources/templates/minutes.docx");
        try (XWPFDocument doc = build(); OutputStream stream = Files.newOutputStream(out)) {
            doc.write(stream);
        }
        System.out.println("wrote " + out.toAbsolutePath());
    }

    static XWPFDocument build() {
        XWPFDocument doc = new XWPFDocument();
        defaults(doc);
        page(doc);

        // wide enough for "CHI BỘ PHÒNG HÀNH CHÍNH" on one line; the lines are centred, so no inner margin
        XWPFTable header = borderless(doc, 4300, TEXT_WIDTH - 4300);
        header.getCTTbl().getTblPr().addNewTblCellMar().addNewLeft().setW(java.math.BigInteger.ZERO);
        header.getCTTbl().getTblPr().getTblCellMar().getLeft().setType(STTblWidth.DXA);
        header.getCTTbl().getTblPr().getTblCellMar().addNewRight().setW(java.math.BigInteger.ZERO);
        header.getCTTbl().getTblPr().getTblCellMar().getRight().setType(STTblWidth.DXA);
        XWPFTableCell left = header.getRow(0).getCell(0);
        line(left.getParagraphs().get(0), "{{upperBody}}", 14, false, false, false);
        line(left.addParagraph(), "{{issuer}}", 14, true, false, false);
        line(left.addParagraph(), "*", 14, false, false, false);
        line(left.addParagraph(), "{{number}}", 14, false, false, false);
        XWPFTableCell right = header.getRow(0).getCell(1);
        line(right.getParagraphs().get(0), "ĐẢNG CỘNG SẢN VIỆT NAM", 15, true, false, true);
        line(right.addParagraph(), "", 14, false, false, false);
        line(right.addParagraph(), "", 14, false, false, false);
        line(right.addParagraph(), "{{placeDate}}", 14, false, true, false);

        line(doc.createParagraph(), "", 14, false, false, false);
        line(doc.createParagraph(), "BIÊN BẢN", 16, true, false, false);
        line(doc.createParagraph(), "{{subject}}", 14, true, false, false);
        line(doc.createParagraph(), "-----", 14, false, false, false);
        line(doc.createParagraph(), "", 14, false, false, false);

        body(doc.createParagraph(), "{{?body}}");
        body(doc.createParagraph(), "{{text}}");
        body(doc.createParagraph(), "{{/body}}");

        line(doc.createParagraph(), "", 14, false, false, false);
        XWPFTable signatures = borderless(doc, TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2);
        signature(signatures.getRow(0).getCell(0), "NGƯỜI GHI BIÊN BẢN", "{{secretary}}");
        signature(signatures.getRow(0).getCell(1), "CHỦ TRÌ HỘI NGHỊ", "{{chair}}");
        return doc;
    }

    static void defaults(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(28));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(28));
        rpr.addNewLang().setVal("vi-VN");
        doc.createStyles().setStyles(styles);
    }

    static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(851));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    static XWPFTable borderless(XWPFDocument doc, int leftWidth, int rightWidth) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        int[] widths = {leftWidth, rightWidth};
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() < 2) {
            grid.addNewGridCol();
        }
        for (int i = 0; i < 2; i++) {
            XWPFTableCell cell = table.getRow(0).getCell(i);
            CTTblWidth w = cell.getCTTc().addNewTcPr().addNewTcW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(widths[i]));
            grid.getGridColArray(i).setW(BigInteger.valueOf(widths[i]));
        }
        return table;
    }

    static void line(XWPFParagraph p, String text, int size, boolean bold, boolean italic, boolean underline) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        if (underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        run.setText(text);
    }

    static void body(XWPFParagraph p, String text) {
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        p.setSpacingBefore(0);
        p.setSpacingAfter(60);
        p.setSpacingBetween(19, LineSpacingRule.EXACT);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(14);
        run.setText(text);
    }

    static void signature(XWPFTableCell cell, String title, String name) {
        line(cell.getParagraphs().get(0), title, 14, true, false, false);
        for (int i = 0; i < 4; i++) {
            line(cell.addParagraph(), "", 14, false, false, false);
        }
        line(cell.addParagraph(), name, 14, true, false, false);
    }
}
