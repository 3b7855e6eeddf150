package vn.sochibo.io.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What the printed lists share besides their styles ({@link SheetStyles}): A4 landscape one page wide with the header
 * rows repeated on every page and the page number in the footer, and a write that replaces the file only once it is
 * complete.
 */
public final class PrintPages {

    private PrintPages() {
    }

    /** A4 landscape, one page wide and as many pages long as needed, centred, rows {@code first}–{@code last} repeated. */
    public static void a4Landscape(Sheet sheet, int firstHeaderRow, int lastHeaderRow, String footer) {
        sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter(footer);
    }

    /** Writes the workbook to a temporary file next to {@code file}, then moves it into place (no half-written list). */
    public static void save(Workbook wb, Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                wb.write(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
