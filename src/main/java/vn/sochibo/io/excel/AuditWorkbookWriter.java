package vn.sochibo.io.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The audit log as a sheet: a title line, a bold frozen header with autofilter, then one row per change (real
 * date-times shown dd/mm/yyyy hh:mm:ss, long texts wrapped). Streams rows as they come (fastexcel), so any
 * number of changes needs little memory; written under a temporary name and moved into place when complete.
 */
public final class AuditWorkbookWriter {

    /** Excel's limit for one cell's text. */
    private static final int CELL_MAX = 32_000;
    /** Excel's limit of rows in a sheet, less the title and header rows. */
    public static final int MAX_LINES = 1_048_576 - 3;

    /** One change: when, the user action, added/changed/deleted, what, and the fields before and after. */
    public record Line(LocalDateTime time, String operation, String action, String object, String changes) {
    }

    /** The sheet's texts: its name, the title line, and the six column headers (STT first). */
    public record Texts(String sheet, String title, List<String> headers) {
    }

    /** Where lines come from: calls the sink once per line, in order. */
    @FunctionalInterface
    public interface Source {
        void forEach(Consumer<Line> sink) throws IOException;
    }

    /** Writes every line of {@code source} to {@code file}; returns how many were written. */
    public int write(Path file, Texts texts, Source source) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        int[] n = {0};
        try {
            try (OutputStream out = Files.newOutputStream(temp); Workbook wb = new Workbook(out, "SoChiBo", "1.0")) {
                Worksheet ws = wb.newWorksheet(texts.sheet());
                ws.value(0, 0, texts.title());
                ws.style(0, 0).bold().fontSize(14).set();
                for (int c = 0; c < texts.headers().size(); c++) {
                    ws.value(2, c, texts.headers().get(c));
                }
                ws.range(2, 0, 2, texts.headers().size() - 1).style().bold().fillColor("EEEEEE").wrapText(true).set();
                ws.freezePane(0, 3);
                ws.setAutoFilter(2, 0, texts.headers().size() - 1);
                ws.repeatRows(2);
                ws.paperSize(org.dhatim.fastexcel.PaperSize.A4_PAPER);
                ws.pageOrientation("landscape");
                ws.fitToWidth((short) 1);
                ws.fitToHeight((short) 0); // as many pages down as needed: one page wide only
                int[] widths = {6, 21, 26, 11, 40, 90};
                for (int c = 0; c < widths.length; c++) {
                    ws.width(c, widths[c]);
                }
                source.forEach(line -> {
                    if (n[0] >= MAX_LINES) {
                        return;
                    }
                    int r = 3 + n[0]++;
                    ws.value(r, 0, n[0]);
                    ws.value(r, 1, line.time());
                    ws.style(r, 1).format("dd/mm/yyyy hh:mm:ss").set();
                    ws.value(r, 2, line.operation());
                    ws.value(r, 3, line.action());
                    String object = clip(line.object());
                    String changes = clip(line.changes());
                    ws.value(r, 4, object);
                    ws.value(r, 5, changes);
                    ws.range(r, 0, r, 5).style().verticalAlignment("top").wrapText(true).set();
                    // the file gives no row heights of its own: size each row for its wrapped text, or Excel and
                    // LibreOffice print the lines over each other
                    int lines = Math.max(wrappedLines(object, widths[4]), wrappedLines(changes, widths[5]));
                    ws.rowHeight(r, 13.5 * Math.min(lines, 30));
                    if (n[0] % 1000 == 0) {
                        flush(ws);
                    }
                });
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            return n[0];
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void flush(Worksheet ws) {
        try {
            ws.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lines a text takes in a column {@code width} digit-widths wide (letters average narrower than digits). */
    static int wrappedLines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int perLine = Math.max(1, width * 6 / 5);
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            lines += Math.max(1, (part.length() + perLine - 1) / perLine);
        }
        return lines;
    }

    private static String clip(String text) {
        return text == null || text.length() <= CELL_MAX ? text : text.substring(0, CELL_MAX - 1) + "…";
    }
}
