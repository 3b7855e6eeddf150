package vn.sochibo.dues.doc;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.sochibo.common.Messages;
import vn.sochibo.io.excel.PrintPages;
import vn.sochibo.io.excel.SheetStyles;

/**
 * One printable sheet of a dues document: Times New Roman as Party documents use, the title block (upper body and
 * branch at the left, "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date at the right), bordered cells with amounts as
 * numbers shown "1.234.000", A4 landscape one page wide with the header rows repeated, page numbers, and the file
 * written under a temporary name and moved into place only when complete.
 */
final class DuesSheet implements AutoCloseable {

    /** Whole đồng with thousands grouped, in the Vietnamese locale (LibreOffice then shows "1.234.000"). */
    static final String AMOUNT = "[$-42A]#,##0";

    final XSSFWorkbook workbook = new XSSFWorkbook();
    final Sheet sheet;
    final CellStyle title;
    final CellStyle titleBold;
    final CellStyle partyName;
    final CellStyle italic;
    final CellStyle bigTitle;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle center;
    final CellStyle money;
    final CellStyle moneyBold;
    final CellStyle textBold;
    final CellStyle plain;
    final CellStyle plainBordered;
    final CellStyle plainBold;
    final CellStyle signature;
    private final short fontSize;

    DuesSheet(String name, int fontSize) {
        this.fontSize = (short) fontSize;
        sheet = workbook.createSheet(name);
        title = style(font(false, false, fontSize), HorizontalAlignment.CENTER, false, false);
        titleBold = style(font(true, false, fontSize), HorizontalAlignment.CENTER, false, false);
        partyName = style(font(true, false, fontSize + 1), HorizontalAlignment.CENTER, false, false);
        italic = style(font(false, true, fontSize), HorizontalAlignment.CENTER, false, false);
        bigTitle = style(font(true, false, fontSize + 3), HorizontalAlignment.CENTER, false, false);
        subtitle = style(font(false, true, fontSize), HorizontalAlignment.CENTER, false, true);
        header = style(font(true, false, fontSize), HorizontalAlignment.CENTER, true, true);
        text = style(font(false, false, fontSize), HorizontalAlignment.LEFT, true, true);
        center = style(font(false, false, fontSize), HorizontalAlignment.CENTER, true, false);
        money = style(font(false, false, fontSize), HorizontalAlignment.RIGHT, true, false);
        money.setDataFormat(workbook.createDataFormat().getFormat(AMOUNT));
        moneyBold = style(font(true, false, fontSize), HorizontalAlignment.RIGHT, true, false);
        moneyBold.setDataFormat(workbook.createDataFormat().getFormat(AMOUNT));
        textBold = style(font(true, false, fontSize), HorizontalAlignment.LEFT, true, true);
        plain = style(font(false, false, fontSize), HorizontalAlignment.LEFT, false, false);
        plainBordered = style(font(false, false, fontSize), HorizontalAlignment.LEFT, true, false);
        plainBold = style(font(true, false, fontSize), HorizontalAlignment.LEFT, false, false);
        signature = style(font(true, false, fontSize), HorizontalAlignment.CENTER, false, false);
    }

    private Font font(boolean bold, boolean italicFont, int size) {
        return SheetStyles.font(workbook, bold, italicFont, false, size);
    }

    private CellStyle style(Font font, HorizontalAlignment align, boolean border, boolean wrap) {
        CellStyle s = SheetStyles.style(workbook, font, align, border);
        s.setWrapText(wrap);
        return s;
    }

    Cell cell(int r, int c, CellStyle style) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        Cell cell = row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
        cell.setCellStyle(style);
        return cell;
    }

    void text(int r, int c, String value, CellStyle style) {
        cell(r, c, style).setCellValue(value == null ? "" : value);
    }

    void number(int r, int c, long value, CellStyle style) {
        cell(r, c, style).setCellValue(value);
    }

    /** Merges {@code from}–{@code to} of row {@code r}, giving every cell the style (so borders show). */
    void merge(int r, int from, int to, CellStyle style) {
        for (int c = from; c <= to; c++) {
            cell(r, c, style);
        }
        if (to > from) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, from, to));
        }
    }

    void mergeDown(int r, int lastRow, int c, CellStyle style) {
        block(r, lastRow, c, c, style);
    }

    /** Merges rows {@code r}–{@code lastRow} by columns {@code from}–{@code to}, every cell styled (borders show). */
    void block(int r, int lastRow, int from, int to, CellStyle style) {
        for (int i = r; i <= lastRow; i++) {
            for (int c = from; c <= to; c++) {
                cell(i, c, style);
            }
        }
        if (lastRow > r || to > from) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(r, lastRow, from, to));
        }
    }

    /**
     * The title block over {@code columns} columns, then the title and the line of the rule; returns the next free row.
     */
    int heading(DuesHeading h, String documentTitle, String ruleLine, int columns, Messages vi) {
        int half = Math.max(2, columns / 2 - 1);
        int last = columns - 1;
        text(0, 0, upper(h.upperBody()), title);
        merge(0, 0, half - 1, title);
        text(0, half, vi.get("export.party"), partyName);
        merge(0, half, last, partyName);
        text(1, 0, upper(h.branchName()), titleBold);
        merge(1, 0, half - 1, titleBold);
        text(1, half, "", title);
        text(2, half, h.placeAndDate(), italic);
        merge(2, half, last, italic);
        text(4, 0, documentTitle, bigTitle);
        merge(4, 0, last, bigTitle);
        sheet.getRow(4).setHeightInPoints(fontSize * 2f);
        text(5, 0, ruleLine, subtitle);
        merge(5, 0, last, subtitle);
        sheet.getRow(5).setHeightInPoints(fontSize * 2.6f);
        return 7;
    }

    /** The signature block at row {@code r}: who prepared it at the left, the secretary for the committee at the right. */
    void signatures(int r, int columns, Messages vi) {
        int half = Math.max(2, columns / 2 - 1);
        int last = columns - 1;
        text(r, 0, vi.get("export.preparedBy"), signature);
        merge(r, 0, half - 1, signature);
        text(r, half, vi.get("export.onBehalf"), signature);
        merge(r, half, last, signature);
        text(r + 1, half, vi.get("export.secretary"), signature);
        merge(r + 1, half, last, signature);
    }

    /** A4 landscape, one page wide, {@code headerRow} repeated on every page, page numbers in the footer. */
    void print(int firstHeaderRow, int lastHeaderRow, Messages vi) {
        // the page number in the font of the sheet
        PrintPages.a4Landscape(sheet, firstHeaderRow, lastHeaderRow, "&\"Times New Roman,Regular\"" + vi.get("export.page", "&P", "&N"));
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
    }

    /** Writes to a temporary file next to {@code file}, then moves it into place. */
    void save(Path file) throws IOException {
        PrintPages.save(workbook, file);
    }

    static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Messages.VIETNAMESE);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
