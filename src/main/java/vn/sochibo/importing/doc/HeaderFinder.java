package vn.sochibo.importing.doc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.io.excel.LegacyVietnamese;
import vn.sochibo.io.excel.RawCell;

/**
 * Finds the member table's header among the first rows of a sheet: skips title rows ("ĐẢNG BỘ …", "DANH
 * SÁCH …"), joins a second header row ("Ngày vào Đảng" over "Dự bị"/"Chính thức", parents merged across
 * columns) and skips a row of column numbers ("1", "2", "3" …). Fed row by row; {@link #done} says when it
 * has seen enough.
 */
final class HeaderFinder {

    static final int SEARCH_ROWS = 40;

    private final LegacyVietnamese.Encoding fontHint;
    private int headerRow = -1;
    private List<String> header;
    private int lastHeaderRow = -1;
    private List<String> combined;
    private List<ColumnField> fields;
    private int rowsSeen;
    private boolean complete;

    HeaderFinder(LegacyVietnamese.Encoding fontHint) {
        this.fontHint = fontHint;
    }

    /** Takes the next row; returns true once the header (and any sub-header) is known or the search gave up. */
    boolean feed(int rowNumber, List<RawCell> cells) {
        rowsSeen++;
        if (header == null) {
            List<String> texts = headerTexts(cells);
            noteTitle(texts);
            int known = 0;
            boolean name = false;
            for (String t : texts) {
                ColumnField f = ColumnField.match(t);
                if (f != null && f != ColumnField.SEQUENCE) {
                    known++;
                    name |= f == ColumnField.FULL_NAME;
                }
            }
            if (known >= 3 || name && known >= 2) {
                header = texts;
                headerRow = rowNumber;
                lastHeaderRow = rowNumber;
                combined = new ArrayList<>(texts);
                fields = new ArrayList<>();
                for (String t : texts) {
                    fields.add(ColumnField.match(t));
                }
                return false;
            }
            complete = rowsSeen >= SEARCH_ROWS;
            return complete;
        }
        if (lastHeaderRow == headerRow && rowNumber == headerRow + 1 && isSubHeader(cells)) {
            joinSubHeader(headerTexts(cells));
            lastHeaderRow = rowNumber;
            return false;
        }
        if (isColumnNumbers(cells)) {
            lastHeaderRow = rowNumber;
            return false;
        }
        complete = true;
        return true;
    }

    boolean found() {
        return header != null;
    }

    int headerRow() {
        return headerRow;
    }

    int lastHeaderRow() {
        return lastHeaderRow;
    }

    List<String> headers() {
        return combined;
    }

    List<ColumnField> fields() {
        return fields;
    }

    /**
     * The row's texts in Unicode: the encoding of the whole row (its cells' content and fonts together) is the
     * context each cell is decided in, so a TCVN3 header whose font was changed ("Ghi chó") still reads "Ghi chú".
     */
    private List<String> headerTexts(List<RawCell> cells) {
        List<String> raw = new ArrayList<>();
        LegacyVietnamese.Encoding font = fontHint;
        for (RawCell c : cells) {
            raw.add(c.value() instanceof String s ? s : c.isEmpty() ? "" : c.text());
            if (c.font() != null && LegacyVietnamese.byFont(c.font()) != LegacyVietnamese.Encoding.UNICODE) {
                font = LegacyVietnamese.byFont(c.font());
            }
        }
        LegacyVietnamese.Encoding row = LegacyVietnamese.detect(raw, font);
        List<String> texts = new ArrayList<>();
        for (String t : raw) {
            texts.add(vn.sochibo.common.Text.clean(LegacyVietnamese.decodeCell(t, row)));
        }
        return texts;
    }

    /**
     * True when the rows above the header or the header itself show a transfer book (Mẫu 10-SHĐ, "Sổ giới thiệu
     * sinh hoạt đảng": "Ngày giới thiệu", "Giới thiệu đến …"), which lists transfers, not the branch's members.
     */
    boolean transferBook() {
        return transferBook;
    }

    private boolean transferBook;

    private void noteTitle(List<String> texts) {
        for (String t : texts) {
            String f = ColumnField.normalise(t);
            if (f.contains("gioi thieu sinh hoat dang") || f.contains("ngay gioi thieu") || f.startsWith("gioi thieu den")
                    || f.contains("mau 10 shd")) {
                transferBook = true;
            }
        }
    }

    private boolean isSubHeader(List<RawCell> cells) {
        int matched = 0;
        for (String t : headerTexts(cells)) {
            if (t.isEmpty()) {
                continue;
            }
            if (ColumnField.match(t) == null) {
                return false;
            }
            matched++;
        }
        return matched > 0;
    }

    private void joinSubHeader(List<String> sub) {
        Map<Integer, String> parents = new HashMap<>();
        String lastParent = "";
        for (int i = 0; i < Math.max(header.size(), sub.size()); i++) {
            String h = i < header.size() ? header.get(i) : "";
            if (!h.isEmpty()) {
                lastParent = h;
            }
            parents.put(i, h.isEmpty() ? lastParent : h);
        }
        for (int i = 0; i < sub.size(); i++) {
            String child = sub.get(i);
            if (child.isEmpty()) {
                continue;
            }
            String parent = parents.get(i);
            while (combined.size() <= i) {
                combined.add("");
                fields.add(null);
            }
            combined.set(i, parent.isEmpty() ? child : parent + " / " + child);
            fields.set(i, ColumnField.match(parent, child));
        }
    }

    private static boolean isColumnNumbers(List<RawCell> cells) {
        int expected = 1;
        int count = 0;
        for (RawCell c : cells) {
            if (c.isEmpty()) {
                continue;
            }
            String t = c.value() instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString() : c.text().strip().replaceAll("[()]", "");
            if (!t.equals(String.valueOf(expected))) {
                return false;
            }
            expected++;
            count++;
        }
        return count >= 3;
    }
}
