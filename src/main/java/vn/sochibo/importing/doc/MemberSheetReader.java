package vn.sochibo.importing.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import vn.sochibo.common.UserFacingException;
import vn.sochibo.io.excel.LegacyVietnamese;
import vn.sochibo.io.excel.RawCell;
import vn.sochibo.io.excel.SheetRows;
import vn.sochibo.io.excel.WorkbookFiles;

/**
 * Reads member lists from .xlsx (streaming) and .xls files as other offices make them. It finds the table
 * itself ({@link #layout}), then streams its rows as {@link ReadRow}s under a column mapping ({@link #read}).
 * It never touches the database. Files it cannot read raise a {@link UserFacingException} naming the file.
 */
public final class MemberSheetReader {

    private static final int ENCODING_SAMPLE_ROWS = 300;

    private final LocalDate today;

    public MemberSheetReader(LocalDate today) {
        this.today = today;
    }

    /** The visible sheets of the workbook, in order. */
    public List<String> sheetNames(Path file) {
        try (SheetRows rows = WorkbookFiles.open(file)) {
            return rows.sheetNames();
        } catch (IOException e) {
            throw new UserFacingException("import.error.unreadable", e, file.getFileName().toString());
        }
    }

    /**
     * Finds the member table in {@code sheet} ({@code null}: the first sheet that has one): its header rows,
     * its columns with the fields their headers suggest and the legacy encoding of each column's text.
     */
    public SheetLayout layout(Path file, String sheet) {
        String name = file.getFileName().toString();
        try (SheetRows rows = WorkbookFiles.open(file)) {
            List<String> candidates = sheet == null ? rows.sheetNames() : List.of(sheet);
            if (sheet != null && !rows.sheetNames().contains(sheet)) {
                throw new UserFacingException("import.error.sheetNotFound", name, sheet, String.join(", ", rows.sheetNames()));
            }
            LegacyVietnamese.Encoding hint = workbookHint(rows);
            for (String s : candidates) {
                try {
                    SheetLayout layout = layoutOf(rows, name, s, hint);
                    if (layout != null) {
                        return layout;
                    }
                } catch (TransferBookException book) {
                    throw new UserFacingException("import.error.transferBook", name, book.sheet);
                }
            }
            if (sheet == null && !rows.hiddenSheetNames().isEmpty()) {
                throw new UserFacingException("import.error.noTableHidden", name, String.join(", ", rows.sheetNames()),
                        String.join(", ", rows.hiddenSheetNames()));
            }
            throw new UserFacingException("import.error.noTable", name, sheet == null ? String.join(", ", rows.sheetNames()) : sheet);
        } catch (IOException e) {
            throw new UserFacingException("import.error.damaged", e, name);
        }
    }

    /** A sheet that is a transfer book (Mẫu 10-SHĐ), found while looking for the member table. */
    private static final class TransferBookException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String sheet;

