package vn.sochibo.io.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The fonts and cell styles the printed lists share (the register's, the generic printable list, the features'
 * documents): Times New Roman as Party documents are typed
 * (src/site/rules.md, "Văn bản của Đảng"), vertically centred, thin borders inside the table.
 */
public final class SheetStyles {

    private SheetStyles() {
    }

    /** Times New Roman at {@code points}, bold, italic or underlined as asked. */
    public static Font font(Workbook wb, boolean bold, boolean italic, boolean underline, int points) {
        Font f = wb.createFont();
        f.setFontName("Times New Roman");
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setItalic(italic);
        if (underline) {
            f.setUnderline(Font.U_SINGLE);
        }
        return f;
    }

    /** A cell style in {@code font}, aligned as asked and vertically centred, with thin borders for table cells. */
    public static CellStyle style(Workbook wb, Font font, HorizontalAlignment align, boolean border) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
