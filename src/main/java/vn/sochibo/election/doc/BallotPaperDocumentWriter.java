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
 * Writes a ballot paper (.docx, A4, Times New Roman): the header with room for the counting board's stamp at
 * the top left, the title, then the names: one column of names to cross out for a list with surplus, or four
 * columns STT | Họ và tên | Đồng ý | Không đồng ý for a list without surplus (§1.5).
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

    static XWPFDocument build(BallotPaper paper) {
        XWPFDocument doc = new XWPFDocument();
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        sect.addNewPgSz().setW(BigInteger.valueOf(11906));
        sect.getPgSz().setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(850));

        XWPFTable header = doc.createTable(1, 2);
        header.removeBorders();
        header.setWidth("100%");
        XWPFTableCell left = header.getRow(0).getCell(0);
        line(left.getParagraphs().get(0), paper.upperBody(), false, false, 13);
        line(left.addParagraph(), paper.branchName(), true, false, 13);
        line(left.addParagraph(), "*", false, false, 13);
        XWPFTableCell right = header.getRow(0).getCell(1);
        XWPFRun party = line(right.getParagraphs().get(0), "ĐẢNG CỘNG SẢN VIỆT NAM", true, false, 14);
        party.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);

        line(doc.createParagraph(), "", false, false, 13);
        line(doc.createParagraph(), paper.title(), true, false, 16);
        line(doc.createParagraph(), paper.subject(), true, false, 14);
        line(doc.createParagraph(), "", false, false, 10);

        int columns = paper.crossingOut() ? 2 : 4;
        XWPFTable table = doc.createTable(paper.names().size() + 1, columns);
        table.setWidth("100%");
        String[] heads = paper.crossingOut() ? new String[] {"STT", "Họ và tên"}
                : new String[] {"STT", "Họ và tên", "Đồng ý", "Không đồng ý"};
        int[] widths = paper.crossingOut() ? new int[] {1000, 8355} : new int[] {900, 5255, 1600, 1600};
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
            line(cell.getParagraphs().get(0), heads[c], true, false, 14);
        }
        for (int i = 0; i < paper.names().size(); i++) {
            table.getRow(i + 1).setHeight(560);
            line(table.getRow(i + 1).getCell(0).getParagraphs().get(0), String.valueOf(i + 1), false, false, 14);
            XWPFParagraph name = table.getRow(i + 1).getCell(1).getParagraphs().get(0);
            XWPFRun run = line(name, paper.names().get(i), true, false, 15);
            name.setAlignment(ParagraphAlignment.LEFT);
            name.setIndentationLeft(200);
            run.setFontSize(15);
        }
        XWPFParagraph note = doc.createParagraph();
        note.setSpacingBefore(200);
        XWPFRun noteRun = note.createRun();
        noteRun.setText(paper.instruction());
        noteRun.setItalic(true);
        noteRun.setFontFamily(FONT);
        noteRun.setFontSize(13);
        return doc;
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