        TransferBookException(String sheet) {
            super(null, null, false, false);
            this.sheet = sheet;
        }
    }

    private static LegacyVietnamese.Encoding workbookHint(SheetRows rows) {
        for (String font : rows.workbookFonts()) {
            LegacyVietnamese.Encoding e = LegacyVietnamese.byFont(font);
            if (e != LegacyVietnamese.Encoding.UNICODE) {
                return e;
            }
        }
        return LegacyVietnamese.Encoding.UNICODE;
    }

    private static SheetLayout layoutOf(SheetRows rows, String name, String sheet, LegacyVietnamese.Encoding hint) {
        HeaderFinder finder = new HeaderFinder(hint);
        Map<Integer, List<String>> samples = new HashMap<>();
        Map<Integer, Map<LegacyVietnamese.Encoding, Integer>> fonts = new HashMap<>();
        int[] sampled = {0};
        boolean[] headerDone = {false};
        readSheet(rows, name, sheet, (rowNumber, cells) -> {
            if (!headerDone[0]) {
                headerDone[0] = finder.feed(rowNumber, cells);
                if (!headerDone[0] || !finder.found() || rowNumber <= finder.lastHeaderRow()) {
                    return !headerDone[0];
                }
            }
            for (int i = 0; i < cells.size(); i++) {
                RawCell c = cells.get(i);
                if (!c.isEmpty() && !(c.value() instanceof String)) {
                    samples.computeIfAbsent(i, k -> new ArrayList<>());
                }
                if (c.value() instanceof String s && !s.isBlank()) {
                    samples.computeIfAbsent(i, k -> new ArrayList<>()).add(s);
                    if (c.font() != null) {
                        fonts.computeIfAbsent(i, k -> new HashMap<>()).merge(LegacyVietnamese.byFont(c.font()), 1, Integer::sum);
                    }
                }
            }
            return ++sampled[0] < ENCODING_SAMPLE_ROWS;
        });
        if (finder.transferBook()) {
            throw new TransferBookException(sheet);
        }
        if (!finder.found()) {
            return null;
        }
        List<SheetColumn> columns = new ArrayList<>();
        List<String> headers = new ArrayList<>(finder.headers());
        int width = Math.max(headers.size(), samples.keySet().stream().mapToInt(i -> i + 1).max().orElse(0));
        while (headers.size() < width) {
            headers.add("");
            finder.fields().add(null);
        }
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).isEmpty() && !samples.containsKey(i)) {
                continue; // an empty column: nothing to account for
            }
            LegacyVietnamese.Encoding columnHint = fonts.containsKey(i)
                    ? fonts.get(i).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey() : hint;
            LegacyVietnamese.Encoding encoding = LegacyVietnamese.detect(samples.getOrDefault(i, List.of()), columnHint);
            columns.add(new SheetColumn(i, SheetColumn.letter(i), headers.get(i), finder.fields().get(i), encoding));
        }
        return new SheetLayout(sheet, finder.headerRow(), finder.lastHeaderRow(), columns);
    }

    /**
     * Streams the data rows under the header to {@code out}, reading each column as {@code mapping} says (column
     * index → field; unmapped columns are ignored), converting legacy text, skipping blank rows and stopping at
     * the footer ("Tổng cộng …", "Người lập biểu", signatures) or when {@code cancelled} says so.
     *
     * @return the number of data rows passed to {@code out}
     */
    public int read(Path file, SheetLayout layout, Map<Integer, ColumnField> mapping, Consumer<ReadRow> out,
                    BooleanSupplier cancelled) {
        String name = file.getFileName().toString();
        RowParser parser = new RowParser(layout, mapping, today);
        int[] count = {0};
        Integer sequence = mapping.entrySet().stream().filter(e -> e.getValue() == ColumnField.SEQUENCE).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        boolean grouped = sequence != null && mapping.values().stream().anyMatch(ColumnField::combined);
        MemberRows member = new MemberRows();
        try (SheetRows rows = WorkbookFiles.open(file)) {
            readSheet(rows, name, layout.sheet(), (rowNumber, cells) -> {
                if (rowNumber <= layout.headerLastRow()) {
                    return true;
                }
                if (cancelled.getAsBoolean()) {
                    return false;
                }
                List<String> texts = texts(layout, cells);
                if (RowParser.isBlank(texts)) {
                    return true;
                }
                if (RowParser.isFooter(texts)) {
                    return false;
                }
                if (grouped) {
                    // Mẫu 7-HSĐV as printed: a member's first sub-row has its number, the next ones continue it
                    boolean starts = sequence < texts.size() && !texts.get(sequence).isBlank();
                    if (starts || member.isEmpty()) {
                        if (!member.isEmpty()) {
                            out.accept(member.parse(parser));
                            count[0]++;
                        }
                        member.start(rowNumber, cells, texts);
                    } else {
                        member.add(cells, texts);
                    }
                    return true;
                }
                out.accept(parser.parse(rowNumber, cells, texts));
                count[0]++;
                return true;
            });
            if (!member.isEmpty() && !cancelled.getAsBoolean()) {
                out.accept(member.parse(parser));
                count[0]++;
            }
        } catch (IOException e) {
            throw new UserFacingException("import.error.damaged", e, name);
        }
        return count[0];
    }

    /**
     * Streams {@code sheet} to {@code handler}; a failure of the reader itself (a missing or malformed sheet part,
     * which fastexcel reports with its own runtime exceptions) becomes a message naming the file, the sheet and the
     * last row read. Failures of {@code handler} pass through unchanged: they are not the file's fault.
     */
    private static void readSheet(SheetRows rows, String name, String sheet, SheetRows.RowHandler handler) {
        int[] last = {0};
        try {
            rows.read(sheet, (rowNumber, cells) -> {
                last[0] = rowNumber;
                try {
                    return handler.row(rowNumber, cells);
                } catch (RuntimeException e) {
                    throw new HandlerFailure(e);
                }
            });
        } catch (HandlerFailure e) {
            throw e.getCause();
        } catch (UserFacingException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (last[0] == 0) {
                throw new UserFacingException("import.error.sheetDamaged", e, name, sheet);
            }
            throw new UserFacingException("import.error.sheetDamagedAfterRow", e, name, sheet, last[0]);
        }
    }

    /** Carries a handler's own failure through the reader, to tell it from the reader's. */
    private static final class HandlerFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HandlerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /**
     * The sub-rows of one member in the printed Mẫu 7-HSĐV (four small rows under one thick line): each column's
     * cells joined by line breaks, as if typed in one row with line breaks inside the cells.
     */
    private static final class MemberRows {
        private int first = -1;
        private final List<List<RawCell>> cells = new ArrayList<>();
        private final List<List<String>> texts = new ArrayList<>();

        boolean isEmpty() {
            return first < 0;
        }

        void start(int rowNumber, List<RawCell> rowCells, List<String> rowTexts) {
            first = rowNumber;
            cells.clear();
            texts.clear();
            add(rowCells, rowTexts);
        }

        void add(List<RawCell> rowCells, List<String> rowTexts) {
            cells.add(rowCells);
            texts.add(rowTexts);
        }

        ReadRow parse(RowParser parser) {
            int width = texts.stream().mapToInt(List::size).max().orElse(0);
            List<RawCell> joinedCells = new ArrayList<>(width);
            List<String> joinedTexts = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                List<String> lines = new ArrayList<>();
                RawCell only = null;
                int filled = 0;
                for (int r = 0; r < texts.size(); r++) {
                    String t = i < texts.get(r).size() ? texts.get(r).get(i) : "";
                    lines.add(t.strip());
                    if (!t.isBlank()) {
                        filled++;
                        only = cells.get(r).get(i);
                    }
                }
                while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                    lines.remove(lines.size() - 1);
                }
                String text = String.join("\n", lines);
                joinedTexts.add(text);
                joinedCells.add(filled == 1 && lines.size() == 1 ? only : new RawCell(text, null));
            }
            ReadRow row = parser.parse(first, joinedCells, joinedTexts);
            first = -1;
            return row;
        }
    }

    /** Each cell in Unicode, decided by its own content, its column's encoding as the context (rules.md). */
    private static List<String> texts(SheetLayout layout, List<RawCell> cells) {
        List<String> texts = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            RawCell c = cells.get(i);
            if (c.value() instanceof String s) {
                SheetColumn column = layout.column(i);
                LegacyVietnamese.Encoding context = c.font() != null && LegacyVietnamese.byFont(c.font()) != LegacyVietnamese.Encoding.UNICODE
                        ? LegacyVietnamese.byFont(c.font()) : column == null ? LegacyVietnamese.Encoding.UNICODE : column.encoding();
                String decoded = LegacyVietnamese.decodeCell(s, context);
                texts.add(LegacyVietnamese.isCapitalFont(c.font()) ? LegacyVietnamese.upper(decoded) : decoded);
            } else {
                texts.add(c.text());
            }
        }
        return texts;
    }
}
