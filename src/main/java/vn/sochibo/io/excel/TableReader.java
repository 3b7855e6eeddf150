package vn.sochibo.io.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Text;
import vn.sochibo.common.UserFacingException;

/**
 * Reads the first visible sheet of an .xlsx or .xls as plain values, for features' own small tables (a list of dues
 * bases): each row's cells as text (NFC), a whole or decimal number ({@link java.math.BigDecimal}), a date
 * ({@link java.time.LocalDate}) or a boolean; empty cells as null. The file is checked as every import is (what it
 * really is, zip bombs, encryption); failures are {@link UserFacingException}s naming the file.
 */
public final class TableReader {

    /** One row as Excel numbers it (1-based) with its cells. */
    public record TableRow(int number, List<Object> cells) {
    }

    private TableReader() {
    }

    /**
     * The rows of the first visible sheet, at most {@code maxRows} (more is refused: not a branch's list).
     */
    public static List<TableRow> read(Path file, int maxRows) {
        String name = file.getFileName().toString();
        List<TableRow> rows = new ArrayList<>();
        try (SheetRows sheets = WorkbookFiles.open(file)) {
            List<String> names = sheets.sheetNames();
            if (names.isEmpty()) {
                throw new UserFacingException("table.error.noSheet", name);
            }
            sheets.read(names.get(0), (number, cells) -> {
                if (rows.size() >= maxRows) {
                    throw new UserFacingException("table.error.tooManyRows", name, maxRows);
                }
                List<Object> values = new ArrayList<>(cells.size());
                for (RawCell c : cells) {
                    values.add(value(c));
                }
                rows.add(new TableRow(number, values));
                return true;
            });
        } catch (IOException e) {
            throw new UserFacingException("import.error.unreadable", e, name);
        }
        return rows;
    }

    private static Object value(RawCell c) {
        if (c == null || c.isEmpty()) {
            return null;
        }
        Object v = c.value();
        if (v instanceof LocalDateTime d) {
            return d.toLocalDate();
        }
        if (v instanceof String s) {
            return Text.clean(s);
        }
        if (v instanceof java.math.BigDecimal || v instanceof Boolean) {
            return v;
        }
        return c.text();
    }
}
