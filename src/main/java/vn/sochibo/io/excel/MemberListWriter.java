package vn.sochibo.io.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.sochibo.common.Messages;

/**
 * Writes the member list as offices send it: title block (upper body, branch, place and date, title), bold
 * frozen header with autofilter, real dates shown dd/MM/yyyy, ID numbers as text, fitted widths, A4 landscape
 * at a readable scale (columns run on over pages; each page repeats the header, the number and the table's first
 * column, the name) and page numbers, a "Tổng cộng" line and the signature block.
 * Streams rows (SXSSF), so large registers need little memory. Texts come from the Vietnamese bundle. It is fed
 * a plain table ({@link Table}); which fields a member list has is the import feature's business.
 */
public final class MemberListWriter {

    /** The title block: upper body and branch names (upper case in the file), the dated place line. */
    public record Heading(String upperBody, String branchName, String placeAndDate) {
    }

    /**
     * The list: its column headers and its rows, one value per column: a {@link LocalDate} (shown dd/MM/yyyy), an
     * {@link Integer} (a year), or anything else shown as text ({@code null}: empty). The writer puts the row
     * number ("STT") in front.
     */
    public record Table(List<String> headers, List<List<Object>> rows) {
        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    private static final int HEADER_ROW = 5;
    /** Columns A (number) to this one (the table's first column: the name) are repeated on every printed page. */
    private static final int NAME_COLUMN = 1;
    /** Print scale in percent: the smallest printed text is 12 pt × 0.85 ≈ 10.2 pt. */
    static final short PRINT_SCALE = 85;

