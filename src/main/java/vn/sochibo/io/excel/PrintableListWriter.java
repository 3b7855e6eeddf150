package vn.sochibo.io.excel;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A list a chi bộ signs and sends up, as one print-ready sheet in the Party layout: the two header blocks (upper body
 * and issuer on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date on the right), the title, a bordered table
 * whose header repeats on every page, lines under it, and two signature blocks; A4 landscape, fitted to the width,
 * page numbers in the footer, Times New Roman. Knows no feature: it is given the texts and the cells. Written to a
 * temporary file and moved into place.
 */
public final class PrintableListWriter {

    /** How a column's cells are aligned. */
    public enum Align { LEFT, CENTER, RIGHT }

    /**
     * One column.
     *
     * @param header the header text
     * @param width  the width in characters
     * @param align  how its cells are aligned
     */
    public record Column(String header, int width, Align align) {
    }

    /**
     * A signature block: its title lines (bold) and the signer's name under the space for the signature (may be
     * empty).
     */
    public record Signature(List<String> titles, String name) {
    }

    /**
     * The whole sheet.
     *
     * @param sheetName   the sheet's tab name
     * @param upperBody   the direct upper Party body (written in capitals)
     * @param issuer      the issuing chi bộ (written in capitals, bold)
     * @param partyLine   "ĐẢNG CỘNG SẢN VIỆT NAM"
     * @param placeDate   "Thanh Hóa, ngày 16 tháng 12 năm 2025"
     * @param title       the title (bold, large)
     * @param subtitle    a line under the title, or null
     * @param columns     the table's columns
     * @param rows        the cells, row by row: text, whole numbers, decimals (BigDecimal with at most two decimals,
     *                    written as numbers) and dates (dd/MM/yyyy); null is an empty cell
     * @param notes       lines under the table (totals, the sentence for the report)
     * @param left        the left signature block
     * @param right       the right signature block
     * @param pageFooter  the footer with {@code &P} and {@code &N} for the page and the page count
     */
    public record Sheet(String sheetName, String upperBody, String issuer, String partyLine, String placeDate,
                        String title, String subtitle, List<Column> columns, List<List<Object>> rows,
                        List<String> notes, Signature left, Signature right, String pageFooter) {
    }

    private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi-VN");
    /** Height of one line of 12-point text, in points. */
    private static final float LINE_POINTS = 15.5f;

