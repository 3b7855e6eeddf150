package vn.sochibo.importing.doc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.sochibo.io.excel.LegacyVietnamese;

/**
 * Where the member table sits in a sheet: the header rows (1-based, as Excel numbers them), the first row
 * after them, and its columns. {@link #shape()} identifies files laid out the same way, to remember mappings.
 */
public record SheetLayout(String sheet, int headerFirstRow, int headerLastRow, List<SheetColumn> columns) {

    /**
     * The suggested mapping: column index → field, for columns whose header was recognised. A column whose field
     * an earlier column already fills is left out (shown as "not used, same field as column B"), so two columns
     * never feed one field without the clerk choosing it.
     */
    public Map<Integer, ColumnField> suggestedMapping() {
        Map<Integer, ColumnField> mapping = new LinkedHashMap<>();
        for (SheetColumn c : columns) {
            if (c.suggested() != null && clash(mapping, c.index(), c.suggested()) == null) {
                mapping.put(c.index(), c.suggested());
            }
        }
        return mapping;
    }

    /**
     * The column (index) that already fills a field {@code field} would fill, in {@code mapping}; {@code null}
     * when none does. STT and unused columns never clash.
     */
    public static Integer clash(Map<Integer, ColumnField> mapping, int index, ColumnField field) {
        if (field == ColumnField.IGNORED || field == ColumnField.SEQUENCE) {
            return null;
        }
        for (Map.Entry<Integer, ColumnField> e : mapping.entrySet()) {
            if (e.getKey() != index && e.getValue().clashesWith(field)) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * Every pair of columns of {@code mapping} that would feed one field, as "B+F" letters; empty when none. The
     * import refuses such a mapping (issue 14: never two columns silently into one field).
     */
    public List<String> clashes(Map<Integer, ColumnField> mapping) {
        List<String> out = new java.util.ArrayList<>();
        List<Map.Entry<Integer, ColumnField>> entries = List.copyOf(mapping.entrySet());
        for (int a = 0; a < entries.size(); a++) {
            for (int b = a + 1; b < entries.size(); b++) {
                ColumnField fa = entries.get(a).getValue();
                ColumnField fb = entries.get(b).getValue();
                if (fa != ColumnField.IGNORED && fa != ColumnField.SEQUENCE && fa.clashesWith(fb)) {
                    out.add(SheetColumn.letter(entries.get(a).getKey()) + "+" + SheetColumn.letter(entries.get(b).getKey()));
                }
            }
        }
        return out;
    }

    /** True when the headers are those of the official register Mẫu 7-HSĐV (its combined columns). */
    public boolean officialRegister() {
        return columns.stream().filter(c -> c.suggested() != null && c.suggested().combined()).count() >= 2;
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
