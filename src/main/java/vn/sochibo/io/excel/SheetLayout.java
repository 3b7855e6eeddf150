package vn.sochibo.io.excel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the member table sits in a sheet: the header rows (1-based, as Excel numbers them), the first row
 * after them, and its columns. {@link #shape()} identifies files laid out the same way, to remember mappings.
 */
public record SheetLayout(String sheet, int headerFirstRow, int headerLastRow, List<SheetColumn> columns) {

    /** The suggested mapping: column index → field, for columns whose header was recognised. */
    public Map<Integer, ColumnField> suggestedMapping() {
        Map<Integer, ColumnField> mapping = new LinkedHashMap<>();
        for (SheetColumn c : columns) {
            if (c.suggested() != null) {
                mapping.put(c.index(), c.suggested());
            }
        }
        return mapping;
    }

    /** The header wordings in folded form, joined: the same for every file of the same shape. */
    public String shape() {
        return columns.stream().map(c -> ColumnField.normalise(c.header())).collect(Collectors.joining("|"));
    }

    /** Columns whose text was converted from a legacy encoding. */
    public List<SheetColumn> convertedColumns() {
        return columns.stream().filter(c -> c.encoding() != LegacyVietnamese.Encoding.UNICODE).toList();
    }

    /** The column at this index, if the table has one. */
    public SheetColumn column(int index) {
        return columns.stream().filter(c -> c.index() == index).findFirst().orElse(null);
    }
}
