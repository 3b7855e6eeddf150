package vn.sochibo.io.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The error report sent back to whoever made the file: the rows that were not imported, as they were (row
 * number first), with a last column saying what is wrong, so the sender can fix their file.
 */
public final class ErrorReportWriter {

    /** A row of the report: its row number in the original file, its cells as text, and the problems. */
    public record Line(int rowNumber, List<String> cells, String problems) {
    }

    /** Writes the report; {@code headers} are the original column headers, {@code rowLabel} and {@code errorLabel} the extra ones. */
    public void write(Path file, String sheetName, String rowLabel, List<String> headers, String errorLabel, List<Line> lines)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(file); Workbook wb = new Workbook(out, "SoChiBo", "1.0")) {
            Worksheet ws = wb.newWorksheet(sheetName);
            ws.value(0, 0, rowLabel);
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c + 1, headers.get(c));
            }
            ws.value(0, headers.size() + 1, errorLabel);
            ws.range(0, 0, 0, headers.size() + 1).style().bold().fillColor("DDDDDD").set();
            ws.freezePane(0, 1);
            int r = 1;
            for (Line line : lines) {
                ws.value(r, 0, line.rowNumber());
                for (int c = 0; c < Math.min(line.cells().size(), headers.size()); c++) {
                    ws.value(r, c + 1, line.cells().get(c));
                }
                ws.value(r, headers.size() + 1, line.problems());
                ws.style(r, headers.size() + 1).fontColor("C00000").wrapText(true).set();
                r++;
            }
            ws.width(headers.size() + 1, 60);
        }
    }
}
