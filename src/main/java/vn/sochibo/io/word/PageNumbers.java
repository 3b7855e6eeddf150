package vn.sochibo.io.word;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Page numbers of a Party document: from page 2 onward, at the top centre, Times New Roman 14; the first page
 * carries none (src/site/rules.md, "Văn bản của Đảng: thể thức và số văn bản", page numbers).
 */
public final class PageNumbers {

    private PageNumbers() {
    }

    /**
     * Adds the page number field to the top centre of every page but the first. A document whose template
     * already has a header of its own (a user's template) is left as it is.
     *
     * @param doc the document, before it is written
     */
    public static void fromSecondPage(XWPFDocument doc) {
        var policy = doc.getHeaderFooterPolicy();
        if (!doc.getHeaderList().isEmpty() || policy != null && policy.getDefaultHeader() != null) {
            return;
        }
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = header.getParagraphs().isEmpty() ? header.createParagraph()
                : header.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(paragraph).getCTR().addNewInstrText().setStringValue(" PAGE ");
        run(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(paragraph).setText("2");
        run(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static XWPFRun run(XWPFParagraph paragraph) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(14);
        return run;
    }
}
