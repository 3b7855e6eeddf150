package vn.sochibo.dues;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A real .xlsx of dues bases as a clerk would type it: a title, a blank row, then the rows given (numbers as numbers). */
public final class BasesWorkbook {

    private BasesWorkbook() {
    }

    public static Path write(Path file, Object[][] rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Căn cứ");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH CĂN CỨ ĐÓNG ĐẢNG PHÍ");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }
}
