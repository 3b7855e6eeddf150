package vn.sochibo.election.doc;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.sochibo.common.UserFacingException;

/**
 * Writes a ballot paper (.docx, A4, Times New Roman): as many ballots as fit on one A4 sheet, one under the
 * other with a dashed cut line between; each has the header with room for the counting board's stamp at the top
 * left, the title, the subject and the round, then the names: one column of names to cross out for a list with surplus, or four
 * columns STT | Họ và tên | Đồng ý | Không đồng ý for a list without surplus (src/site/rules.md, "Bầu cử tại đại hội chi bộ": ballots).
 */
public final class BallotPaperDocumentWriter {

    private static final String FONT = "Times New Roman";

    /**
     * Writes the ballot paper (replacing the file).
     *
     * @param paper what to print
     * @param file  the .docx
     * @throws UserFacingException if the file cannot be written
     */
    public void write(BallotPaper paper, Path file) {
        try (XWPFDocument doc = build(paper); OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        } catch (IOException e) {
            throw new UserFacingException("election.export.error.write", e, file.toString(), e.getMessage());
        }
    }

    /** Usable height of the A4 sheet between the 10 mm top and bottom margins, in twentieths of a point. */
    private static final int USABLE_HEIGHT = 16838 - 2 * 567;

    /**
     * How many ballots of {@code names} names fit on one A4 sheet, one under the other with a cut line between
     * (src/site/rules.md, "Bầu cử tại đại hội chi bộ", ballots): a generous estimate of a ballot's height (header,
     * title, subject, round, one row per name, the note), so a ballot never runs onto the next sheet.
     */
    static int perSheet(int names) {
        // measured on the rendered sheet: about 2,900 twips besides the table's rows (a header line may wrap)
        int ballot = 3100 + (names + 1) * 440;
        int cut = 520;
        return Math.max(1, Math.min(4, (USABLE_HEIGHT + cut) / (ballot + cut)));
    }

    static XWPFDocument build(BallotPaper paper) {
        XWPFDocument doc = new XWPFDocument();
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        sect.addNewPgSz().setW(BigInteger.valueOf(11906));
        sect.getPgSz().setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(567));
        margins.setBottom(BigInteger.valueOf(567));
        margins.setLeft(BigInteger.valueOf(1134));
        margins.setRight(BigInteger.valueOf(850));
        int count = perSheet(paper.names().size());
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                XWPFParagraph cut = doc.createParagraph();
                cut.setSpacingBefore(160);
                cut.setSpacingAfter(160);
                line(cut, paper.cutLine(), false, false, 10);
            }
            ballot(doc, paper);
        }
        return doc;
    }

    private static void ballot(XWPFDocument doc, BallotPaper paper) {
        XWPFTable header = doc.createTable(1, 2);
        header.removeBorders();
        header.setWidth("100%");
        XWPFTableCell left = header.getRow(0).getCell(0);
        line(left.getParagraphs().get(0), paper.upperBody(), false, false, 12);
        line(left.addParagraph(), paper.branchName(), true, false, 12);
        line(left.addParagraph(), "*", false, false, 12);
        XWPFTableCell right = header.getRow(0).getCell(1);
        XWPFRun party = line(right.getParagraphs().get(0), "ĐẢNG CỘNG SẢN VIỆT NAM", true, false, 13);
        party.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);

        line(doc.createParagraph(), paper.title(), true, false, 15).getParagraph().setSpacingBefore(80);
        line(doc.createParagraph(), paper.subject(), true, false, 13);
        // the round on every ballot: a round-2 ballot is told from a round-1 ballot at a glance
        line(doc.createParagraph(), paper.round(), true, true, 13).getParagraph().setSpacingAfter(80);

        int columns = paper.crossingOut() ? 2 : 4;
        XWPFTable table = doc.createTable(paper.names().size() + 1, columns);
        table.setWidth("100%");
        String[] heads = paper.crossingOut() ? new String[] {"STT", "Họ và tên"}
                : new String[] {"STT", "Họ và tên", "Đồng ý", "Không đồng ý"};
        int[] widths = paper.crossingOut() ? new int[] {1000, 8922} : new int[] {900, 5222, 1900, 1900};
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = table.getRow(0).getCell(c);
            cell.setWidth(String.valueOf(widths[c]));
            line(cell.getParagraphs().get(0), heads[c], true, false, 13);
        }
        for (int i = 0; i < paper.names().size(); i++) {
            table.getRow(i + 1).setHeight(440);
            table.getRow(i + 1).setCantSplitRow(true);
            line(table.getRow(i + 1).getCell(0).getParagraphs().get(0), String.valueOf(i + 1), false, false, 13);
            XWPFParagraph name = table.getRow(i + 1).getCell(1).getParagraphs().get(0);
            line(name, paper.names().get(i), true, false, 14);
            name.setAlignment(ParagraphAlignment.LEFT);
            name.setIndentationLeft(200);
        }
        XWPFParagraph note = doc.createParagraph();
        note.setSpacingBefore(80);
        note.setSpacingAfter(0);
        XWPFRun noteRun = note.createRun();
        noteRun.setText(paper.instruction());
        noteRun.setItalic(true);
        noteRun.setFontFamily(FONT);
        noteRun.setFontSize(12);
    }

    private static XWPFRun line(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        return run;
    }
}
