package vn.sochibo.io.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.sochibo.common.Messages;

/**
 * Writes the member list as offices send it: title block (upper body, branch, place and date, title), bold
 * frozen header with autofilter, real dates shown dd/MM/yyyy, ID numbers as text, fitted widths, A4 landscape
 * with the header repeated on every page and page numbers, a "Tổng cộng" line and the signature block.
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

    /** Writes {@code table} (its rows already in list order) to {@code file}. */
    public void write(Path file, Heading heading, Table table, Messages vi) throws IOException {
        List<String> columns = new java.util.ArrayList<>();
        columns.add(vi.get("export.column.number"));
        columns.addAll(table.headers());
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Styles st = new Styles(wb);
            SXSSFSheet sheet = wb.createSheet(vi.get("export.sheet"));
            int last = columns.size() - 1;
            int half = columns.size() / 2;
            text(sheet, 0, 0, upper(heading.upperBody()), st.title);
            merge(sheet, 0, 0, half - 1);
            text(sheet, 0, half, vi.get("export.party"), st.titleBold);
            merge(sheet, 0, half, last);
            text(sheet, 1, 0, upper(heading.branchName()), st.titleBold);
            merge(sheet, 1, 0, half - 1);
            text(sheet, 2, half, heading.placeAndDate(), st.italic);
            merge(sheet, 2, half, last);
            text(sheet, 3, 0, vi.get("export.title"), st.bigTitle);
            merge(sheet, 3, 0, last);

            Row header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(32);
            int[] widths = new int[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c));
                cell.setCellStyle(st.header);
                widths[c] = Math.min(columns.get(c).length(), 14);
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
                        widths[c] = Math.max(widths[c], 10);
                    } else if (v instanceof Integer year) {
                        cell.setCellValue(year);
                        cell.setCellStyle(st.number);
                        widths[c] = Math.max(widths[c], 4);
                    } else {
                        String s = v == null ? "" : v.toString();
                        cell.setCellValue(s);
                        cell.setCellStyle(st.text);
                        widths[c] = Math.max(widths[c], Math.min(s.length(), 30));
                    }
                }
                r++;
            }
            int lastData = r - 1;
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, lastData), 0, last));
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.max(5, widths[c] + 2) * 256 + 128);
            }
            r++;
            text(sheet, r, 0, vi.get("export.total", table.rows().size()), st.bold);
            merge(sheet, r, 0, half - 1);
            r += 2;
            text(sheet, r, 0, vi.get("export.preparedBy"), st.centerBold);
            merge(sheet, r, 0, half - 1);
            text(sheet, r, half, vi.get("export.onBehalf"), st.centerBold);
            merge(sheet, r, half, last);
            r++;
            text(sheet, r, half, vi.get("export.secretary"), st.centerBold);
            merge(sheet, r, half, last);

            PrintPages.a4Landscape(sheet, HEADER_ROW, HEADER_ROW, vi.get("export.page", "&P", "&N"));
            PrintPages.save(wb, file);
            wb.dispose();
        }
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
        final CellStyle title;
        final CellStyle titleBold;
        final CellStyle italic;
        final CellStyle bigTitle;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle date;
        final CellStyle bold;
        final CellStyle centerBold;

        Styles(SXSSFWorkbook wb) {
            Font plain = font(wb, false, false, 12);
            Font boldFont = font(wb, true, false, 12);
            title = style(wb, plain, HorizontalAlignment.CENTER, false);
            titleBold = style(wb, boldFont, HorizontalAlignment.CENTER, false);
            italic = style(wb, font(wb, false, true, 12), HorizontalAlignment.CENTER, false);
            bigTitle = style(wb, font(wb, true, false, 14), HorizontalAlignment.CENTER, false);
            header = style(wb, boldFont, HorizontalAlignment.CENTER, true);
            header.setWrapText(true);
            text = style(wb, plain, HorizontalAlignment.LEFT, true);
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            number = style(wb, plain, HorizontalAlignment.CENTER, true);
            date = style(wb, plain, HorizontalAlignment.CENTER, true);
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            bold = style(wb, boldFont, HorizontalAlignment.LEFT, false);
            centerBold = style(wb, boldFont, HorizontalAlignment.CENTER, false);
        }

        private static Font font(SXSSFWorkbook wb, boolean bold, boolean italic, int points) {
            Font f = wb.createFont();
            f.setFontName("Times New Roman");
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            f.setItalic(italic);
            return f;
        }

        private static CellStyle style(SXSSFWorkbook wb, Font font, HorizontalAlignment align, boolean border) {
            return PrintPages.style(wb, font, align, border);
        }
    }
}
