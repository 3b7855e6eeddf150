package vn.sochibo.io.excel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/** .xlsx read with fastexcel-reader: rows stream from the zip, so 100,000 rows need little memory. */
final class XlsxRows implements SheetRows {

    private static final Pattern FONT_NAME = Pattern.compile("<(?:\\w+:)?name\\s+val=\"([^\"]+)\"");

    private final ReadableWorkbook workbook;
    private final Set<String> fonts;

    XlsxRows(File file) throws IOException {
        this.fonts = readFonts(file);
        this.workbook = new ReadableWorkbook(file, new ReadingOptions(true, false));
    }

    private static Set<String> readFonts(File file) throws IOException {
        Set<String> fonts = new LinkedHashSet<>();
        try (ZipFile zip = new ZipFile(file)) {
            ZipEntry styles = zip.getEntry("xl/styles.xml");
            if (styles != null) {
                try (InputStream in = zip.getInputStream(styles)) {
                    // at most 20 MB, whatever the zip declares (real styles are a few kilobytes)
                    Matcher m = FONT_NAME.matcher(new String(in.readNBytes(20_000_000), StandardCharsets.UTF_8));
                    while (m.find()) {
                        fonts.add(m.group(1));
                    }
                }
            }
        }
        return fonts;
    }

    @Override
    public List<String> sheetNames() {
        return workbook.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).map(Sheet::getName).toList();
    }

    @Override
    public List<String> hiddenSheetNames() {
        return workbook.getSheets().filter(s -> s.getVisibility() != SheetVisibility.VISIBLE).map(Sheet::getName).toList();
    }

    @Override
    public Set<String> workbookFonts() {
        return fonts;
    }

    @Override
    public void read(String sheetName, RowHandler handler) throws IOException {
        Sheet sheet = workbook.findSheet(sheetName).orElseThrow(() -> new IOException("no sheet " + sheetName));
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                List<RawCell> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? RawCell.EMPTY : new RawCell(value(cell), null));
                }
                if (!handler.row(row.getRowNum(), cells)) {
                    return;
                }
            }
        }
    }

    private static Object value(Cell cell) {
        CellType type = cell.getType();
        if (type == CellType.NUMBER) {
            BigDecimal n = cell.asNumber();
            Integer formatId = cell.getDataFormatId();
            String format = cell.getDataFormatString();
            if (formatId != null && DateUtil.isADateFormat(formatId, format) && DateUtil.isValidExcelDate(n.doubleValue())) {
                return DateUtil.getLocalDateTime(n.doubleValue());
            }
            return n;
        }
        if (type == CellType.STRING) {
            return cell.asString();
        }
        if (type == CellType.BOOLEAN) {
            return cell.asBoolean();
        }
        if (type == CellType.ERROR) {
            return new CellError(cell.getRawValue() == null ? "#N/A" : cell.getRawValue());
        }
        if (type == CellType.FORMULA) {
            String raw = cell.getRawValue();
            if (raw == null) {
                return null;
            }
            if (CellError.isCode(raw)) {
                return new CellError(raw);
            }
            try {
                return new BigDecimal(raw);
            } catch (NumberFormatException e) {
                return raw;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
