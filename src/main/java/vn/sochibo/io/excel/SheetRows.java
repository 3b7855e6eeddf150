package vn.sochibo.io.excel;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/** A workbook opened for reading row by row (streaming for .xlsx). Closing releases the file. */
public interface SheetRows extends AutoCloseable {

    /** Sheet names in workbook order (visible ones). */
    List<String> sheetNames();

    /** Names of the sheets the workbook hides (not read; named when no visible sheet has a table). */
    List<String> hiddenSheetNames();

    /** Font names the workbook declares (hints for legacy encodings when cells do not tell their font). */
    Set<String> workbookFonts();

    /**
     * Streams the rows of {@code sheet} to {@code handler} in order, with 1-based row numbers as Excel shows
     * them; empty rows may be skipped. Stops early when the handler returns false.
     */
    void read(String sheet, RowHandler handler) throws IOException;

    @FunctionalInterface
    interface RowHandler {
        boolean row(int rowNumber, List<RawCell> cells);
    }

    @Override
    void close() throws IOException;
}
