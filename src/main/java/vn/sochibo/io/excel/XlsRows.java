package vn.sochibo.io.excel;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Old .xls (BIFF8) read with POI HSSF; such files hold at most 65,536 rows, so reading them whole is fine. */
final class XlsRows implements SheetRows {

    private final HSSFWorkbook workbook;

    XlsRows(POIFSFileSystem fs) throws IOException {
        this.workbook = new HSSFWorkbook(fs.getRoot(), true);
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                names.add(workbook.getSheetName(i));
            }
        }
        return names;
    }

    @Override
    public List<String> hiddenSheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                names.add(workbook.getSheetName(i));
            }
        }
        return names;
    }

    @Override
    public Set<String> workbookFonts() {
        Set<String> fonts = new LinkedHashSet<>();
        for (int i = 0; i < workbook.getNumberOfFonts(); i++) {
            fonts.add(workbook.getFontAt(i).getFontName());
        }
        return fonts;
    }

    @Override
    public void read(String sheetName, RowHandler handler) throws IOException {
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            throw new IOException("no sheet " + sheetName);
        }
        for (Row row : sheet) {
            List<RawCell> cells = new ArrayList<>();
            for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                Cell cell = row.getCell(i);
                cells.add(cell == null ? RawCell.EMPTY
                        : new RawCell(value(cell, cell.getCellType()), workbook.getFontAt(cell.getCellStyle().getFontIndex()).getFontName()));
            }
            if (!handler.row(row.getRowNum() + 1, cells)) {
                return;
            }
        }
    }

    private static Object value(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue()
                    : BigDecimal.valueOf(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue();
            case FORMULA -> value(cell, cell.getCachedFormulaResultType());
            case ERROR -> new CellError(org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> null;
        };
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
