package vn.sochibo.io.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The statistics page's tables as one printable sheet: title block, the headline sentence, then every
 * breakdown (group, item, members, share of the register). Written to a temp file and moved into place.
 */
public final class StatisticsWorkbookWriter {

    /** One line of a table: its group ("Độ tuổi"), item ("31–40 tuổi"), count, and share in percent. */
    public record Line(String group, String item, int count, String percent) {
    }

    /** Texts of the sheet (from the Vietnamese bundle, as for the member list). */
    public record Texts(String sheet, String upperBody, String branchName, String placeAndDate, String title,
                        String headline, String groupHeader, String itemHeader, String countHeader, String percentHeader) {
    }

    public void write(Path file, Texts t, List<Line> lines) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(t.sheet());
            CellStyle bold = style(wb, true, false, false);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle bigStyle = wb.createCellStyle();
            bigStyle.setFont(big);
            bigStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle header = style(wb, true, true, true);
            CellStyle cell = style(wb, false, true, false);
            CellStyle number = style(wb, false, true, false);
            number.setAlignment(HorizontalAlignment.RIGHT);
            text(sheet, 0, 0, t.upperBody(), style(wb, false, false, false));
            text(sheet, 1, 0, t.branchName(), bold);
            text(sheet, 2, 2, t.placeAndDate(), style(wb, false, false, false));
            text(sheet, 4, 0, t.title(), bigStyle);
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, 3));
            text(sheet, 5, 0, t.headline(), style(wb, false, false, false));
            sheet.addMergedRegion(new CellRangeAddress(5, 5, 0, 3));
            Row head = sheet.createRow(7);
            String[] headers = {t.groupHeader(), t.itemHeader(), t.countHeader(), t.percentHeader()};
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
                head.getCell(i).setCellStyle(header);
            }
            int r = 8;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.group());
                row.createCell(1).setCellValue(line.item());
                row.createCell(2).setCellValue(line.count());
                row.createCell(3).setCellValue(line.percent());
                row.getCell(0).setCellStyle(cell);
                row.getCell(1).setCellStyle(cell);
                row.getCell(2).setCellStyle(number);
                row.getCell(3).setCellStyle(number);
            }
            sheet.setColumnWidth(0, 34 * 256);
            sheet.setColumnWidth(1, 40 * 256);
            sheet.setColumnWidth(2, 16 * 256);
            sheet.setColumnWidth(3, 14 * 256);
            sheet.setRepeatingRows(new CellRangeAddress(7, 7, -1, -1));
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.getFooter().setCenter("&P / &N");
            try (OutputStream out = Files.newOutputStream(temp)) {
                wb.write(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void text(Sheet sheet, int row, int col, String value, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        r.createCell(col).setCellValue(value == null ? "" : value);
        r.getCell(col).setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook wb, boolean bold, boolean border, boolean centre) {
        CellStyle style = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(bold);
        font.setFontName("Times New Roman");
        font.setFontHeightInPoints((short) 12);
        style.setFont(font);
        if (border) {
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        if (centre) {
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        return style;
    }
}