    /** Writes {@code table} (its rows already in list order) to {@code file}. */
    public void write(Path file, Heading heading, Table table, Messages vi) throws IOException {
        List<String> columns = new java.util.ArrayList<>();
        columns.add(vi.get("export.column.number"));
        columns.addAll(table.headers());
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Styles st = new Styles(wb);
            SXSSFSheet sheet = wb.createSheet(vi.get("export.sheet"));
            int lastColumn = columns.size() - 1;
            // Printed, the columns run on over several pages and each page repeats columns A:B (number and name).
            // So the issuing bodies (left of the title block) sit in A:B, wrapped: every page shows them whole; the
            // party's name, the date and the title sit over the other columns of the first page only (C up to
            // `last`), never centred over all the columns (that would print them on the third page).
            int[] widths = widths(columns, table.rows());
            int last = Math.max(2, Math.min(lastColumn, firstPageEnd(widths)));
            text(sheet, 0, 0, upper(heading.upperBody()), st.titleWrap);
            merge(sheet, 0, 0, NAME_COLUMN);
            text(sheet, 0, NAME_COLUMN + 1, vi.get("export.party"), st.titleBold);
            merge(sheet, 0, NAME_COLUMN + 1, last);
            text(sheet, 1, 0, upper(heading.branchName()), st.titleBoldWrap);
            merge(sheet, 1, 0, NAME_COLUMN);
            text(sheet, 1, NAME_COLUMN + 1, heading.placeAndDate(), st.italic);
            merge(sheet, 1, NAME_COLUMN + 1, last);
            sheet.getRow(0).setHeightInPoints(34);
            sheet.getRow(1).setHeightInPoints(34);
            text(sheet, 3, NAME_COLUMN + 1, vi.get("export.title"), st.bigTitle);
            merge(sheet, 3, NAME_COLUMN + 1, last);

            Row header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(32);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c));
                cell.setCellStyle(st.header);
            }
            int r = HEADER_ROW + 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - HEADER_ROW);
                row.getCell(0).setCellStyle(st.number);
                for (int c = 1; c < columns.size(); c++) {
                    Object v = c - 1 < values.size() ? values.get(c - 1) : null;
                    Cell cell = row.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(st.date);
                    } else if (v instanceof Integer year) {
                        cell.setCellValue(year);
                        cell.setCellStyle(st.number);
                    } else {
                        String s = v == null ? "" : v.toString();
                        cell.setCellValue(s);
                        cell.setCellStyle(st.text);
                    }
                }
                r++;
            }
            int lastData = r - 1;
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, lastData), 0, lastColumn));
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.max(5, widths[c] + 2) * 256 + 128);
            }
            r++;
            text(sheet, r, 0, vi.get("export.total", table.rows().size()), st.bold);
            merge(sheet, r, 0, NAME_COLUMN);
            r += 2;
            text(sheet, r, 0, vi.get("export.preparedBy"), st.centerBold);
            merge(sheet, r, 0, NAME_COLUMN);
            text(sheet, r, NAME_COLUMN + 1, vi.get("export.onBehalf"), st.centerBold);
            merge(sheet, r, NAME_COLUMN + 1, last);
            r++;
            text(sheet, r, NAME_COLUMN + 1, vi.get("export.secretary"), st.centerBold);
            merge(sheet, r, NAME_COLUMN + 1, last);

            // readable on paper (issue 17): the columns run on over as many A4 pages as they need, printed at
            // PRINT_SCALE % so 12 pt text stays above 10 pt, each page repeating the header and the number and name
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, NAME_COLUMN));
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setScale(PRINT_SCALE);
            print.setLeftToRight(false); // down the rows first, then the next columns: a page of names at a time
            sheet.setFitToPage(false);
            sheet.getFooter().setCenter(vi.get("export.page", "&P", "&N"));
            PrintPages.save(wb, file);
            wb.dispose();
        }
    }

    /** The width of each column in characters, as written below (header up to 14, text up to 30, dates 10). */
    private static int[] widths(List<String> columns, List<List<Object>> rows) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = Math.min(columns.get(c).length(), 14);
        }
        for (List<Object> values : rows) {
            for (int c = 1; c < columns.size(); c++) {
                Object v = c - 1 < values.size() ? values.get(c - 1) : null;
                int w = v instanceof LocalDate ? 10 : v instanceof Integer ? 4 : Math.min(v == null ? 0 : v.toString().length(), 30);
                widths[c] = Math.max(widths[c], w);
            }
        }
        return widths;
    }

    /**
     * The last column printed on the first page: A4 landscape less the default margins (about 741 pt) at
     * {@link #PRINT_SCALE} %, a character of the default font taking about 5.25 pt.
     */
    static int firstPageEnd(int[] widths) {
        double room = 741 / (PRINT_SCALE / 100.0);
        double used = 0;
        for (int c = 0; c < widths.length; c++) {
            used += (Math.max(5, widths[c] + 2) + 0.5) * 5.25;
            if (used > room) {
                return Math.max(1, c - 1);
            }
        }
        return widths.length - 1;
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Messages.VIETNAMESE);
    }

    private static void text(SXSSFSheet sheet, int r, int c, String value, CellStyle style) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void merge(SXSSFSheet sheet, int r, int from, int to) {
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, from, to));
        }
    }

    /** The few cell styles of the list. */
    private static final class Styles {
        final CellStyle titleBold;
        final CellStyle titleWrap;
        final CellStyle titleBoldWrap;
        final CellStyle italic;
        final CellStyle bigTitle;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle date;
        final CellStyle bold;
        final CellStyle centerBold;

        Styles(SXSSFWorkbook wb) {
            Font plain = SheetStyles.font(wb, false, false, false, 12);
            Font boldFont = SheetStyles.font(wb, true, false, false, 12);
            titleBold = SheetStyles.style(wb, boldFont, HorizontalAlignment.CENTER, false);
            titleWrap = SheetStyles.style(wb, plain, HorizontalAlignment.CENTER, false);
            titleWrap.setWrapText(true);
            titleBoldWrap = SheetStyles.style(wb, boldFont, HorizontalAlignment.CENTER, false);
            titleBoldWrap.setWrapText(true);
            italic = SheetStyles.style(wb, SheetStyles.font(wb, false, true, false, 12), HorizontalAlignment.CENTER, false);
            bigTitle = SheetStyles.style(wb, SheetStyles.font(wb, true, false, false, 14), HorizontalAlignment.CENTER, false);
            header = SheetStyles.style(wb, boldFont, HorizontalAlignment.CENTER, true);
            header.setWrapText(true);
            text = SheetStyles.style(wb, plain, HorizontalAlignment.LEFT, true);
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            number = SheetStyles.style(wb, plain, HorizontalAlignment.CENTER, true);
            date = SheetStyles.style(wb, plain, HorizontalAlignment.CENTER, true);
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            bold = SheetStyles.style(wb, boldFont, HorizontalAlignment.LEFT, false);
            centerBold = SheetStyles.style(wb, boldFont, HorizontalAlignment.CENTER, false);
        }
    }
}
