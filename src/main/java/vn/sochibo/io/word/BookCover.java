package vn.sochibo.io.word;

import java.util.List;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;

/**
 * The cover page of a book of minutes (src/site/rules.md, "Văn bản của Đảng: thể thức và số văn bản", the book of
 * minutes): the upper body and the branch at the top left as in a Party document's header, "ĐẢNG CỘNG SẢN VIỆT NAM",
 * then the book's title, its year, the dates it spans and how many minutes it holds. Already worded by the caller.
 *
 * @param upperBody the direct upper Party body, capitals
 * @param issuer    the chi bộ, capitals
 * @param party     "ĐẢNG CỘNG SẢN VIỆT NAM"
 * @param title     "SỔ BIÊN BẢN SINH HOẠT CHI BỘ"
 * @param year      "NĂM 2026"
 * @param period    "Từ ngày 05/8/2026 đến ngày 05/11/2026"
 * @param count     "Gồm 4 biên bản"
 */
public record BookCover(String upperBody, String issuer, String party, String title, String year, String period,
        String count) {

    /** Puts the cover before the first page of {@code doc}, followed by a page break. */
    public void prependTo(XWPFDocument doc) {
        List<Line> lines = List.of(new Line(upperBody, false, false, 14, 0), new Line(issuer, true, false, 14, 0),
                new Line("*", false, false, 14, 0), new Line(party, true, false, 15, 2400),
                new Line(title, true, false, 22, 2400), new Line(year, true, false, 18, 240),
                new Line(period, false, true, 14, 1200), new Line(count, false, true, 14, 120));
        IBodyElement first = doc.getBodyElements().get(0);
        for (Line line : lines) {
            line.write(before(doc, first));
        }
        before(doc, first).createRun().addBreak(BreakType.PAGE);
    }

    /** A new paragraph just before {@code anchor}: the cover's lines stay in the order they are inserted. */
    private static XWPFParagraph before(XWPFDocument doc, IBodyElement anchor) {
        XmlCursor cursor = anchor instanceof XWPFTable table ? table.getCTTbl().newCursor()
                : ((XWPFParagraph) anchor).getCTP().newCursor();
        XWPFParagraph paragraph = doc.insertNewParagraph(cursor);
        cursor.dispose();
        return paragraph;
    }

    private record Line(String text, boolean bold, boolean italic, int size, int spaceBefore) {

        void write(XWPFParagraph paragraph) {
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            paragraph.setSpacingBefore(spaceBefore);
            paragraph.setSpacingAfter(0);
            XWPFRun run = paragraph.createRun();
            run.setText(text);
            run.setBold(bold);
            run.setItalic(italic);
            run.setFontFamily("Times New Roman");
            run.setFontSize(size);
        }
    }
}