    /** Writes {@code sheet} to {@code file}, replacing it. */
    public void write(Path file, Sheet sheet) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            XSSFSheet s = wb.createSheet(sheet.sheetName());
            int last = sheet.columns().size() - 1;
            int half = Math.max(1, (last + 1) * 2 / 5);
            put(s, 0, 0, half - 1, sheet.upperBody().toUpperCase(VI), st.center);
            put(s, 0, half, last, sheet.partyLine(), st.centerBoldUnderline);
            put(s, 1, 0, half - 1, sheet.issuer().toUpperCase(VI), st.centerBold);
            put(s, 2, 0, half - 1, "*", st.center);
            put(s, 2, half, last, sheet.placeDate(), st.centerItalic);
            put(s, 4, 0, last, sheet.title(), st.title);
            int r = 5;
            if (sheet.subtitle() != null) {
                put(s, r++, 0, last, sheet.subtitle(), st.centerItalic);
            }
            int headerRow = r + 1;
            Row header = s.createRow(headerRow);
            int headerLines = 1;
            for (int c = 0; c <= last; c++) {
                Column column = sheet.columns().get(c);
                Cell cell = header.createCell(c);
                cell.setCellValue(column.header());
                cell.setCellStyle(st.header);
                s.setColumnWidth(c, Math.max(4, column.width()) * 256 + 256);
                headerLines = Math.max(headerLines, lines(column.header(), column.width() - 1));
            }
            header.setHeightInPoints(headerLines * LINE_POINTS + 4);
            r = headerRow + 1;
            for (List<Object> values : sheet.rows()) {
                Row row = s.createRow(r++);
                int rowLines = 1;
                for (int c = 0; c <= last; c++) {
                    Object value = c < values.size() ? values.get(c) : null;
                    cell(row.createCell(c), value, sheet.columns().get(c).align(), st);
                    if (value instanceof String text) {
                        rowLines = Math.max(rowLines, lines(text, sheet.columns().get(c).width()));
                    }
                }
                row.setHeightInPoints(rowLines * LINE_POINTS + 2);
            }
            r++;
            int allColumns = sheet.columns().stream().mapToInt(Column::width).sum();
            for (String note : sheet.notes()) {
                put(s, r, 0, last, note, st.wrap);
                s.getRow(r).setHeightInPoints(lines(note, allColumns) * LINE_POINTS + 2);
                r++;
            }
            r++;
            signature(s, r, 0, half - 1, sheet.left(), st);
            signature(s, r, half, last, sheet.right(), st);
            s.createFreezePane(0, headerRow + 1);
            PrintPages.a4Landscape(s, headerRow, headerRow, sheet.pageFooter());
            s.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.6);
            s.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
            PrintPages.save(wb, file);
        }
    }

    /**
     * How many lines {@code text} takes in a column {@code width} characters wide (wrapped at spaces, roughly: a
     * width counts characters of the default font, and about a sixth more of Times New Roman 12 fit).
     */
    private static int lines(String text, int columnWidth) {
        int width = columnWidth + columnWidth / 6;
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            if (used > 0 && used + 1 + word.length() > width) {
                lines++;
                used = word.length();
            } else {
                used += (used > 0 ? 1 : 0) + word.length();
            }
        }
        return lines;
    }

    private static void signature(XSSFSheet s, int row, int from, int to, Signature signature, Styles st) {
        int r = row;
        for (String title : signature.titles()) {
            put(s, r++, from, to, title, st.centerBold);
        }
        r += 3;
        put(s, r, from, to, signature.name() == null ? "" : signature.name(), st.centerBold);
    }

    private static void cell(Cell cell, Object value, Align align, Styles st) {
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(st.date);
        } else if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
            cell.setCellStyle(st.decimal);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.longValue());
            cell.setCellStyle(st.whole);
        } else {
            cell.setCellValue(value == null ? "" : value.toString());
            cell.setCellStyle(switch (align) {
                case LEFT -> st.textLeft;
                case CENTER -> st.textCenter;
                case RIGHT -> st.textRight;
            });
        }
    }

    private static void put(XSSFSheet s, int r, int from, int to, String text, CellStyle style) {
        Row row = s.getRow(r) != null ? s.getRow(r) : s.createRow(r);
        Cell cell = row.createCell(from);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (to > from) {
            s.addMergedRegion(new CellRangeAddress(r, r, from, to));
        }
    }

    /** The cell styles of the sheet, Times New Roman throughout. */
    private static final class Styles {
        final CellStyle center;
        final CellStyle centerBold;
        final CellStyle centerBoldUnderline;
        final CellStyle centerItalic;
        final CellStyle title;
        final CellStyle header;
        final CellStyle textLeft;
        final CellStyle textCenter;
        final CellStyle textRight;
        final CellStyle whole;
        final CellStyle decimal;
        final CellStyle date;
        final CellStyle wrap;

        Styles(XSSFWorkbook wb) {
            center = SheetStyles.style(wb, SheetStyles.font(wb, false, false, false, 12), HorizontalAlignment.CENTER, false);
            centerBold = SheetStyles.style(wb, SheetStyles.font(wb, true, false, false, 12), HorizontalAlignment.CENTER, false);
            centerBoldUnderline = SheetStyles.style(wb, SheetStyles.font(wb, true, false, true, 12), HorizontalAlignment.CENTER, false);
            centerItalic = SheetStyles.style(wb, SheetStyles.font(wb, false, true, false, 12), HorizontalAlignment.CENTER, false);
            title = SheetStyles.style(wb, SheetStyles.font(wb, true, false, false, 14), HorizontalAlignment.CENTER, false);
            header = SheetStyles.style(wb, SheetStyles.font(wb, true, false, false, 12), HorizontalAlignment.CENTER, true);
            header.setWrapText(true);
            Font plain = SheetStyles.font(wb, false, false, false, 12);
            textLeft = SheetStyles.style(wb, plain, HorizontalAlignment.LEFT, true);
            textLeft.setWrapText(true);
            textCenter = SheetStyles.style(wb, plain, HorizontalAlignment.CENTER, true);
            textCenter.setWrapText(true);
            textRight = SheetStyles.style(wb, plain, HorizontalAlignment.RIGHT, true);
            whole = SheetStyles.style(wb, plain, HorizontalAlignment.CENTER, true);
            decimal = SheetStyles.style(wb, plain, HorizontalAlignment.CENTER, true); // General: 91 or 89.5, in the reader's locale
            date = SheetStyles.style(wb, plain, HorizontalAlignment.CENTER, true);
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            wrap = SheetStyles.style(wb, plain, HorizontalAlignment.LEFT, false);
            wrap.setWrapText(true);
        }
    }
}
